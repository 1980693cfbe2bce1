package dev.dialtone.producer.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies are capped before anyone reads them: raw sockets, so a test can declare 100 MB
 * and send a few bytes, or stream a chunked body, and read the answer the server gives
 * before the body ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestLimitTests {

	static final long HUNDRED_MB = 100L * 1024 * 1024;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	@Test
	void shouldAnswer413ToADeclaredHugeBodyBeforeAuthenticationOnEveryDoor() {
		List<String> paths = List.of("/api/v1/events", "/api/v1/events/batch", "/scim/v2/Users", "/actuator/health",
				"/v3/api-docs", "/anything");

		List<String> statuses = paths.stream().map((path) -> statusLine(declared("POST", path, HUNDRED_MB))).toList();

		assertThat(statuses).allSatisfy((status) -> assertThat(status).contains(" 413 "));
	}

	@Test
	void shouldSurviveFourConcurrentHundredMegabyteBodiesWithoutAToken() {
		List<String> statuses = IntStream.range(0, 4)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> statusLine(chunked("/api/v1/events", HUNDRED_MB, ""))))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		// no credentials: refused from the headers, the body is never read
		assertThat(statuses).allSatisfy((status) -> assertThat(status).contains(" 401 "));
		assertThat(new ProducerHttp(this.port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldStopReadingAChunkedBodyAtTheLimitEvenWhileCheckingASignature() {
		String signed = "X-Dialtone-Source: workday\r\nX-Dialtone-Timestamp: " + Instant.now().getEpochSecond()
				+ "\r\nX-Dialtone-Signature: v1=00\r\n";
		String scim = "Authorization: Bearer " + IntakeTestSupport.SCIM_TOKEN + "\r\n";

		String hmac = statusLine(chunked("/api/v1/events", 3L * 1024 * 1024, signed));
		String bearer = statusLine(chunked("/api/v1/events", 3L * 1024 * 1024,
				"Authorization: Bearer " + IntakeTestSupport.DEMO_TOKEN + "\r\n"));
		String directory = statusLine(chunked("/scim/v2/Users", 12L * 1024 * 1024, scim));

		assertThat(List.of(hmac, bearer, directory)).allSatisfy((status) -> assertThat(status).contains(" 413 "));
	}

	/** Sends the headers of a request declaring {@code length} bytes and 1 KB of it. */
	Exchange declared(String method, String path, long length) {
		return exchange(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + length + "\r\n\r\n", 1024, false);
	}

	/** Streams up to {@code length} bytes as chunks until the server answers. */
	Exchange chunked(String path, long length, String headers) {
		return exchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers
				+ "Transfer-Encoding: chunked\r\n\r\n", length, true);
	}

	Exchange exchange(String head, long bodyBytes, boolean chunked) {
		return new Exchange(this.port, head, bodyBytes, chunked);
	}

	static String statusLine(Exchange exchange) {
		return exchange.statusLine();
	}

	/**
	 * One request on its own socket; a writer thread keeps sending while the answer is
	 * read.
	 */
	record Exchange(int port, String head, long bodyBytes, boolean chunked) {

		String statusLine() {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(30_000);
				OutputStream out = socket.getOutputStream();
				out.write(this.head.getBytes(StandardCharsets.US_ASCII));
				Thread writer = new Thread(() -> writeBody(out));
				writer.setDaemon(true);
				writer.start();
				return readStatusLine(socket.getInputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void writeBody(OutputStream out) {
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) 'a');
			// an open JSON string, so a parser keeps reading instead of failing at once
			byte[] open = "{\"userName\":\"".getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(open, 0, chunk, 0, open.length);
			try {
				for (long sent = 0; sent < this.bodyBytes; sent += chunk.length) {
					if (this.chunked) {
						out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					}
					out.write(chunk, 0, (int) Math.min(chunk.length, this.bodyBytes - sent));
					Arrays.fill(chunk, 0, open.length, (byte) 'a');
					if (this.chunked) {
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
				}
			}
			catch (IOException ex) {
				// the server answered and closed: what the test wants
			}
		}

		private static String readStatusLine(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int c;
			while ((c = in.read()) >= 0 && c != '\n') {
				line.write(c);
			}
			return line.toString(StandardCharsets.US_ASCII);
		}

	}

}
