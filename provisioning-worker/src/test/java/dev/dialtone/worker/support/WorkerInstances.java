package dev.dialtone.worker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.worker.WorkerApplication;
import dev.dialtone.worker.ratelimit.PartitionOwnership;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several worker instances in one JVM: separate Spring contexts, one consumer group,
 * distinct client ids.
 */
public final class WorkerInstances implements AutoCloseable {

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	public ConfigurableApplicationContext start(Map<String, Object> properties, String name) {
		// command-line arguments outrank application.yml (builder "properties" would be
		// mere defaults)
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		args.add("--spring.kafka.client-id=" + name);
		args.add("--spring.main.banner-mode=off");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkerApplication.class)
			.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
		this.running.add(context);
		return context;
	}

	public List<ConfigurableApplicationContext> running() {
		return List.copyOf(this.running);
	}

	/**
	 * @return identity partitions owned, summed over the running instances
	 */
	public int ownedPartitions() {
		return this.running.stream().mapToInt((c) -> c.getBean(PartitionOwnership.class).ownedCount()).sum();
	}

	public boolean everyoneOwnsSome() {
		return this.running.stream().allMatch((c) -> c.getBean(PartitionOwnership.class).ownedCount() > 0);
	}

	public void stop(ConfigurableApplicationContext context) {
		context.close();
		this.running.remove(context);
	}

	@Override
	public void close() {
		new ArrayList<>(this.running).forEach(this::stop);
	}

}
