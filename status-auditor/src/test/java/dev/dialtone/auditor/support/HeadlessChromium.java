package dev.dialtone.auditor.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Debian's headless Chromium for page tests: {@link #dumpDom} renders a page after its
 * scripts ran; {@link #launch} opens it under the DevTools protocol (over the JDK's
 * WebSocket) so a test can click and read the live DOM.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	private HeadlessChromium(Process process, Path profile, String pageSocketUrl) {
		this.process = process;
		this.profile = profile;
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create(pageSocketUrl), new Listener())
			.join();
	}

	/**
	 * The Chromium to drive: required in CI (its absence fails the test), otherwise the
	 * page test is skipped on a machine without one.
	 */
	public static Path required() {
		Optional<Path> found = find();
		if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError("Chromium is required in CI: apt-get install -y chromium");
		}
		assumeThat(found).as("Chromium not installed (apt-get install -y chromium); page tests skipped").isPresent();
		return found.get();
	}

	public static Optional<Path> find() {
		return List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
			.stream()
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static List<String> command(Path chromium, Path profile, String... extra) {
		List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
		command.addAll(List.of(extra));
		return command;
	}

	/** The DOM after the page's scripts ran (virtual time budget 5 s). */
	public static String dumpDom(Path chromium, String url) throws Exception {
		Path profile = Files.createTempDirectory("chromium-dump");
		try {
			Process process = new ProcessBuilder(
					command(chromium, profile, "--virtual-time-budget=5000", "--dump-dom", url))
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			return dom;
		}
		finally {
			delete(profile);
		}
	}

	/**
	 * Starts Chromium with the DevTools protocol on a free port and attaches to its first
	 * page.
	 */
	public static HeadlessChromium launch(Path chromium) throws Exception {
		Path profile = Files.createTempDirectory("chromium-cdp");
		Process process = new ProcessBuilder(command(chromium, profile, "--remote-debugging-port=0", "about:blank"))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		CompletableFuture<String> browserUrl = new CompletableFuture<>();
		Thread drain = new Thread(() -> {
			try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream()))) {
				for (String line = err.readLine(); line != null; line = err.readLine()) {
					Matcher matcher = DEVTOOLS.matcher(line);
					if (matcher.find()) {
						browserUrl.complete(matcher.group(1));
					}
				}
			}
			catch (IOException ex) {
				browserUrl.completeExceptionally(ex);
			}
		}, "chromium-stderr");
		drain.setDaemon(true);
		drain.start();
		URI browser = URI.create(browserUrl.get(30, TimeUnit.SECONDS));
		String list = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		for (JsonNode target : JSON.readTree(list)) {
			if ("page".equals(target.path("type").asString())) {
				return new HeadlessChromium(process, profile, target.path("webSocketDebuggerUrl").asString());
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("No page target in " + list);
	}

	public void navigate(String url) {
		call("Page.navigate", Map.of("url", url));
	}

	/**
	 * Opens the auditor's page, signs in on the OpenID provider's form it is sent to, and
	 * returns once the page's script is ready ({@code body data-ready}: its buttons
	 * answer clicks), so no click lands before a handler is attached.
	 */
	public void signIn(String pageUrl, String issuerUri, String username, String password) {
		navigate(pageUrl);
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> evaluate("location.href").startsWith(issuerUri + "/login")
					&& "true".equals(evaluate("String(document.querySelector('input[name=username]') !== null)")));
		evaluate("document.querySelector('input[name=username]').value = '" + username + "';"
				+ "document.querySelector('input[name=password]').value = '" + password + "';"
				+ "document.querySelector('button[type=submit]').click(); 'submitted'");
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> "true".equals(evaluate("String(document.body.dataset.ready === 'true')")));
	}

	/** Sets the window's size in CSS pixels, as a person's screen would be. */
	public void viewport(int width, int height) {
		call("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Saves a PNG of the whole page (beyond the window's height) to {@code file}. */
	public Path screenshot(Path file) throws IOException {
		JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, Base64.getDecoder().decode(shot.path("data").asString()));
		return file;
	}

	/** Evaluates JavaScript in the page and returns its value as text. */
	public String evaluate(String expression) {
		JsonNode result = call("Runtime.evaluate",
				Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
		return result.path("result").path("value").asString("");
	}

	private JsonNode call(String method, Map<String, Object> params) {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.pending.put(id, answer);
		this.socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
			.join();
		JsonNode response = answer.orTimeout(30, TimeUnit.SECONDS).join();
		if (response.has("error")) {
			throw new IllegalStateException(method + " failed: " + response.get("error"));
		}
		return response.path("result");
	}

	@Override
	public void close() throws IOException {
		this.socket.abort();
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		delete(this.profile);
	}

	/**
	 * Best effort, and never a test's failure: Chromium's helper processes can still
	 * write or remove profile files for a moment after the browser process has exited, so
	 * a file may vanish mid-walk; the walk is then made again.
	 */
	private static void delete(Path dir) {
		for (int attempt = 0; attempt < 10 && Files.exists(dir); attempt++) {
			try (var paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
			catch (IOException | UncheckedIOException ex) {
				// a file vanished while walking: walk again
			}
			if (Files.exists(dir)) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder buffer = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.buffer.append(data);
			if (last) {
				JsonNode message = JSON.readTree(this.buffer.toString());
				this.buffer.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonNode> answer = HeadlessChromium.this.pending
						.remove(message.get("id").asInt());
					if (answer != null) {
						answer.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}

	}

}
