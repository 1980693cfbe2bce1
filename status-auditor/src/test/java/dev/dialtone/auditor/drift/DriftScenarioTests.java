package dev.dialtone.auditor.drift;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.DriftFinding;
import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.DriftStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.StatusAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drift check over the real broker, registry and Zoom simulator: one drift of each
 * kind seeded in Zoom (a user nobody in HR owns, a leaver still active with a number and
 * a plan, a line whose extension and number differ from HR's) and one person in sync is
 * found once each, a second check writes nothing, the opt-in corrections reach the
 * identity topic as TERMINATE / UPDATE commands (the worker's to apply: with the real
 * worker in dialtone-local's DriftCorrectionEndToEndTests), and once Zoom agrees with HR
 * the findings resolve.
 */
class DriftScenarioTests {

	static final TestTopics topics = new TestTopics("drift");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().build());

	static final String SITE = "site-nyc-01";

	static ConfigurableApplicationContext auditor;

	static ZoomClient zoom;

	@BeforeAll
	static void start() {
		auditor = Auditors.start(topics, sim,
				Map.of("dialtone.auditor.drift.correct", "LEAVER_STILL_PROVISIONED,PHONE_ATTRIBUTE_MISMATCH",
						"dialtone.auditor.drift.sites.NYC", SITE, "dialtone.auditor.drift.first-check", "1h"));
		zoom = ZoomClient.create(ZoomClientProperties.of(URI.create(sim.baseUrl()), URI.create(sim.oauthUrl()),
				sim.accountId(), sim.clientId(), sim.clientSecret()), new SimpleMeterRegistry());
	}

	@AfterAll
	static void stop() {
		auditor.close();
		zoom.close();
		sim.close();
	}

	@Test
	void eachKindIsFoundOnceCorrectedThroughTheIdentityTopicAndResolvedOnceZoomAgrees() {
		String ghost = userWithLine("ghost@corp.example", "1101", false);
		String leaver = userWithLine("leo@corp.example", "1102", true);
		String mover = userWithLine("pat@corp.example", "1103", false);
		userWithLine("sam@corp.example", "1104", true);
		String wantedNumber = unassignedNumbers().get(0);
		hr(EventType.HIRE, person("D-LEO", "leo@corp.example", "1102", null));
		hr(EventType.TERMINATE, person("D-LEO", "leo@corp.example", "1102", null));
		hr(EventType.HIRE, person("D-PAT", "pat@corp.example", "1500", wantedNumber));
		hr(EventType.HIRE, person("D-SAM", "sam@corp.example", "1104", null));
		HrView hr = auditor.getBean(HrView.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> hr.employees().size() == 3);
		DriftCheck check = auditor.getBean(DriftCheck.class);

		DriftCheck.Report first = check.run("test");
		DriftCheck.Report second = check.run("test");

		List<DriftFinding> written = TopicProbe.awaitValues(topics.drift(), DriftFinding.class,
				(all) -> mine(all).size() >= 3, Duration.ofSeconds(30));
		assertThat(mine(written)).as("one record per finding, none from the second check")
			.extracting(DriftFinding::getKind)
			.containsExactlyInAnyOrder(DriftKind.UNOWNED_USER, DriftKind.LEAVER_STILL_PROVISIONED,
					DriftKind.PHONE_ATTRIBUTE_MISMATCH);
		assertThat(first.added()).isGreaterThanOrEqualTo(3);
		assertThat(second.added()).isZero();
		assertThat(second.changed()).isZero();
		DriftFinding unowned = only(written, DriftKind.UNOWNED_USER);
		assertThat(unowned.getEmail()).isEqualTo("ghost@corp.example");
		assertThat(unowned.getZoomUserId()).isEqualTo(ghost);
		assertThat(unowned.getStatus()).as("never corrected: no HR record to act for").isEqualTo(DriftStatus.OPEN);
		DriftFinding left = only(written, DriftKind.LEAVER_STILL_PROVISIONED);
		assertThat(left.getEmployeeId()).isEqualTo("D-LEO");
		assertThat(left.getNumbersHeld()).isEqualTo(1);
		assertThat(left.getCallingPlansHeld()).isEqualTo(1);
		assertThat(left.getSummary()).contains("still active in Zoom", "holds 1 number and 1 calling plan");
		assertThat(left.getStatus()).isEqualTo(DriftStatus.CORRECTING);
		DriftFinding moved = only(written, DriftKind.PHONE_ATTRIBUTE_MISMATCH);
		assertThat(moved.getEmployeeId()).isEqualTo("D-PAT");
		assertThat(moved.getDifferences()).extracting((d) -> d.getAttribute() + ":" + d.getWanted())
			.containsExactlyInAnyOrder("extension:1500", "phoneNumber:" + wantedNumber);
		MeterRegistry metrics = auditor.getBean(MeterRegistry.class);
		assertThat(metrics.get("dialtone.drift.leaver.numbers").gauge().value()).isEqualTo(1);
		assertThat(metrics.get("dialtone.drift.leaver.calling.plans").gauge().value()).isEqualTo(1);
		assertThat(metrics.get("dialtone.drift.open").tag("kind", "UNOWNED_USER").gauge().value())
			.isGreaterThanOrEqualTo(1);

		List<IdentityEvent> commands = TopicProbe.awaitValues(topics.identity(), IdentityEvent.class,
				(all) -> corrections(all).size() >= 2, Duration.ofSeconds(30));
		assertThat(corrections(commands)).extracting((c) -> c.getEventType() + " " + c.getPerson().getEmployeeId())
			.containsExactlyInAnyOrder("TERMINATE D-LEO", "UPDATE D-PAT");
		IdentityEvent update = corrections(commands).stream()
			.filter((c) -> c.getEventType() == EventType.UPDATE)
			.findFirst()
			.orElseThrow();
		assertThat(update.getPerson().getPhone().getExtension()).isEqualTo("1500");
		assertThat(update.getCorrelationId()).isEqualTo(moved.getDriftId());

		// what the worker does with those commands (the real one: dialtone-local)
		zoom.phone().removePhoneNumber(leaver, zoom.phone().getUser(leaver).body().phoneNumbers().get(0).id());
		zoom.phone().removeCallingPlan(leaver, 200);
		zoom.users().updateStatus(leaver, StatusAction.DEACTIVATE);
		zoom.phone().updateUser(mover, PhoneUserUpdate.extension("1500"));
		zoom.phone().assignPhoneNumbers(mover, List.of(PhoneNumberRef.ofNumber(wantedNumber)));

		DriftCheck.Report third = check.run("test");
		assertThat(third.added()).isZero();
		List<DriftFinding> after = TopicProbe.awaitValues(topics.drift(), DriftFinding.class,
				(all) -> mine(all).size() >= 5, Duration.ofSeconds(30));
		assertThat(mine(after)).filteredOn((f) -> f.getStatus() == DriftStatus.RESOLVED)
			.extracting(DriftFinding::getEmployeeId)
			.containsExactlyInAnyOrder("D-LEO", "D-PAT");
		assertThat(mine(after)).filteredOn((f) -> f.getStatus() == DriftStatus.RESOLVED)
			.allSatisfy((f) -> assertThat(f.getResolution()).startsWith("corrected by " + f.getCorrectionEventId()));
		assertThat(auditor.getBean(DriftLedger.class).open()).extracting(DriftFinding::getEmail)
			.contains("ghost@corp.example")
			.doesNotContain("leo@corp.example", "pat@corp.example", "sam@corp.example");
		assertThat(metrics.get("dialtone.drift.leaver.numbers").gauge().value()).isZero();
	}

	private static List<DriftFinding> mine(List<DriftFinding> all) {
		return all.stream()
			.filter((f) -> List.of("ghost@corp.example", "leo@corp.example", "pat@corp.example", "sam@corp.example")
				.contains(f.getEmail()))
			.toList();
	}

	private static DriftFinding only(List<DriftFinding> all, DriftKind kind) {
		return mine(all).stream().filter((f) -> f.getKind() == kind).findFirst().orElseThrow();
	}

	private static List<IdentityEvent> corrections(List<IdentityEvent> all) {
		return all.stream().filter((e) -> "dialtone-auditor".equals(e.getSourceSystem())).toList();
	}

	/**
	 * An active SSO user on the NYC site with the extension, a calling plan and maybe a
	 * number.
	 */
	private static String userWithLine(String email, String extension, boolean withNumber) {
		String id = zoom.users()
			.create(CreateUserRequest.ssoCreate(email, "Drift", "Test").withZoomPhone(true))
			.body()
			.id();
		zoom.phone().updateUser(id, PhoneUserUpdate.site(SITE));
		zoom.phone().updateUser(id, PhoneUserUpdate.extension(extension));
		zoom.phone().assignCallingPlans(id, List.of(200));
		if (withNumber) {
			zoom.phone().assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber(unassignedNumbers().get(0))));
		}
		return id;
	}

	private static List<String> unassignedNumbers() {
		return zoom.phone()
			.listNumbers(PhoneNumberQuery.unassigned(SITE))
			.body()
			.phoneNumbers()
			.stream()
			.map((n) -> n.number())
			.toList();
	}

	private static Person person(String employeeId, String email, String extension, String number) {
		return Person.newBuilder()
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setSiteCode("NYC")
			.setPhone(PhoneSetup.newBuilder()
				.setExtension(extension)
				.setCallingPlanType(200)
				.setNumberAssignment((number != null) ? NumberAssignment.SPECIFIC : NumberAssignment.NONE)
				.setPhoneNumber(number)
				.build())
			.build();
	}

	private static void hr(EventType type, Person person) {
		TopicProbe.publish(topics.identity(), person.getEmployeeId(),
				IdentityEvent.newBuilder()
					.setEventId(UUID.randomUUID().toString())
					.setEventType(type)
					.setOccurredAt(Instant.now())
					.setSourceSystem("workday")
					.setPerson(person)
					.build());
	}

}
