package dev.dialtone.auditor.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser without a browser: cookies kept, redirects followed, signed in for
 * real through the OpenID provider's form (authorization code flow), so tests can call
 * the auditor with that person's session.
 */
public final class BrowserSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	private BrowserSession(String base) {
		this.base = base;
	}

	/** A session with no one signed in. */
	public static BrowserSession anonymous(String base) {
		return new BrowserSession(base);
	}

	/** Opens the auditor's page, is sent to the provider's form and signs in there. */
	public static BrowserSession signIn(String base, String username, String password) throws Exception {
		BrowserSession session = new BrowserSession(base);
		HttpResponse<String> form = session.get("/");
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		if (!form.uri().getPath().equals("/login") || !csrf.find()) {
			throw new IllegalStateException("expected the provider's sign-in form, got " + form.uri());
		}
		HttpResponse<String> signedIn = session.http.send(HttpRequest.newBuilder(form.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf",
					csrf.group(1).replace("&#x2d;", "-").replace("&#45;", "-")))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (!signedIn.uri().toString().startsWith(base)) {
			throw new IllegalStateException("sign-in ended at " + signedIn.uri() + " (" + signedIn.statusCode() + ")");
		}
		return session;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A POST as the page's script sends it: the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN.
	 */
	public HttpResponse<String> postAsThePage(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("X-XSRF-TOKEN", xsrf())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A POST as another site's auto-submitted form: cookies ride along, no CSRF token.
	 */
	public HttpResponse<String> postFromAnotherSite(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Origin", "https://attacker.example")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("confirm=yes"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The value of the auditor's XSRF-TOKEN cookie (empty when none was set). */
	public String xsrf() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	public HttpClient client() {
		return this.http;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.reduce((a, b) -> a + "&" + b)
			.orElse("");
	}

}
