package dev.dialtone.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.dialtone.local.LocalStack;
import dev.dialtone.local.ServiceProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric name the alert rules and the dashboard use is exported by the running
 * services, scraped from the live pipeline after it provisioned the bundled sample.
 * Kafka's per-topic client metrics are bound up to a minute after partitions are
 * assigned, so the scrape is repeated until they show up.
 */
class ExportedMetricNamesTests {

	@Test
	void everyMetricTheRulesAndTheDashboardUseIsExportedByTheServices() {
		LocalStack stack = LivePipeline.running();
		List<ServiceProcess> services = List.of(stack.producer(), stack.worker(), stack.auditor());
		Set<String> used = MetricNames.usedBy(Repository.ruleFiles(), Repository.files(Repository.DASHBOARDS, ".json"));

		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
			Set<String> exported = new TreeSet<>();
			for (ServiceProcess service : services) {
				exported.addAll(MetricNames.inExposition(scrape(service.url() + "/actuator/prometheus")));
			}
			assertThat(exported).as("metric names exported by producer, worker and auditor").containsAll(used);
		});
	}

	private static String scrape(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("scrape of " + url).isEqualTo(200);
		return response.body();
	}

}
