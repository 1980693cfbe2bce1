package dev.dialtone.auditor.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.Severity;

/**
 * Helpdesk steps and severity per cause, worded so someone who never read the logs can
 * act on them, naming the people and lines involved when the outcome's facts say who.
 */
public final class RemediationPlaybook {

	private RemediationPlaybook() {
	}

	/** The steps for an outcome, with its facts (conflicting employee, line holders). */
	public static List<String> steps(PendingCause cause, ProvisioningOutcome outcome) {
		String email = outcome.getWorkEmail();
		String employee = outcome.getEmployeeId();
		Map<String, String> facts = outcome.getFacts();
		String zoomUser = facts.getOrDefault("zoomUserId", String.valueOf(outcome.getZoomUserId()));
		return switch (cause) {
			case EMAIL_CONFLICT -> List.of(
					"The work email " + email + " of employee " + employee + " already belongs to the Zoom user "
							+ zoomUser + ", which Dialtone records for employee "
							+ facts.getOrDefault("conflictingEmployeeId", "(another employee)") + ".",
					"In HR, correct the work email of " + employee + " or of "
							+ facts.getOrDefault("conflictingEmployeeId", "the other employee")
							+ ": two people cannot share one work email (check for a typo or a re-used address).",
					"Once HR has the right emails, re-send the HR event for " + employee
							+ " (or re-drive it from this page).");
			case ZOOM_USER_MISMATCH -> List.of(
					"The Zoom user " + zoomUser + " that Dialtone records for employee " + employee
							+ " no longer carries " + email + " (it shows "
							+ facts.getOrDefault("zoomEmail", "another email") + ").",
					"In the Zoom admin portal, check who uses " + zoomUser
							+ " now: if it is this person, set its email back to " + email
							+ "; if it is someone else, leave it and remove the link in Dialtone's records for "
							+ employee + ".",
					"Then re-drive the hire so Dialtone provisions the right user.");
			case PROVISIONING_FAILED -> failedSteps(outcome, email, employee, facts);
			case PHONE_STEP_FAILED -> phoneSteps(employee, facts);
			default -> steps(cause, email, EmailDomains.of(email));
		};
	}

	public static List<String> steps(PendingCause cause, String email, String domain) {
		return switch (cause) {
			case DOMAIN_NOT_VERIFIED -> List.of(
					"In the Zoom admin portal (Account Profile > Associated Domains) add and verify " + domain + ".",
					"Check the work email " + email + " for a typo in the domain.",
					"Nothing else to do: held hires of " + domain
							+ " are re-driven automatically once Zoom shows it verified (or re-drive from this page).");
			case EXISTING_PERSONAL_ACCOUNT -> List.of("Delete (disassociate) the pending Zoom user for " + email + ".",
					"Ask the person to sign in to their own Zoom account with " + email
							+ " and choose 'Consolidate into account' (the account must allow same-domain consolidation).",
					"Re-drive the hire once they have: ssoCreate then yields an active SSO user.");
			case WRONG_CREATE_ACTION -> List.of("The user was created with 'create' instead of 'ssoCreate'.",
					"Fix the connector or worker configuration to send ssoCreate.",
					"Re-drive the hire: the pending user is deleted and ssoCreate runs again.");
			case PREPROVISIONING_DISABLED -> List.of(
					"Switch on 'Pre-provisioning SSO users' (SSO settings > Provision User: Prior to Sign-In) in Zoom.",
					"Re-drive the affected hires once it is on.");
			case PHONE_STEP_FAILED -> List.of("The user is active but a Zoom Phone step failed; see the evidence.",
					"Fix the cause (number pool, extension range, calling plan licences), then re-drive.");
			case NO_OUTCOME -> List.of("The worker never reported an outcome for this identity event.",
					"Check the worker's health and the identity dead-letter topic, then re-drive the hire.");
			default -> List.of("Open the user in the Zoom admin portal and compare with the evidence.",
					"Re-check the user; escalate to Zoom support with the tracking ids if it stays pending.");
		};
	}

