package dev.dialtone.worker.phone;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.CRC32;

import dev.dialtone.worker.config.WorkerProperties;

/**
 * Picks an extension from a site's range without a central registry: a deterministic
 * start derived from the employee id (so a retry or replay asks for the same extension
 * first) and linear probing on conflicts. Zoom is the arbiter: a candidate is taken when
 * Zoom accepts it.
 */
final class ExtensionAllocator {

	private final int maxProbes;

	ExtensionAllocator(int maxProbes) {
		this.maxProbes = maxProbes;
	}

	/**
	 * @param employeeId the person
	 * @param site the site whose range to use
	 * @param claim tries to give the candidate to the person; false when someone else
	 * holds it
	 * @return the extension claimed
	 * @throws ExtensionsExhaustedException when no free extension was found within the
	 * probe limit
	 */
	String allocate(String employeeId, WorkerProperties.Site site, Predicate<String> claim) {
		int size = site.extensionTo() - site.extensionFrom() + 1;
		int start = Math.floorMod(hash(employeeId), size);
		for (int probe = 0; probe < Math.min(this.maxProbes, size); probe++) {
			String candidate = Integer.toString(site.extensionFrom() + (start + probe) % size);
			if (claim.test(candidate)) {
				return candidate;
			}
		}
		throw new ExtensionsExhaustedException("no free extension in " + site.extensionFrom() + "-" + site.extensionTo()
				+ " after " + this.maxProbes + " probes");
	}

	/**
	 * @return the extension {@link #allocate} tries first for the person: what a batch
	 * entry asks for (a rejected one is then allocated per user, probing on)
	 */
	String firstCandidate(String employeeId, WorkerProperties.Site site) {
		int size = site.extensionTo() - site.extensionFrom() + 1;
		return Integer.toString(site.extensionFrom() + Math.floorMod(hash(employeeId), size));
	}

	static int hash(String employeeId) {
		CRC32 crc = new CRC32();
		crc.update(employeeId.getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}

	static boolean inRange(Long extension, WorkerProperties.Site site) {
		return extension != null && extension >= site.extensionFrom() && extension <= site.extensionTo();
	}

	/** No free extension could be claimed. */
	static class ExtensionsExhaustedException extends RuntimeException {

		ExtensionsExhaustedException(String message) {
			super(message);
		}

	}

}
