package dev.dialtone.producer.publish;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the two things a 202 depends on answer: the Kafka cluster and the schema
 * registry. Shown on /actuator/health (not in the readiness group: while Kafka is down
 * the service should keep answering 503 with Retry-After rather than vanish from the load
 * balancer).
 */
final class PlatformHealth {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private PlatformHealth() {
	}

	static final class Kafka extends AbstractHealthIndicator implements AutoCloseable {

		private final Admin admin;

		Kafka(Map<String, Object> adminConfig) {
			this.admin = Admin.create(adminConfig);
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) throws Exception {
			var cluster = this.admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
			int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
			builder.up().withDetail("clusterId", cluster.clusterId().get()).withDetail("brokers", nodes);
		}

		@Override
		public void close() {
			this.admin.close(Duration.ofSeconds(2));
		}

	}

	static final class Registry extends AbstractHealthIndicator {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

		private final URI subjects;

		Registry(String registryUrl) {
			this.subjects = URI.create(registryUrl.replaceAll("/+$", "") + "/subjects");
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) throws Exception {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(this.subjects).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.discarding());
			builder.status((response.statusCode() == 200) ? "UP" : "DOWN").withDetail("status", response.statusCode());
		}

	}

}
