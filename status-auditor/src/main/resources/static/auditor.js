// Renders the auditor's open anomalies, drift findings and incidents from its JSON API, grouped by cause or
// domain with counts, filtered and searched; one person's timeline; single and bulk re-check / re-drive; the
// account sweep and drift check on demand.
// The page is served only to signed-in people; its POSTs echo the XSRF-TOKEN cookie in X-XSRF-TOKEN (CSRF).
'use strict';

const api = '/api/v1';
const PENDING_KINDS = ['PENDING_AFTER_CREATE', 'PENDING_SLA_BREACHED'];
let latest = { anomalies: [], drift: [] };

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

async function post(url) {
  return fetch(url, { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() } });
}

async function act(employeeId, action) {
  setStatus(`${action} for ${employeeId}…`);
  const response = await post(`${api}/anomalies/${encodeURIComponent(employeeId)}/${action}`);
  const body = response.ok ? await response.json() : {};
  setStatus(response.ok
    ? `${action} ${employeeId}: ${body.result || ('REDRIVE ' + body.redriveEventId)}`
    : `${action} ${employeeId} failed (HTTP ${response.status})`);
  await load(false);
}

async function bulk(action, group) {
  const params = new URLSearchParams({ [group.by]: group.key });
  const search = document.getElementById('search').value.trim();
  if (search) params.set('q', search);
  setStatus(`${action} all on ${group.key}…`);
  const response = await post(`${api}/bulk/${action}?${params}`);
  if (!response.ok) {
    setStatus(`${action} all on ${group.key} failed (HTTP ${response.status})`);
    return;
  }
  const r = await response.json();
  const done = action === 'redrive' ? 're-driven' : 're-checked';
  setStatus(`${action} all on ${group.key}: ${r.acted} of ${r.matched} ${done}, ${r.held} left alone by the guards, `
    + `${r.capped} over the cap`);
  document.getElementById('bulk-results').replaceChildren(...r.results.map((line) => {
    const id = line.substring(0, line.indexOf(': '));
    return el('li', {}, personButton(id), line.substring(id.length));
  }));
  await load(false);
}

// Whole-account actions: OPERATOR on the server (a viewer's click answers 403, shown as such).
async function accountAction(what, url, describe) {
  const result = document.getElementById('account-result');
  result.textContent = `${what}…`;
  const response = await post(url);
  if (!response.ok) {
    result.textContent = `${what} failed (HTTP ${response.status}`
      + `${response.status === 403 ? ': needs the operator role' : ''})`;
    return;
  }
  result.textContent = `${what}: ${describe(await response.json())}`;
  await load(false);
}

function sweepNow() {
  return accountAction('Account sweep', `${api}/sweeps`, (r) => `${r.pending} pending users in Zoom, `
    + `${r.opened} anomalies raised, ${r.resolved} resolved, ${r.zoomRequests} Zoom requests`);
}

function checkDriftNow() {
  return accountAction('Drift check', `${api}/drift/check`, (r) => `${r.found} findings, ${r.added} new, `
    + `${r.changed} changed, ${r.resolved} resolved, ${r.corrected} corrected, ${r.zoomCalls} Zoom calls`);
}

function foundBy(evidence) {
  const marker = evidence.foundBy || evidence.detectedBy || evidence.source;
  return marker ? el('span', { class: 'badge found-by' }, `found by ${marker}`) : '';
}

function personButton(employeeId) {
  const button = el('button', { class: 'person', type: 'button', 'data-employee': employeeId }, employeeId);
  button.addEventListener('click', () => showPerson(employeeId));
  return button;
}

function anomalyRow(a) {
  const evidence = el('dl', {}, Object.entries(a.evidence).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  const steps = el('ol', {}, a.remediationSteps.map((s) => el('li', {}, s)));
  const history = el('ul', {}, a.history.map((h) => el('li', {}, h)));
  const recheck = el('button', { class: 'recheck', type: 'button' }, 'Re-check');
  recheck.addEventListener('click', () => act(a.employeeId, 'recheck'));
  const redrive = el('button', { class: 'redrive', type: 'button' }, 'Re-drive');
  redrive.addEventListener('click', () => act(a.employeeId, 'redrive'));
  return el('tr', { 'data-employee': a.employeeId, class: `status-${a.status}` },
    el('td', { class: 'person' }, personButton(a.employeeId), el('br'), a.workEmail || '', el('br'), a.status,
      foundBy(a.evidence)),
    el('td', { class: `cause severity-${a.severity}` }, a.cause, el('br'), a.kind),
    el('td', { class: 'age' }, age(a.ageSeconds)),
    el('td', {}, evidence), el('td', {}, steps), el('td', {}, history),
    el('td', {}, recheck, redrive));
}

function driftRow(d) {
  const differences = el('ul', {}, d.differences.map((x) => el('li', {}, `${x.attribute}: ${x.actual} (HR: ${x.wanted})`)));
  return el('tr', { 'data-drift': d.driftId, class: `status-${d.status}` },
    el('td', { class: 'person' }, d.employeeId ? personButton(d.employeeId) : el('strong', {}, 'no employee'), el('br'),
      d.email, el('br'), d.status),
    el('td', { class: 'cause' }, d.kind),
    el('td', {}, d.summary, differences),
    el('td', {}, `numbers ${d.numbersHeld}, calling plans ${d.callingPlansHeld}`, el('br'), `Zoom: ${d.zoomStatus || '—'}`),
    el('td', {}, d.correctionEventId ? `correction ${d.correctionEventId}` : 'not corrected'));
}

function category(a) {
  return PENDING_KINDS.includes(a.kind) ? 'pending' : 'failures';
}

function matches(text, item) {
  return !text || JSON.stringify(item).toLowerCase().includes(text);
}

function groupsOf(items, by, keyOf) {
  const groups = new Map();
  items.forEach((item) => {
    const key = by === 'domain' ? (item.emailDomain || '(no domain)') : keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  });
  return [...groups.entries()].sort((x, y) => y[1].length - x[1].length);
}

function anomalyGroup(by, key, items, label) {
  const group = { by, key };
  const n = items.length;
  const redrive = el('button', { class: 'bulk-redrive', type: 'button' }, `Re-drive all ${n}`);
  redrive.addEventListener('click', () => bulk('redrive', group));
  const recheck = el('button', { class: 'bulk-recheck', type: 'button' }, `Re-check all ${n}`);
  recheck.addEventListener('click', () => bulk('recheck', group));
  return el('section', { class: 'group', 'data-group': `${by}:${key}`, 'data-kind': 'anomalies' },
    el('h2', {}, key, el('span', { class: 'count' }, n), el('span', { class: 'category' }, label), redrive, recheck),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { class: 'person' }, 'Person'), el('th', { class: 'cause-col' }, 'Cause'),
        el('th', { class: 'age-col' }, 'Age'), el('th', {}, 'Evidence'), el('th', {}, 'What to do'), el('th', {}, 'History'),
        el('th', { class: 'actions-col' }, 'Actions'))),
      el('tbody', {}, items.map(anomalyRow))));
}

