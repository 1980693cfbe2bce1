// Renders the auditor's open anomalies and incidents from its JSON API; re-check and re-drive call the API.
// The page is served only to signed-in people; its POSTs echo the XSRF-TOKEN cookie in X-XSRF-TOKEN (CSRF).
'use strict';

const api = '/api/v1';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.flat(Infinity).forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function age(seconds) {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} d`;
}

function setStatus(text) {
  document.getElementById('status').textContent = text;
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function act(employeeId, action) {
  setStatus(`${action} for ${employeeId}…`);
  const response = await fetch(`${api}/anomalies/${encodeURIComponent(employeeId)}/${action}`,
    { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() } });
  const body = response.ok ? await response.json() : {};
  setStatus(response.ok
    ? `${action} ${employeeId}: ${body.result || ('REDRIVE ' + body.redriveEventId)}`
    : `${action} ${employeeId} failed (HTTP ${response.status})`);
  await load(false);
}

function row(a) {
  const evidence = el('dl', {}, Object.entries(a.evidence).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  const steps = el('ol', {}, a.remediationSteps.map((s) => el('li', {}, s)));
  const history = el('ul', {}, a.history.map((h) => el('li', {}, h)));
  const recheck = el('button', { class: 'recheck', type: 'button' }, 'Re-check');
  recheck.addEventListener('click', () => act(a.employeeId, 'recheck'));
  const redrive = el('button', { class: 'redrive', type: 'button' }, 'Re-drive');
  redrive.addEventListener('click', () => act(a.employeeId, 'redrive'));
  return el('tr', { 'data-employee': a.employeeId, class: `status-${a.status}` },
    el('td', {}, el('strong', {}, a.employeeId), el('br'), a.workEmail || '', el('br'), a.status),
    el('td', { class: `cause severity-${a.severity}` }, a.cause, el('br'), a.kind),
    el('td', { class: 'age' }, age(a.ageSeconds)),
    el('td', {}, evidence), el('td', {}, steps), el('td', {}, history),
    el('td', {}, recheck, redrive));
}

async function load(announce) {
  try {
    const [anomalies, incidents, scopes] = await Promise.all([`${api}/anomalies`, `${api}/incidents`,
      `${api}/zoom/missing-scopes`].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(response.status === 401 ? 'signed out; reload the page' : `HTTP ${response.status}`);
      return response.json();
    }));
    document.querySelector('#anomalies tbody').replaceChildren(...anomalies.map(row));
    document.getElementById('incidents').replaceChildren(...incidents.map((i) =>
      el('div', { class: 'incident' }, el('strong', {}, `Incident (${i.likelyCause}): `), i.summary)));
    document.getElementById('scopes').replaceChildren(...scopes.map((s) =>
      el('div', { class: 'incident missing-scope' }, el('strong', {}, `Missing Zoom scope ${s.scope}: `), s.advice)));
    if (announce) setStatus(`${anomalies.length} open anomalies, ${incidents.length} open incidents`);
  } catch (error) {
    setStatus(`Could not load: ${error}`);
  }
}

load(true);
setInterval(() => load(false), 10000);
