package dev.dialtone.worker.ledger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class OwnerIndexTests {

	private final OwnerIndex index = new OwnerIndex();

	@Test
	void emailsDifferingOnlyInCaseAreOneOwner() {
		this.index.put("Ada@Corp.example", "E1", "zu-1");

		assertThat(this.index.ofEmail("ada@corp.example")).hasValue(new EmailOwners.Owner("E1", "zu-1"));
		assertThat(this.index.ofZoomUser("zu-1")).hasValue("E1");
	}

	@Test
	void aChangedEmailFreesTheOldOne() {
		this.index.put("old@corp.example", "E1", "zu-1");

		assertThat(this.index.put("new@corp.example", "E1", "zu-1")).containsExactly("old@corp.example");
		assertThat(this.index.ofEmail("old@corp.example")).isEmpty();
		assertThat(this.index.ofEmail("new@corp.example")).hasValue(new EmailOwners.Owner("E1", "zu-1"));
	}

	@Test
	void anotherPersonsEmailIsNeverForgotten() {
		this.index.put("ada@corp.example", "E1", "zu-1");

		assertThat(this.index.put("bob@corp.example", "E2", "zu-2")).isEmpty();
		assertThat(this.index.ofEmail("ada@corp.example")).isPresent();
	}

	@Test
	void aDeletedRecordIsForgotten() {
		this.index.put("ada@corp.example", "E1", "zu-1");

		this.index.remove("ADA@corp.example");

		assertThat(this.index.ofEmail("ada@corp.example")).isEmpty();
	}

}
