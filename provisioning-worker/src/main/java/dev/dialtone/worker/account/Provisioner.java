package dev.dialtone.worker.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.CreatedUser;
import dev.dialtone.zoom.client.users.StatusAction;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Brings a person to a provisioned Zoom account: pre-flight → ssoCreate (1005 adopts the
 * existing user) → read back → pending: evidence for the auditor; inactive: activate;
 * active: profile and phone steps. The hire path every handler that may create a user
 * (hire, rehire, update, resume, re-drive) shares.
 */
public final class Provisioner {

	private final ZoomClient zoom;

	private final Preflight preflight;

	private final ActiveUserConverger converger;

	private final CreatePhaseGate gate;

	private final UserLookup users;

	private final Ownership ownership;

	Provisioner(ZoomClient zoom, Preflight preflight, ActiveUserConverger converger, CreatePhaseGate gate,
			UserLookup users, Ownership ownership) {
		this.zoom = zoom;
		this.preflight = preflight;
		this.converger = converger;
		this.gate = gate;
		this.users = users;
		this.ownership = ownership;
	}

	/**
	 * {@link #provision}, after checking that the Zoom user last recorded for the
	 * employee (if any) still has the person's email: ssoCreate with a changed email
	 * would otherwise create a second user. Costs one read, and only for someone the
	 * worker has provisioned before (a repeated HIRE, a REHIRE).
	 * @throws dev.dialtone.worker.outcome.ConcludedException (FAILED) when the email
	 * changed
	 */
	public Conclusion provisionChecked(Person person, Steps steps) {
		this.users.findRecorded(person, steps);
		return provision(person, steps);
	}

	/** Creates (or adopts) the user and brings it to the desired state. */
	public Conclusion provision(Person person, Steps steps) {
		// announced before the user phase, so a phone batch waits for this hire while
		// it is on its way (and no longer once it is done)
		try (PhoneBatcher.Expected batch = this.converger.expectBatch(person, steps)) {
			Created created = this.gate.run(() -> create(person, steps));
			if (created.failure() != null) {
				return created.failure();
			}
			ZoomUser user = created.user();
			if (created.fresh() && user.status() == UserStatus.ACTIVE) {
				return this.converger.convergeCreated(user, person, created.phoneEnabled(), batch, steps);
			}
			if (batch != null) {
				// adopted or not active: no batch add for this hire
				batch.close();
			}
			return continueWith(user, person, created.evidence(), steps);
		}
	}

	private Created create(Person person, Steps steps) {
		String email = person.getWorkEmail().toLowerCase(Locale.ROOT);
		// no GET /users/email first: ssoCreate's own answer says whether the email was in
		// the account (201 no, 409/1005 yes), which is all the evidence needs
		PendingEvidence evidence = this.preflight.gather(email, false, steps);
		evidence.setCreateAction(CreateAction.SSO_CREATE.wireValue());
		// with batching, batch add enables Zoom Phone (it takes only users who are not
		// phone users yet)
		boolean phoneOnCreate = PhoneIntent.of(person) == PhoneIntent.SET && !this.converger.batching();
		CreateUserRequest request = CreateUserRequest.ssoCreate(email, person.getFirstName(), person.getLastName())
			.withZoomPhone(phoneOnCreate);
		Optional<ZoomResponse<CreatedUser>> created;
		try {
			created = steps.write("sso-create", "POST /users ssoCreate", ZoomApiException::isAlreadyExists,
					() -> this.zoom.users().create(request));
		}
		catch (StepFailedException ex) {
			// e.g. 2002 (pre-provisioning off): no user, the auditor classifies it from
			// the code
			evidence.setCreateErrorCode(ex.zoomFailure().zoomCode().orElse(null));
			return new Created(null, evidence,
					new Conclusion(FinalState.FAILED, null, null, List.of(), ex.getMessage(), evidence)
						.withCause(ex.cause()),
					false, false);
		}
		// a 409/1005 after an attempt that got no clear answer (timeout, 5xx) is most
		// likely that attempt's user: found below by email, checked for ownership like
		// any
		// other, and converged by reading it (never as a fresh user: a line it may
		// already
		// have is kept, not doubled)
		boolean ownLostCreate = created.isEmpty() && !steps.dryRun() && steps.lastCallUncertain();
		if (ownLostCreate) {
			steps.fact("createAnswerLost", "true");
		}
		if (!steps.dryRun()) {
			evidence.setEmailPreExisted(created.isEmpty() && !ownLostCreate);
		}
		String lookup = created.map((response) -> response.body().id()).orElse(email);
		Optional<ZoomUser> user = created.isPresent() ? readBackCreated(created.get().body(), email, steps) : steps
			.find("read-back", "GET /users/{id}", ZoomApiException::isNotFound, () -> this.zoom.users().get(lookup));
		if (user.isPresent()) {
			// 1005 answers with someone's existing user: never another employee's
			ZoomUser found = user.get();
			this.ownership.require(person, found, false);
			if (created.isEmpty() && !steps.dryRun() && !ownLostCreate
					&& !this.ownership.owns(person.getEmployeeId(), found.id())) {
				steps.fact("adoptedZoomUserId", found.id());
			}
		}
		if (user.isEmpty()) {
			if (!steps.dryRun()) {
				Conclusion missing = Conclusion.failed("user " + lookup + " not found right after ssoCreate");
				return new Created(null, evidence, missing, false, false);
			}
			// dry run: the user would be created; Zoom makes it active only on a verified
			// domain
			UserStatus expected = evidence.getDomainVerified() ? UserStatus.ACTIVE : UserStatus.PENDING;
			user = Optional.of(new ZoomUser(null, email, null, null, null, null, expected, null, List.of(), null, null,
					null, null));
		}
		return new Created(user.get(), evidence, null, created.isPresent(), phoneOnCreate);
	}

