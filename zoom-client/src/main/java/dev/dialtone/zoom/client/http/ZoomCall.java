package dev.dialtone.zoom.client.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.dialtone.zoom.client.ZoomEndpoint;

/**
 * One request to Zoom: the endpoint, values for its path variables in order, query
 * parameters (nulls skipped) and an optional JSON body. Internal to the client.
 */
public final class ZoomCall {

	private final ZoomEndpoint endpoint;

	private final List<String> pathValues;

	private final Map<String, String> query = new LinkedHashMap<>();

	private Object body;

	private ZoomCall(ZoomEndpoint endpoint, List<String> pathValues) {
		this.endpoint = endpoint;
		this.pathValues = pathValues;
	}

	public static ZoomCall to(ZoomEndpoint endpoint, String... pathValues) {
		return new ZoomCall(endpoint, List.of(pathValues));
	}

	public ZoomCall query(String name, Object value) {
		if (value != null) {
			this.query.put(name, String.valueOf(value));
		}
		return this;
	}

	public ZoomCall body(Object jsonBody) {
		this.body = jsonBody;
		return this;
	}

	ZoomEndpoint endpoint() {
		return this.endpoint;
	}

	Object body() {
		return this.body;
	}

	/**
	 * @return the path with variables filled in and encoded, plus the query string
	 */
	String pathAndQuery() {
		StringBuilder path = new StringBuilder();
		String template = this.endpoint.pathTemplate();
		int next = 0;
		int i = 0;
		while (i < template.length()) {
			int open = template.indexOf('{', i);
			if (open < 0) {
				path.append(template, i, template.length());
				break;
			}
			int close = template.indexOf('}', open);
			if (next >= this.pathValues.size()) {
				throw new IllegalArgumentException("Wrong number of path values for " + template);
			}
			path.append(template, i, open).append(encode(this.pathValues.get(next++)));
			i = close + 1;
		}
		if (next != this.pathValues.size()) {
			throw new IllegalArgumentException("Wrong number of path values for " + template);
		}
		if (!this.query.isEmpty()) {
			StringJoiner joiner = new StringJoiner("&", "?", "");
			this.query.forEach((name, value) -> joiner.add(encode(name) + "=" + encode(value)));
			path.append(joiner);
		}
		return path.toString();
	}

	private static String encode(String value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("Path and query values must not be empty");
		}
		// URLEncoder is for forms; a path or query needs %20 rather than '+'
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
