package dev.dialtone.worker.ledger;

/**
 * One employee's applied-ledger entry.
 *
 * @param offset identity offset of the last applied event (-1 when none is known yet)
 * @param zoomUserId the Zoom user the employee's latest outcome named, or null
 */
record LedgerEntry(long offset, String zoomUserId) {

	/** Entries written before the Zoom user id was added hold only the offset. */
	static LedgerEntry parse(String value) {
		String trimmed = value.trim();
		int space = trimmed.indexOf(' ');
		if (space < 0) {
			return new LedgerEntry(Long.parseLong(trimmed), null);
		}
		return new LedgerEntry(Long.parseLong(trimmed.substring(0, space)), trimmed.substring(space + 1).trim());
	}

	String toValue() {
		return (this.zoomUserId != null) ? this.offset + " " + this.zoomUserId : Long.toString(this.offset);
	}

	/**
	 * The highest offset wins; the Zoom user id of the newer information wins, but never
	 * gives way to "unknown" (an outcome without a user, such as a skipped termination,
	 * does not make the worker forget the user).
	 */
	LedgerEntry merge(LedgerEntry newer) {
		long offset = Math.max(this.offset, newer.offset);
		String id = this.zoomUserId;
		if (newer.zoomUserId != null && (newer.offset < 0 || newer.offset >= this.offset)) {
			id = newer.zoomUserId;
		}
		return new LedgerEntry(offset, id);
	}

}
