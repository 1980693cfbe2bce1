package dev.dialtone.auditor.classify;

import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.Severity;

/**
 * Why a person's account did not come out right, the facts that say so, and what a
 * helpdesk should do.
 *
 * @param cause the classified cause
 * @param evidence facts the classification rests on
 * @param remediationSteps steps a helpdesk can follow, in order
 * @param severity how urgent
 * @param userAlreadyActive true when re-reading Zoom showed the user is active after all
 */
public record Classification(PendingCause cause, Map<String, String> evidence, List<String> remediationSteps,
		Severity severity, boolean userAlreadyActive) {
}
