package dev.dialtone.zoom.simulator.seed;

/**
 * Switches for the places where Zoom's behaviour is not documented; the defaults are the
 * most plausible reading of the reference (see README, "Uncertain reference, choices
 * made").
 */
public record Behaviour(ErrorChoice extensionConflict, ErrorChoice numberConflict, ErrorChoice preProvisioningOff,
		Boolean createCapAppliesToSsoCreate, Boolean emailCheckIncludesSsoUsers,
		Boolean blockDisassociateOnManagedDomain, Boolean deleteLockKey, Integer requestLogCapacity,
		ErrorChoice unknownSite, ErrorChoice emailInUse, ErrorChoice missingScope,
		Boolean scopeChangesReachIssuedTokens, Boolean batchPartialSuccess, String batchExistingPhoneUser,
		String batchPendingUser) {

	/**
	 * Zoom's answer to a token without the operation's scope; {@code {n}} is the list of
	 * granular scopes that would do.
	 */
	public static final String MISSING_SCOPE_MESSAGE = "Invalid access token, does not contain scopes:[{n}].";

	/** {@code batchExistingPhoneUser}: the user is left out of the batch's result. */
	public static final String REJECT = "reject";

	/**
	 * {@code batchExistingPhoneUser}: the entry's extension, plans and numbers are added
	 * to the existing line.
	 */
	public static final String APPLY = "apply";

	/**
	 * {@code batchPendingUser}: the pending user gets the feature and the line, usable
	 * once active.
	 */
	public static final String ASSIGN = "assign";

	public Behaviour {
		extensionConflict = (extensionConflict != null) ? extensionConflict
				: new ErrorChoice(400, 300, "Extension number {n} is already used.");
		numberConflict = (numberConflict != null) ? numberConflict
				: new ErrorChoice(400, 300, "Phone number already in use.");
		unknownSite = (unknownSite != null) ? unknownSite : new ErrorChoice(400, 300, "Site does not exist: {n}.");
		emailInUse = (emailInUse != null) ? emailInUse : new ErrorChoice(409, 1005, "Email {n} has already been used.");
		preProvisioningOff = (preProvisioningOff != null) ? preProvisioningOff
				: new ErrorChoice(400, 2002, "Only available for Enabled Pre-provisioning SSO Partners.");
		createCapAppliesToSsoCreate = (createCapAppliesToSsoCreate != null) ? createCapAppliesToSsoCreate
				: Boolean.FALSE;
		emailCheckIncludesSsoUsers = (emailCheckIncludesSsoUsers != null) ? emailCheckIncludesSsoUsers : Boolean.FALSE;
		blockDisassociateOnManagedDomain = (blockDisassociateOnManagedDomain != null) ? blockDisassociateOnManagedDomain
				: Boolean.FALSE;
		deleteLockKey = (deleteLockKey != null) ? deleteLockKey : Boolean.TRUE;
		requestLogCapacity = (requestLogCapacity != null) ? requestLogCapacity : 10_000;
		missingScope = (missingScope != null) ? missingScope : new ErrorChoice(400, 4711, MISSING_SCOPE_MESSAGE);
		scopeChangesReachIssuedTokens = (scopeChangesReachIssuedTokens != null) ? scopeChangesReachIssuedTokens
				: Boolean.FALSE;
		batchPartialSuccess = (batchPartialSuccess != null) ? batchPartialSuccess : Boolean.TRUE;
		batchExistingPhoneUser = (batchExistingPhoneUser != null) ? batchExistingPhoneUser : REJECT;
		batchPendingUser = (batchPendingUser != null) ? batchPendingUser : REJECT;
	}

	/** The switches as they were before scope checks and batch add existed. */
	public Behaviour(ErrorChoice extensionConflict, ErrorChoice numberConflict, ErrorChoice preProvisioningOff,
			Boolean createCapAppliesToSsoCreate, Boolean emailCheckIncludesSsoUsers,
			Boolean blockDisassociateOnManagedDomain, Boolean deleteLockKey, Integer requestLogCapacity,
			ErrorChoice unknownSite, ErrorChoice emailInUse) {
		this(extensionConflict, numberConflict, preProvisioningOff, createCapAppliesToSsoCreate,
				emailCheckIncludesSsoUsers, blockDisassociateOnManagedDomain, deleteLockKey, requestLogCapacity,
				unknownSite, emailInUse, null, null, null, null, null);
	}

	/**
	 * These switches with the batch-add choices replaced.
	 * @param partialSuccess whether one rejected entry leaves the others added
	 * @param existingPhoneUser {@link #REJECT} or {@link #APPLY}
	 * @param pendingUser {@link #REJECT} or {@link #ASSIGN}
	 */
	public Behaviour withBatch(boolean partialSuccess, String existingPhoneUser, String pendingUser) {
		return new Behaviour(this.extensionConflict, this.numberConflict, this.preProvisioningOff,
				this.createCapAppliesToSsoCreate, this.emailCheckIncludesSsoUsers,
				this.blockDisassociateOnManagedDomain, this.deleteLockKey, this.requestLogCapacity, this.unknownSite,
				this.emailInUse, this.missingScope, this.scopeChangesReachIssuedTokens, partialSuccess,
				existingPhoneUser, pendingUser);
	}

	public static Behaviour defaults() {
		return new Behaviour(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * HTTP status, Zoom code and message (with {@code {n}} replaced by the contested
	 * value).
	 */
	public record ErrorChoice(int status, int code, String message) {

		public String message(String value) {
			return this.message.replace("{n}", value);
		}

	}

}
