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
		Boolean scopeChangesReachIssuedTokens) {

	/**
	 * Zoom's answer to a token without the operation's scope; {@code {n}} is the list of
	 * granular scopes that would do.
	 */
	public static final String MISSING_SCOPE_MESSAGE = "Invalid access token, does not contain scopes:[{n}].";

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
	}

	/** The switches as they were before scope checks existed (scope defaults apply). */
	public Behaviour(ErrorChoice extensionConflict, ErrorChoice numberConflict, ErrorChoice preProvisioningOff,
			Boolean createCapAppliesToSsoCreate, Boolean emailCheckIncludesSsoUsers,
			Boolean blockDisassociateOnManagedDomain, Boolean deleteLockKey, Integer requestLogCapacity,
			ErrorChoice unknownSite, ErrorChoice emailInUse) {
		this(extensionConflict, numberConflict, preProvisioningOff, createCapAppliesToSsoCreate,
				emailCheckIncludesSsoUsers, blockDisassociateOnManagedDomain, deleteLockKey, requestLogCapacity,
				unknownSite, emailInUse, null, null);
	}

	public static Behaviour defaults() {
		return new Behaviour(null, null, null, null, null, null, null, null, null, null, null, null);
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
