package dev.dialtone.auditor.state;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Undo actions for in-memory state changed inside a (Kafka) transaction, run newest first
 * if it does not commit, so the in-memory view never runs ahead of what the topics hold.
 * Outside a transaction changes are simply kept.
 */
public final class UndoLog {

	private UndoLog() {
	}

	public static void remember(Object owner, Runnable undo) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Deque<Runnable> actions = (Deque<Runnable>) TransactionSynchronizationManager.getResource(owner);
		if (actions == null) {
			Deque<Runnable> fresh = new ArrayDeque<>();
			TransactionSynchronizationManager.bindResource(owner, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(owner);
					if (status != STATUS_COMMITTED) {
						fresh.forEach(Runnable::run);
					}
				}

			});
			actions = fresh;
		}
		actions.push(undo);
	}

}