	private static List<String> failedSteps(ProvisioningOutcome outcome, String email, String employee,
			Map<String, String> facts) {
		List<String> steps = new ArrayList<>();
		String reason = (outcome.getFailureReason() != null) ? outcome.getFailureReason() : "no reason given";
		switch ((outcome.getFailureCause() != null) ? outcome.getFailureCause().name() : "UNKNOWN") {
			case "EMAIL_CHANGE" -> {
				steps.add("HR changed the work email of " + employee + " to " + email
						+ "; Zoom refused to move the user to it: " + reason + ".");
				steps.add("Fix what Zoom names: make the new domain a verified managed domain (1116), have the"
						+ " person finish activating a pending user (1000), or have the owner of a personal Zoom"
						+ " account on " + email + " release it (1005); or correct the email in HR if the change"
						+ " was a mistake.");
				steps.add("Then re-send the HR event for " + employee + " (or re-drive it) so the move and the phone"
						+ " set-up follow.");
			}
			case "MISSING_SCOPE" -> steps.addAll(scopeSteps(employee, facts, reason));
			case "ZOOM_REJECTED" -> {
				steps.add("Zoom refused a call for good: " + reason + ".");
				steps.add("Fix what Zoom names (licences, plan, user type, site), then re-drive the hire.");
			}
			case "INVALID_EVENT" -> {
				steps.add("The HR event cannot be carried out as given: " + reason + ".");
				steps.add("Correct the record of " + employee + " in HR (site, extension, email), which re-sends it.");
			}
			default -> {
				steps.add("Provisioning of " + employee + " failed: " + reason + ".");
				steps.add("Check the failed steps in the evidence, fix the cause, then re-drive the hire.");
			}
		}
		steps.addAll(lineSteps(employee, facts));
		return List.copyOf(steps);
	}

	/**
	 * The app's scopes, not the person, are wrong: who can fix it (a Zoom account admin),
	 * where, and how the held event goes on.
	 */
	private static List<String> scopeSteps(String employee, Map<String, String> facts, String reason) {
		String scope = facts.getOrDefault("missingScope", "the scope Zoom names");
		String call = facts.getOrDefault("refusedZoomCall", "a Zoom call");
		String accepted = facts.containsKey("acceptedScopes")
				? " (Zoom accepts any of " + String.join(", ", facts.get("acceptedScopes").split(" ")) + ")" : "";
		return List.of(
				"Zoom refused " + call + " for employee " + employee + ": Dialtone's Zoom Server-to-Server app lacks"
						+ " the scope " + scope + accepted + ". Nothing is wrong with the person or the HR record.",
				"A Zoom account admin adds " + scope + " to the app in the Zoom App Marketplace (Manage > the"
						+ " Server-to-Server OAuth app > Scopes > Add scopes) and saves; the app's credentials stay"
						+ " the same.",
				"Then re-drive the worker's dead letters (POST /actuator/deadletters on the provisioning worker, as an"
						+ " operator): this event and every other one that hit the missing scope are replayed"
						+ " unchanged. A later successful outcome for " + employee + " closes this anomaly.",
				"Zoom said: " + reason);
	}

	private static List<String> phoneSteps(String employee, Map<String, String> facts) {
		List<String> lines = lineSteps(employee, facts);
		if (lines.isEmpty()) {
			return List.of("The user is active but a Zoom Phone step failed; see the evidence.",
					"Fix the cause (number pool, extension range, calling plan licences), then re-drive.");
		}
		List<String> steps = new ArrayList<>(lines);
		steps.add("Then re-drive the hire (or re-send the HR event) to finish the phone set-up.");
		return List.copyOf(steps);
	}

	/** Who holds a taken extension or number, from the worker's facts. */
	private static List<String> lineSteps(String employee, Map<String, String> facts) {
		List<String> steps = new ArrayList<>();
		String site = facts.getOrDefault("siteId", "the site");
		if ("extension".equals(facts.get("lineRangeFull"))) {
			steps.add("The extension range " + facts.getOrDefault("extensionRange", "") + " of " + site
					+ " is full (Zoom lists every extension in use): widen the site's range in the worker's"
					+ " dialtone.worker.sites, or free extensions of people who left.");
		}
		if ("number".equals(facts.get("lineRangeFull"))) {
			steps.add("The number pool of " + site + " is empty (Zoom lists no unassigned number): add or port"
					+ " numbers to the site in Zoom Phone, or free numbers of people who left.");
		}
		if (facts.containsKey("extension") || facts.containsKey("extensionHolder")) {
			String extension = facts.getOrDefault("extension", "the extension");
			String holder = facts.getOrDefault("extensionHolder", "someone else");
			steps.add("Extension " + extension + " is held by " + holder + ". Give employee " + employee
					+ " another extension in HR, or free " + extension + " from " + holder + " in Zoom Phone.");
		}
		if (facts.containsKey("phoneNumber") || facts.containsKey("phoneNumberHolder")) {
			String number = facts.getOrDefault("phoneNumber", "the number");
			String holder = facts.getOrDefault("phoneNumberHolder", "someone else");
			steps.add("Number " + number + " is held by " + holder + ". Give employee " + employee
					+ " another number in HR (or let Dialtone allocate one), or remove " + number + " from " + holder
					+ ".");
		}
		return steps;
	}

	public static Severity severity(PendingCause cause) {
		return switch (cause) {
			case PREPROVISIONING_DISABLED, NO_OUTCOME, DEAD_LETTERED -> Severity.CRITICAL;
			default -> Severity.WARNING;
		};
	}

}