	/**
	 * Reads back a user ssoCreate made a moment ago. ssoCreate's 201 has no status; the
	 * status comes from the user's settings read, a Users Medium call, because Zoom
	 * refuses a pending user's settings (400/1000): the Users Light budget, which binds a
	 * bulk onboarding, then carries only ssoCreate and the profile PATCH. An active user
	 * is what the create sent, with the SSO login type (101) every user ssoCreate makes
	 * active has (a consolidated personal account also has 100, which only the user read
	 * shows). A pending one is read whole, as the auditor's evidence needs its record.
	 */
	private Optional<ZoomUser> readBackCreated(CreatedUser created, String email, Steps steps) {
		Optional<UserStatus> status = steps.find("read-back", "GET /users/{id}/settings (active or pending)",
				ZoomApiException::isNotFound, () -> this.zoom.users().statusFromSettings(created.id()));
		if (status.isEmpty()) {
			return Optional.empty();
		}
		if (status.get() == UserStatus.PENDING) {
			return steps.find("read-pending-user", "GET /users/{id}", ZoomApiException::isNotFound,
					() -> this.zoom.users().get(created.id()));
		}
		return Optional.of(new ZoomUser(created.id(), (created.email() != null) ? created.email() : email,
				created.firstName(), created.lastName(), null, created.type(), UserStatus.ACTIVE, null,
				List.of(ZoomUser.LOGIN_SSO), null, null, null, null));
	}

	/**
	 * Continues from a user read back from Zoom.
	 * @param evidence pre-flight evidence for a pending outcome
	 */
	public Conclusion continueWith(ZoomUser user, Person person, PendingEvidence evidence, Steps steps) {
		if (user.isPending()) {
			return Conclusion.pending(user, this.preflight.refreshDomain(evidence, user.email(), steps));
		}
		if (user.status() == UserStatus.INACTIVE) {
			steps.write("activate", "PUT /users/{id}/status activate",
					() -> this.zoom.users().updateStatus(user.id(), StatusAction.ACTIVATE));
			ZoomUser active = new ZoomUser(user.id(), user.email(), user.firstName(), user.lastName(),
					user.displayName(), user.type(), UserStatus.ACTIVE, user.verified(), user.loginTypes(), user.dept(),
					user.jobTitle(), user.createdAt(), user.roleName());
			return this.converger.converge(active, person, steps);
		}
		return this.converger.converge(user, person, steps);
	}

	/**
	 * The user phase's result: the user read back, or the conclusion when there is none.
	 *
	 * @param fresh whether ssoCreate made the user now (201), rather than adopting one
	 * (1005)
	 * @param phoneEnabled whether the create enabled Zoom Phone
	 */
	private record Created(ZoomUser user, PendingEvidence evidence, Conclusion failure, boolean fresh,
			boolean phoneEnabled) {
	}

}
