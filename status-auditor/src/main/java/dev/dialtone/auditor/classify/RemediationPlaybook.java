package dev.dialtone.auditor.classify;

import java.util.List;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.Severity;

/**
 * Helpdesk steps and severity per cause, worded so someone who never read the logs can
 * act on them.
 */
public final class RemediationPlaybook {

	private RemediationPlaybook() {
	}

	public static List<String> steps(PendingCause cause, String email, String domain) {
		return switch (cause) {
			case DOMAIN_NOT_VERIFIED -> List.of(
					"In the Zoom admin portal (Account Profile > Associated Domains) add and verify " + domain + ".",
					"Check the work email " + email + " for a typo in the domain.",
					"Re-drive the hire from the Dialtone page: the pending user is deleted and ssoCreate runs again.");
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

	public static Severity severity(PendingCause cause) {
		return switch (cause) {
			case PREPROVISIONING_DISABLED, NO_OUTCOME -> Severity.CRITICAL;
			case UNKNOWN -> Severity.WARNING;
			default -> Severity.WARNING;
		};
	}

}
