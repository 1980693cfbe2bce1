package dev.dialtone.auditor.drift;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.dialtone.auditor.drift.HrView.Employee;
import dev.dialtone.auditor.drift.ZoomAccount.Snapshot;
import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.zoom.client.phone.CallingPlanRef;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.phone.SiteRef;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class DriftRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final Map<String, String> SITES = Map.of("NYC", "site-nyc-01");

	@Test
	void aPersonInSyncWithHrIsNoFinding() {
		assertThat(compare(employee("E1", "ann@corp.example", false, null), active("u1", "ann@corp.example"),
				line("u1", "site-nyc-01", 1100L, 1, 200)))
			.isEmpty();
	}

	@Test
	void aLeaverWhoseDateHasNotComeIsNotYetALeaver() {
		Employee leaving = employee("E2", "bo@corp.example", true, TODAY.plusDays(3));
		assertThat(compare(leaving, active("u2", "bo@corp.example"), line("u2", "site-nyc-01", 1100L, 1, 200)))
			.isEmpty();
	}

	@Test
	void aDeactivatedLeaverWithoutNumbersOrPlansIsDone() {
		ZoomUser gone = new ZoomUser("u3", "cy@corp.example", null, null, null, 1, UserStatus.INACTIVE, 1, List.of(),
				null, null, null, null);
		assertThat(compare(employee("E3", "cy@corp.example", true, null), gone, null)).isEmpty();
	}

	@Test
	void aLineOnAnotherSiteWithoutAPlanDiffersInSiteAndPlan() {
		List<DriftRules.Found> found = compare(employee("E4", "di@corp.example", false, null),
				active("u4", "di@corp.example"), line("u4", "site-lon-01", 1100L, 1));
		assertThat(found).singleElement().satisfies((f) -> {
			assertThat(f.kind()).isEqualTo(DriftKind.PHONE_ATTRIBUTE_MISMATCH);
			assertThat(f.differences()).extracting((d) -> d.getAttribute() + " " + d.getActual())
				.containsExactly("callingPlan null", "site site-lon-01");
		});
	}

	@Test
	void aUserOnAnUnmanagedDomainIsNotDrift() {
		assertThat(DriftRules.compare(List.of(), (id) -> Optional.empty(),
				new Snapshot(List.of(active("u5", "x@elsewhere.example"), active("u6", "y@corp.example")), Map.of(),
						List.of("corp.example"), 1),
				SITES, TODAY))
			.extracting(DriftRules.Found::email)
			.containsExactly("y@corp.example");
	}

	@Test
	void theZoomUserDialtoneRecordedOwnsItEvenUnderAnotherEmail() {
		// HR changed the email; Zoom still shows the old one on the recorded user
		assertThat(
				DriftRules.compare(List.of(employee("E7", "new@corp.example", false, null)), (id) -> Optional.of("u7"),
						new Snapshot(List.of(active("u7", "old@corp.example")),
								Map.of("u7", line("u7", "site-nyc-01", 1100L, 1, 200)), List.of("corp.example"), 1),
						SITES, TODAY))
			.isEmpty();
	}

	private static List<DriftRules.Found> compare(Employee employee, ZoomUser user, PhoneUserSummary line) {
		return DriftRules.compare(List.of(employee), (id) -> Optional.empty(), new Snapshot(List.of(user),
				(line != null) ? Map.of(line.id(), line) : Map.of(), List.of("corp.example"), 1), SITES, TODAY);
	}

	private static Employee employee(String id, String email, boolean terminated, LocalDate effective) {
		Person person = Person.newBuilder()
			.setEmployeeId(id)
			.setWorkEmail(email)
			.setSiteCode("NYC")
			.setEffectiveDate(effective)
			.build();
		PhoneSetup phone = PhoneSetup.newBuilder()
			.setExtension("1100")
			.setNumberAssignment(NumberAssignment.NONE)
			.build();
		return new Employee(person, terminated, phone);
	}

	private static ZoomUser active(String id, String email) {
		return new ZoomUser(id, email, null, null, null, 2, UserStatus.ACTIVE, 1, List.of(101), null, null, null, null);
	}

	private static PhoneUserSummary line(String id, String site, Long extension, int numbers, Integer... plans) {
		return new PhoneUserSummary(id, "p-" + id, null, null, null, extension, new SiteRef(site, site), "activate",
				List.of(plans).stream().map((p) -> new CallingPlanRef(p, null, null)).toList(),
				IntStream.range(0, numbers).mapToObj((n) -> new PhoneNumberRef("n" + n, "+1212555010" + n)).toList(),
				null);
	}

}
