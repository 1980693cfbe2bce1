package dev.dialtone.auditor.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;

/**
 * Builds outcomes the way the worker reports them.
 */
public final class Outcomes {

	private Outcomes() {
	}

	public static Person person(String employeeId, String email) {
		return Person.newBuilder()
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setFirstName("Test")
			.setLastName(employeeId)
			.setSiteCode("NYC")
			.setPhone(
					PhoneSetup.newBuilder().setNumberAssignment(NumberAssignment.NONE).setCallingPlanType(200).build())
			.build();
	}

	public static ProvisioningOutcome.Builder outcome(String employeeId, String email, FinalState state) {
		Instant now = Instant.now();
		return ProvisioningOutcome.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(EventType.HIRE)
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setPerson(person(employeeId, email))
			.setSourceSystem("test")
			.setEventOccurredAt(now.minusSeconds(2))
			.setCompletedAt(now)
			.setFinalState(state)
			.setZoomStatus(state == FinalState.PENDING ? "pending" : "active")
			.setLoginTypes(List.of())
			.setSteps(List.of());
	}

	public static PendingEvidence.Builder evidence(String email, String domainStatus) {
		return PendingEvidence.newBuilder()
			.setEmailDomain(email.substring(email.indexOf('@') + 1))
			.setDomainStatus(domainStatus)
			.setDomainVerified("verified".equals(domainStatus))
			.setEmailPreExisted(false)
			.setCreateAction("ssoCreate")
			.setObservedAt(Instant.now());
	}

	public static ProvisioningOutcome pending(String employeeId, String email, String zoomUserId, String domainStatus) {
		return outcome(employeeId, email, FinalState.PENDING).setZoomUserId(zoomUserId)
			.setEvidence(evidence(email, domainStatus).build())
			.build();
	}

	public static ProvisioningOutcome preProvisioningOff(String employeeId, String email) {
		return outcome(employeeId, email, FinalState.FAILED).setZoomStatus(null)
			.setFailureReason("ssoCreate refused: pre-provisioning off")
			.setEvidence(evidence(email, "verified").setCreateErrorCode(2002).build())
			.setSteps(List.of(StepResult.newBuilder()
				.setName("sso-create")
				.setStatus(StepStatus.FAILED)
				.setHttpStatus(400)
				.setZoomErrorCode(2002)
				.setZoomErrorMessage("Only available for Enabled Pre-provisioning SSO Partners")
				.build()))
			.build();
	}

}
