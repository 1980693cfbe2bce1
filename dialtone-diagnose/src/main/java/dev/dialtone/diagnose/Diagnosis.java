package dev.dialtone.diagnose;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one read-only look at a Zoom account found: its shape is the JSON output's, which
 * {@code diagnosis.schema.json} documents.
 *
 * @param generatedAt when the reads finished
 * @param account which account was read, how and within which budget
 * @param managedDomains managed_domains as Zoom reported it (domain to status)
 * @param pendingByCause how many pending users per cause
 * @param pendingUsers every pending user with its cause, evidence and remedy
 * @param deactivatedPhoneUsers phone lines and calling plans leavers still hold
 * @param zoomRequests the Zoom API requests made (every one a read)
 */
public record Diagnosis(Instant generatedAt, Account account, Map<String, String> managedDomains,
		Map<String, Integer> pendingByCause, List<PendingUser> pendingUsers, Leavers deactivatedPhoneUsers,
		int zoomRequests) {

	/**
	 * @param source {@code zoom} (the account of the credentials) or
	 * {@code simulator-demo} (no credentials: the simulator's demo world)
	 * @param accountId the account id
	 * @param apiBaseUrl the API read
	 * @param plan the plan the rate budget was sized from
	 * @param share the share of the account's rate budget used
	 */
	public record Account(String source, String accountId, String apiBaseUrl, String plan, double share) {
	}

	/**
	 * @param zoomUserId Zoom user id
	 * @param email email
	 * @param createdAt {@code created_at} as Zoom reported it
	 * @param cause the classified cause
	 * @param severity how urgent
	 * @param explanation the cause in a sentence
	 * @param evidence the facts the cause rests on
	 * @param remediationSteps what to do, in order
	 */
	public record PendingUser(String zoomUserId, String email, String createdAt, String cause, String severity,
			String explanation, Map<String, String> evidence, List<String> remediationSteps) {
	}

	/**
	 * @param users deactivated phone users
	 * @param holdingLines of them, those still holding a number or a calling plan
	 * @param phoneNumbers numbers they hold
	 * @param callingPlans calling plan licences they hold, by plan name
	 * @param holders each one holding something
	 */
	public record Leavers(int users, int holdingLines, int phoneNumbers, Map<String, Integer> callingPlans,
			List<LeaverLine> holders) {
	}

	/**
	 * @param zoomUserId Zoom user id
	 * @param email email
	 * @param extension extension number, or null
	 * @param phoneNumbers numbers held
	 * @param callingPlans calling plans held, by name
	 */
	public record LeaverLine(String zoomUserId, String email, String extension, List<String> phoneNumbers,
			List<String> callingPlans) {
	}

}
