package dev.dialtone.local.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.local.LocalStack;
import dev.dialtone.local.ServiceProcess;
import dev.dialtone.platform.KafkaBroker;
import dev.dialtone.platform.KafkaCluster;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * The suite's faults, each at its time from the start: a worker, an auditor and a
 * producer killed with SIGKILL and started again after their delay, and the broker that
 * leads the most identity partitions stopped and started again.
 */
final class FaultSchedule {

	private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(8);

	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4, (r) -> {
		Thread thread = new Thread(r, "fault-schedule");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Fault> faults = new CopyOnWriteArrayList<>();

	private final List<Integer> exitValues = new CopyOnWriteArrayList<>();

	private final CountDownLatch done = new CountDownLatch(8);

	private final LocalStack stack;

	private final Notes notes;

	/**
	 * One fault or restart, and when it happened.
	 *
	 * @param name what
	 * @param at when
	 */
	record Fault(String name, Instant at) {
	}

	private FaultSchedule(LocalStack stack, Notes notes) {
		this.stack = stack;
		this.notes = notes;
	}

	/** Where the schedule says what it did. */
	interface Notes {

		void note(String format, Object... args);

	}

	static FaultSchedule start(LocalStack stack, FaultSuiteSettings settings, Instant start, Notes notes) {
		FaultSchedule schedule = new FaultSchedule(stack, notes);
		schedule.killAndRestart("worker", stack.workers().get(1), settings.workerKillAt(), settings.workerDownFor(),
				start);
		schedule.killAndRestart("auditor", stack.auditors().get(1), settings.auditorKillAt(), settings.auditorDownFor(),
				start);
		schedule.killAndRestart("producer", stack.producers().get(1), settings.producerKillAt(),
				settings.producerDownFor(), start);
		schedule.brokerDownAndUp(settings.brokerStopAt(), settings.brokerDownFor(), start);
		return schedule;
	}

	private void killAndRestart(String role, ServiceProcess service, Duration at, Duration downFor, Instant start) {
		at(start, at, () -> {
			int exit = service.kill();
			this.exitValues.add(exit);
			record("kill -9 " + role + " " + service.name(), "exit value %d", exit);
		});
		at(start, at.plus(downFor), () -> {
			service.startAgain(RESTART_TIMEOUT);
			record(role + " " + service.name() + " started again", "healthy");
		});
	}

	private void brokerDownAndUp(Duration at, Duration downFor, Instant start) {
		KafkaCluster cluster = this.stack.platform()
			.cluster()
			.orElseThrow(() -> new IllegalStateException("the fault suite needs the three-broker platform"));
		int[] node = new int[1];
		at(start, at, () -> {
			node[0] = leaderOfMostIdentityPartitions();
			cluster.node(node[0]).stop();
			record("broker " + node[0] + " stopped", "it led the most identity partitions");
		});
		at(start, at.plus(downFor), () -> {
			KafkaBroker broker = cluster.node(node[0]);
			broker.startAgain();
			record("broker " + node[0] + " started again", "");
		});
	}

	private int leaderOfMostIdentityPartitions() {
		String topic = DialtoneTopic.IDENTITY_EVENTS.defaultName();
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.platform().bootstrapServers()))) {
			TopicDescription description = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get(topic);
			Map<Integer, Long> leaders = description.partitions()
				.stream()
				.filter((p) -> p.leader() != null)
				.collect(Collectors.groupingBy((p) -> p.leader().id(), Collectors.counting()));
			this.notes.note("identity partition leaders per broker: %s", leaders);
			return leaders.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not describe " + topic, ex);
		}
	}

	private void at(Instant start, Duration offset, Runnable action) {
		long delay = Duration.between(Instant.now(), start.plus(offset)).toMillis();
		this.timer.schedule(() -> {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				this.notes.note("FAULT STEP FAILED: %s", ex);
			}
			finally {
				this.done.countDown();
			}
		}, Math.max(0, delay), TimeUnit.MILLISECONDS);
	}

	private void record(String name, String format, Object... args) {
		this.faults.add(new Fault(name, Instant.now()));
		this.notes.note(name + ((format.isEmpty()) ? "" : ": " + format), args);
	}

	/** Every fault and restart so far, in time order. */
	List<Fault> faults() {
		return this.faults.stream().sorted(Comparator.comparing(Fault::at)).toList();
	}

	/** The killed processes' exit values (137 = 128 + SIGKILL). */
	List<Integer> exitValues() {
		return List.copyOf(this.exitValues);
	}

	/** Waits until every scheduled step ran. */
	void awaitDone(Duration timeout) {
		try {
			this.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.timer.shutdown();
	}

}