function driftGroup(by, key, items) {
  return el('section', { class: 'group', 'data-group': `drift-${by}:${key}`, 'data-kind': 'drift' },
    el('h2', {}, key, el('span', { class: 'count' }, items.length), el('span', { class: 'category' }, 'drift between Zoom and HR')),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { class: 'person' }, 'Person'), el('th', { class: 'cause-col' }, 'Kind'),
        el('th', {}, 'What differs'), el('th', {}, 'Held in Zoom'), el('th', {}, 'Correction'))),
      el('tbody', {}, items.map(driftRow))));
}

function render() {
  const show = document.getElementById('category').value;
  const by = document.getElementById('group-by').value;
  const text = document.getElementById('search').value.trim().toLowerCase();
  const anomalies = latest.anomalies.filter((a) => matches(text, a));
  const drift = latest.drift.filter((d) => matches(text, d));
  const sections = [];
  const summary = [];
  ['pending', 'failures'].filter((c) => show === 'all' || show === c).forEach((c) => {
    const label = c === 'pending' ? 'pending users' : 'failures';
    groupsOf(anomalies.filter((a) => category(a) === c), by, (a) => a.cause).forEach(([key, items]) => {
      sections.push(anomalyGroup(by, key, items, label));
      summary.push(el('li', { 'data-group': `${by}:${key}` }, `${label} · ${key}: ${items.length}`));
    });
  });
  if (show === 'all' || show === 'drift') {
    groupsOf(drift, by, (d) => d.kind).forEach(([key, items]) => {
      sections.push(driftGroup(by, key, items));
      summary.push(el('li', { 'data-group': `drift-${by}:${key}` }, `drift · ${key}: ${items.length}`));
    });
  }
  document.getElementById('groups').replaceChildren(...sections);
  document.getElementById('summary').replaceChildren(...summary);
}

async function showPerson(employeeId) {
  const detail = document.getElementById('detail');
  const response = await fetch(`${api}/people/${encodeURIComponent(employeeId)}`);
  if (!response.ok) {
    setStatus(`No detail for ${employeeId} (HTTP ${response.status})`);
    return;
  }
  const p = await response.json();
  const close = el('button', { class: 'close', type: 'button' }, 'Close');
  close.addEventListener('click', () => { detail.hidden = true; });
  detail.replaceChildren(close, el('h2', {}, `${p.employeeId} `, p.workEmail || ''),
    p.anomaly ? el('p', {}, `${p.anomaly.cause} (${p.anomaly.kind}), ${p.anomaly.status}`) : el('p', {}, 'No anomaly'),
    el('ol', { class: 'timeline' }, p.timeline.map((m) => el('li', { 'data-type': m.type },
      el('strong', {}, m.type), ` ${m.at}: ${m.what} `, el('span', { class: 'who' }, `— ${m.who}`)))));
  detail.hidden = false;
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(response.status === 401 ? 'signed out; reload the page' : `HTTP ${response.status}`);
  return response.json();
}

async function load(announce) {
  try {
    const [anomalies, incidents, drift, scopes] = await Promise.all(
      [`${api}/anomalies`, `${api}/incidents`, `${api}/drift`, `${api}/zoom/missing-scopes`].map(fetchJson));
    latest = { anomalies, drift };
    render();
    document.getElementById('incidents').replaceChildren(...incidents.map((i) =>
      el('div', { class: 'incident' }, el('strong', {}, `Incident (${i.likelyCause}): `), i.summary)));
    document.getElementById('scopes').replaceChildren(...scopes.map((s) =>
      el('div', { class: 'incident missing-scope' }, el('strong', {}, `Missing Zoom scope ${s.scope}: `), s.advice)));
    if (announce) setStatus(`${anomalies.length} open anomalies, ${drift.length} drift findings, ${incidents.length} open incidents`);
  } catch (error) {
    setStatus(`Could not load: ${error}`);
  }
}

document.getElementById('sweep-now').addEventListener('click', sweepNow);
document.getElementById('drift-check-now').addEventListener('click', checkDriftNow);
['category', 'group-by'].forEach((id) => document.getElementById(id).addEventListener('change', render));
document.getElementById('search').addEventListener('input', render);
document.getElementById('filters').addEventListener('submit', (event) => event.preventDefault());
load(true);
setInterval(() => load(false), 10000);
// every handler is attached: clicks from now on are answered
document.body.dataset.ready = 'true';
