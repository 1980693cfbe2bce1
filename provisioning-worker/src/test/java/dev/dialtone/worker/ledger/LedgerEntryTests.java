package dev.dialtone.worker.ledger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class LedgerEntryTests {

	@Test
	void anEntryWrittenBeforeZoomUserIdsWereRecordedHasOnlyTheOffset() {
		assertThat(LedgerEntry.parse("42")).isEqualTo(new LedgerEntry(42, null));
	}

	@Test
	void offsetAndZoomUserIdSurviveTheRoundTrip() {
		LedgerEntry entry = new LedgerEntry(7, "u_abc");

		assertThat(entry.toValue()).isEqualTo("7 u_abc");
		assertThat(LedgerEntry.parse(entry.toValue())).isEqualTo(entry);
	}

	@Test
	void theHigherOffsetWinsAndAnOutcomeWithoutAUserKeepsTheKnownOne() {
		LedgerEntry known = new LedgerEntry(5, "u_1");

		assertThat(known.merge(new LedgerEntry(9, null))).isEqualTo(new LedgerEntry(9, "u_1"));
		assertThat(known.merge(new LedgerEntry(9, "u_2"))).isEqualTo(new LedgerEntry(9, "u_2"));
		// an older entry read late (compaction order) does not replace newer knowledge
		assertThat(known.merge(new LedgerEntry(3, "u_0"))).isEqualTo(new LedgerEntry(5, "u_1"));
	}

	@Test
	void aUserRememberedBeforeItsEntryIsWrittenReplacesTheKnownOne() {
		assertThat(new LedgerEntry(5, "u_1").merge(new LedgerEntry(-1, "u_2"))).isEqualTo(new LedgerEntry(5, "u_2"));
	}

}
