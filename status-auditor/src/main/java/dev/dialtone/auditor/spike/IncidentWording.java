package dev.dialtone.auditor.spike;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import dev.dialtone.auditor.spike.SpikeDetector.Burst;
import dev.dialtone.auditor.spike.SpikeDetector.Jump;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.PendingCause;

/**
 * The words of an incident: its likely cause as managed_domains reads now, and its
 * one-sentence summary.
 */
final class IncidentWording {

	private IncidentWording() {
	}

	/**
	 * The likely cause, made to agree with managed_domains as read now: a domain Zoom
	 * does not list as verified is DOMAIN_NOT_VERIFIED whatever the window's (possibly
	 * stale) classifications said, unless they name a cause that is no domain matter.
	 */
	static PendingCause agreeing(Burst burst, Map<String, String> managed) {
		PendingCause cause = burst.likelyCause();
		if (managed == null || cause == PendingCause.PREPROVISIONING_DISABLED
				|| cause == PendingCause.WRONG_CREATE_ACTION) {
			return cause;
		}
		return "verified".equalsIgnoreCase(managed.get(burst.scope())) ? cause : PendingCause.DOMAIN_NOT_VERIFIED;
	}

	/**
	 * One sentence with the numbers that raised the burst: a domain's own window, or the
	 * account's with the part on the domain it is named after (a domain window's counts
	 * alone could read as below the threshold).
	 */
	static String summary(Burst burst, PendingCause cause, Map<String, String> managed) {
		String counts = burst.pending() + " of the last " + burst.total() + " hires";
		Jump jump = burst.jump();
		if (jump == null) {
			return counts + " on " + burst.scope() + " are pending; " + domainFacts(burst, cause, managed);
		}
		String baseline = (jump.baselineShare() == null) ? "no baseline yet"
				: "baseline " + percent(jump.baselineShare());
		if (SpikeDetector.ALL.equals(burst.scope())) {
			return counts + " are pending across the account (" + baseline + "); most likely cause " + cause;
		}
		return counts + " are pending (" + baseline + "); " + jump.onScope() + " of them on " + burst.scope() + "; "
				+ domainFacts(burst, cause, managed);
	}

	/** What managed_domains says about the burst's domain, and the likely cause. */
	private static String domainFacts(Burst burst, PendingCause cause, Map<String, String> managed) {
		String domainWords = (managed != null) ? ZoomDirectory.describeDomain(managed, burst.scope())
				: "managed_domains could not be read";
		String preprovisioning = (cause == PendingCause.PREPROVISIONING_DISABLED)
				? "; ssoCreate answers 2002: pre-provisioning SSO users is off" : "";
		String corrected = (cause != burst.likelyCause())
				? " (the window's outcomes said " + burst.likelyCause() + ", from evidence older than this read)" : "";
		return domainWords + preprovisioning + " (likely cause " + cause + ")" + corrected;
	}

	/**
	 * "0%", "7.1%" (a new format each time: DecimalFormat is not thread-safe and
	 * incidents are rare).
	 */
	private static String percent(double share) {
		return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share * 100) + "%";
	}

}
