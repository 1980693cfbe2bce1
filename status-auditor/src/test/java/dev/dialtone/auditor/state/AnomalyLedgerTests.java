package dev.dialtone.auditor.state;

import java.time.Instant;
import java.util.List;

import dev.dialtone.auditor.support.TestAnomalies;
import dev.dialtone.contracts.PendingAnomaly;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class AnomalyLedgerTests {

	private final AnomalyLedger ledger = new AnomalyLedger();

	@AfterEach
	void clear() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void writesOfARolledBackTransactionAreUndone() {
		PendingAnomaly committed = TestAnomalies.open("E1", "ev1", Instant.parse("2026-11-30T08:00:00Z"));
		this.ledger.put(committed);
		TransactionSynchronizationManager.initSynchronization();
		this.ledger.put(TestAnomalies.open("E1", "ev2", Instant.parse("2026-11-30T08:01:00Z")));
		this.ledger.put(TestAnomalies.open("E2", "ev3", Instant.parse("2026-11-30T08:01:00Z")));
		complete(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(this.ledger.anomaly("E1")).contains(committed);
		assertThat(this.ledger.anomaly("E2")).isEmpty();
	}

	@Test
	void writesOfACommittedTransactionStay() {
		TransactionSynchronizationManager.initSynchronization();
		PendingAnomaly written = TestAnomalies.open("E3", "ev4", Instant.parse("2026-11-30T08:00:00Z"));
		this.ledger.put(written);
		complete(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(this.ledger.anomaly("E3")).contains(written);
	}

	@Test
	void anOlderStateReadBackFromTheTopicDoesNotReplaceANewerOne() {
		PendingAnomaly newer = TestAnomalies.open("E4", "ev5", Instant.parse("2026-11-30T08:05:00Z"));
		this.ledger.put(newer);
		this.ledger.apply(TestAnomalies.open("E4", "ev5", Instant.parse("2026-11-30T08:00:00Z")));
		assertThat(this.ledger.anomaly("E4")).contains(newer);
	}

	private static void complete(int status) {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		synchronizations.forEach((s) -> s.afterCompletion(status));
		TransactionSynchronizationManager.clearSynchronization();
	}

}
