package dev.dialtone.worker.phone;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class SitePoolTests {

	private final SitePool pool = new SitePool((value) -> Integer.parseInt(value) % 2);

	@Test
	void eachCandidateIsReservedByOneLaneAtATimeFromTheSlicesAskedFor() {
		this.pool.offer(List.of("10", "11", "12"), this.pool.listingStarted());
		assertThat(this.pool.take(List.of(1))).isEqualTo("11");
		assertThat(this.pool.take(List.of(1))).isNull();
		assertThat(this.pool.take(List.of(1, 0))).isEqualTo("10");
		assertThat(this.pool.take(List.of(0))).isEqualTo("12");
		assertThat(this.pool.take(List.of(0, 1))).isNull();
	}

	@Test
	void aReleasedCandidateIsOfferedAgainATakenOneIsNot() {
		this.pool.offer(List.of("10", "12"), this.pool.listingStarted());
		String released = this.pool.take(List.of(0));
		String taken = this.pool.take(List.of(0));
		this.pool.release(released);
		this.pool.taken(taken);
		assertThat(this.pool.take(List.of(0))).isEqualTo(released);
		assertThat(this.pool.take(List.of(0))).isNull();
	}

	@Test
	void aCandidateZoomCalledTakenIsNotOfferedByALaterListingThatShowsItFreeUntilTheMarksAreDropped() {
		this.pool.offer(List.of("10", "12"), this.pool.listingStarted());
		String taken = this.pool.take(List.of(0));
		// its holder is where the site's list does not look (another site, a call queue)
		this.pool.taken(taken);
		assertThat(this.pool.stale).isTrue();
		long relisted = this.pool.listingStarted();
		this.pool.forgetFree(relisted);
		assertThat(this.pool.offer(List.of("10", "12"), relisted)).isEqualTo(1);
		assertThat(this.pool.take(List.of(0))).isNotEqualTo(taken);
		assertThat(this.pool.forgetHeldElsewhere()).isEqualTo(1);
		long afterFull = this.pool.listingStarted();
		this.pool.forgetFree(afterFull);
		assertThat(this.pool.offer(List.of(taken), afterFull)).isEqualTo(1);
	}

	@Test
	void aListingNeverOffersWhatALaneHoldsOrWhatWasAssignedAfterTheListingStarted() {
		this.pool.offer(List.of("10", "12", "14"), this.pool.listingStarted());
		String held = this.pool.take(List.of(0));
		String assigned = this.pool.take(List.of(0));
		long listing = this.pool.listingStarted();
		// Zoom answers the listing after the assignment: its page still shows the number
		this.pool.confirm(assigned);
		this.pool.forgetFree(listing);
		assertThat(this.pool.offer(List.of("10", "12", "14"), listing)).isEqualTo(1);
		assertThat(this.pool.take(List.of(0))).isEqualTo("14");
		assertThat(held).isNotEqualTo(assigned);
		// a later listing that still shows it: someone released it, it is free again
		long later = this.pool.listingStarted();
		this.pool.forgetFree(later);
		assertThat(this.pool.offer(List.of(assigned), later)).isEqualTo(1);
	}

	@Test
	void aSliceGainedInARebalanceIsForgottenAndTheOthersStayUsable() {
		this.pool.offer(List.of("10", "11", "12", "13"), this.pool.listingStarted(Set.of(0, 1)));
		assertThat(this.pool.followOwnership(Set.of(0, 1))).isEmpty();
		// a rebalance took slice 1 away: what is known of slice 0 is still this worker's
		assertThat(this.pool.followOwnership(Set.of(0))).isEmpty();
		assertThat(this.pool.freeIn(List.of(0))).isEqualTo(2);
		// slice 1 back: another worker assigned from it in between, so "11" and "13"
		// may be held by now and are not offered
		assertThat(this.pool.followOwnership(Set.of(0, 1))).containsExactly(1);
		assertThat(this.pool.take(List.of(1, 0))).isEqualTo("10");
		assertThat(this.pool.freeIn(List.of(1))).isZero();
		// a page read from now on offers slice 1 afresh
		this.pool.offer(List.of("15"), this.pool.listingStarted());
		assertThat(this.pool.take(List.of(1))).isEqualTo("15");
		assertThat(this.pool.followOwnership(Set.of(0, 1))).isEmpty();
	}

	@Test
	void freeCandidatesAreCountedBySliceAndARestartedPassStartsAtTheFirstPage() {
		this.pool.offer(List.of("10", "11", "12", "13", "15"), this.pool.listingStarted());
		assertThat(this.pool.freeIn(List.of(1))).isEqualTo(3);
		assertThat(this.pool.freeIn(List.of(0, 1))).isEqualTo(5);
		this.pool.cursor = "page-3";
		this.pool.passEnded = true;
		this.pool.passOffered = 5;
		this.pool.passOfferedOwn = 3;
		this.pool.restartPass();
		assertThat(this.pool.cursor).isNull();
		assertThat(this.pool.passEnded).isFalse();
		assertThat(this.pool.passOffered).isZero();
		assertThat(this.pool.passOfferedOwn).isZero();
	}

}
