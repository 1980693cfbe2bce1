package dev.dialtone.worker.phone;

import java.util.List;

import dev.dialtone.zoom.client.phone.BatchPhoneUser;

/**
 * A person's batch-add entry and the extension and number reserved for it, settled with
 * {@link PhoneProvisioner#settle} once Zoom has answered.
 *
 * @param user what the batch sends for the person
 * @param reserved candidates taken from this worker's slices for the entry
 */
public record PhoneBatchEntry(BatchPhoneUser user, List<LineAllocator.Reservation> reserved) {

	public PhoneBatchEntry {
		reserved = List.copyOf(reserved);
	}

}
