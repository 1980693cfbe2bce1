package dev.dialtone.worker.account;

import java.util.List;

import dev.dialtone.contracts.Person;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.UserUpdate;
import dev.dialtone.zoom.client.users.ZoomUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ProfileDiffTests {

	private final ZoomUser current = new ZoomUser("u1", "ada@corp.example", "Ada", "Lovelace", null, 2,
			UserStatus.ACTIVE, 1, List.of(101), "Engineering", "Engineer", null, null);

	@Test
	void changesNothingWhenZoomAlreadyMatches() {
		assertThat(ProfileDiff.between(this.current, person("Ada", "Engineering")).isEmpty()).isTrue();
	}

	@Test
	void sendsOnlyTheFieldsThatDiffer() {
		UserUpdate update = ProfileDiff.between(this.current, person("Ada", "Research"));
		assertThat(update.dept()).isEqualTo("Research");
		assertThat(update.firstName()).isNull();
		assertThat(update.jobTitle()).isNull();
	}

	@Test
	void neverClearsFieldsTheEventLeavesOut() {
		Person withoutDepartment = person("Augusta", null);
		UserUpdate update = ProfileDiff.between(this.current, withoutDepartment);
		assertThat(update.dept()).isNull();
		assertThat(update.firstName()).isEqualTo("Augusta");
		assertThat(update.lastName()).isEqualTo("Lovelace");
	}

	private static Person person(String firstName, String department) {
		return Person.newBuilder()
			.setEmployeeId("E1")
			.setWorkEmail("ada@corp.example")
			.setFirstName(firstName)
			.setLastName("Lovelace")
			.setDepartment(department)
			.setJobTitle((department != null) ? "Engineer" : null)
			.build();
	}

}
