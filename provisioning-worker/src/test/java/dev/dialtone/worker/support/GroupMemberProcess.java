package dev.dialtone.worker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A member of a worker's consumer group in a JVM of its own, so a test can
 * {@code kill -9} it: it joins with the worker's group settings, takes its share of the
 * partitions, fetches and never commits or answers — like a worker that dies with its
 * backlog.
 */
public final class GroupMemberProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private GroupMemberProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * @param bootstrap the broker
	 * @param topic the topic to subscribe to
	 * @param settings the worker consumer's settings to copy (group id, session timeout,
	 * heartbeat, assignor)
	 */
	public static GroupMemberProcess start(String bootstrap, String topic, Map<String, Object> settings)
			throws IOException {
		Path log = Files.createTempFile("group-member", ".owned");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp",
						System.getProperty("java.class.path"), GroupMemberProcess.class.getName(), bootstrap, topic,
						log.toString()));
		for (String key : List.of(ConsumerConfig.GROUP_ID_CONFIG, ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
				ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
				ConsumerConfig.GROUP_PROTOCOL_CONFIG)) {
			Object value = settings.get(key);
			if (value != null) {
				command.add(key + "=" + value.toString().replace("[", "").replace("]", "").replace(" ", ""));
			}
		}

		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		return new GroupMemberProcess(process, log);
	}

	/**
	 * @return partitions the member owns now, as it last printed them
	 */
	public int ownedPartitions() throws IOException {
		String owned = Files.readString(this.log).trim();
		return owned.isEmpty() ? 0 : Integer.parseInt(owned);
	}

	/**
	 * SIGKILL: no leave-group, no commit; the group notices only by the missed
	 * heartbeats.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	public static void main(String[] args) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		for (int i = 3; i < args.length; i++) {
			String[] setting = args[i].split("=", 2);
			properties.put(setting[0], setting[1]);
		}
		Path status = Path.of(args[2]);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
			List<TopicPartition> owned = new ArrayList<>();
			consumer.subscribe(List.of(args[1]), new ConsumerRebalanceListener() {

				@Override
				public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
					owned.removeAll(partitions);
					write(status, owned.size());
				}

				@Override
				public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
					owned.addAll(partitions);
					write(status, owned.size());
				}

			});
			while (true) {
				consumer.poll(Duration.ofMillis(200));
			}
		}
	}

	private static void write(Path status, int owned) {
		try {
			Files.writeString(status, Integer.toString(owned));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
