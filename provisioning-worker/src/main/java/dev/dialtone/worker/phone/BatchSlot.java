package dev.dialtone.worker.phone;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.zoom.client.phone.BatchPhoneUser;

/**
 * One employee's place in a phone batch: queued until a sender claims it for a call, or
 * until its employee stops waiting and withdraws it. Exactly one of the two wins, so a
 * withdrawn entry is never added behind its employee's back.
 *
 * @param user the entry
 * @param verdict completed once the call holding the entry has been answered
 * @param state queued, sent or withdrawn
 */
record BatchSlot(BatchPhoneUser user, CompletableFuture<PhoneBatcher.Verdict> verdict, AtomicInteger state) {

	private static final int QUEUED = 0;

	private static final int SENT = 1;

	private static final int WITHDRAWN = 2;

	static BatchSlot queued(BatchPhoneUser user) {
		return new BatchSlot(user, new CompletableFuture<>(), new AtomicInteger(QUEUED));
	}

	boolean claimForSending() {
		return this.state.compareAndSet(QUEUED, SENT);
	}

	boolean withdraw() {
		return this.state.compareAndSet(QUEUED, WITHDRAWN);
	}

}
