package dev.dialtone.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every metric name the alert rules and the dashboard use is exported by the running services. Give it scrapes with
 * {@code -Ddialtone.metrics.urls=http://127.0.0.1:8080/actuator/prometheus,http://127.0.0.1:8082/actuator/prometheus,...}
 * and/or {@code -Ddialtone.metrics.files=a.txt,b.txt} (saved scrapes, or one metric name a line); without either it is
 * skipped. Scrape after some traffic: Micrometer registers many meters on first use.
 */
class ExportedMetricNamesTests {

	static final String URLS = "dialtone.metrics.urls";

	static final String FILES = "dialtone.metrics.files";

	@Test
	void everyMetricTheRulesAndTheDashboardUseIsExportedByTheServices() throws Exception {
		List<String> urls = listProperty(URLS);
		List<String> files = listProperty(FILES);
		assumeTrue(!urls.isEmpty() || !files.isEmpty(),
				"no scrape given: pass -D" + URLS + "=<actuator/prometheus URLs> or -D" + FILES + "=<files>");

		Set<String> exported = new TreeSet<>();
		for (String url : urls) {
			exported.addAll(MetricNames.inExposition(scrape(url)));
		}
		files.forEach((file) -> exported.addAll(MetricNames.inExposition(Repository.read(Path.of(file)))));
		Set<String> used = MetricNames.usedBy(Repository.ruleFiles(),
				Repository.files(Repository.DASHBOARDS, ".json"));

		assertThat(exported).as("metric names exported by " + urls + files).containsAll(used);
	}

	private static String scrape(String url) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("scrape of " + url).isEqualTo(200);
		return response.body();
	}

	private static List<String> listProperty(String name) {
		return Stream.of(System.getProperty(name, "").split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
