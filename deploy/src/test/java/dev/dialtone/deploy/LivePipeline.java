package dev.dialtone.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import dev.dialtone.local.DemoSettings;
import dev.dialtone.local.LocalRun;
import dev.dialtone.local.LocalStack;

/**
 * The real pipeline — broker, registry, Zoom simulator, producer, worker and auditor,
 * each service from its jar — started once per test JVM and fed the bundled sample of
 * hires (whose unverified domains raise pending-spike incidents) and one malformed hire
 * (which the producer rejects), so the monitoring checks run against what the services
 * really export.
 */
final class LivePipeline {

	private static LocalStack stack;

	private LivePipeline() {
	}

	static synchronized LocalStack running() {
		if (stack == null) {
			stack = LocalStack.start(LocalRun.demoSeed(), Repository.DEPLOY.resolve("target/live-pipeline"),
					DemoSettings.options());
			Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "live-pipeline-stop"));
			LocalRun.provision(stack, LocalRun.bundledSample(), new PrintStream(OutputStream.nullOutputStream()),
					Instant.now());
			submitMalformedHire(stack.producer().url());
		}
		return stack;
	}

	private static void submitMalformedHire(String producerUrl) {
		String body = """
				{"type":"HIRE","occurredAt":"2026-11-30T08:00:00Z",
				 "person":{"employeeId":"E-BAD","workEmail":"not-an-email","siteCode":"NYC"}}""";
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(producerUrl + "/api/v1/events"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + LocalStack.PRODUCER_TOKEN)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 400) {
				throw new IllegalStateException("A malformed hire was answered " + response.statusCode());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
