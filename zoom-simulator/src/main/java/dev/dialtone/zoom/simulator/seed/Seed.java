package dev.dialtone.zoom.simulator.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.faults.FaultSpec;

/**
 * The whole simulated Zoom world at start: one account, its domains, people with personal
 * Zoom accounts, phone sites, numbers, calling plans, webhook target, rate-limit plan,
 * behaviour switches and faults. Readable from YAML or built in Java
 * ({@link #builder()}); missing parts fall back to the defaults noted on each record.
 */
public record Seed(Account account, Credentials credentials, List<Domain> domains, List<String> personalAccounts,
		List<Site> sites, List<NumberPool> numberPools, List<PhoneNumberSeed> numbers, List<CallingPlan> callingPlans,
		Webhook webhook, Behaviour behaviour, Map<String, FaultSpec> faults, List<SeedUser> users) {

	/**
	 * The bundled demo world (see README: corp.example verified, acquired.example
	 * unverified, NYC site).
	 */
	public static final String DEMO_RESOURCE = "/dev/dialtone/zoom/simulator/seed/demo-seed.yaml";

	/**
	 * Users already in the demo account before Dialtone (see README): made by an identity
	 * provider's SCIM app, scripts and by hand, pending for each cause, plus leavers who
	 * still hold phone lines.
	 */
	public static final String EXISTING_USERS_RESOURCE = "/dev/dialtone/zoom/simulator/seed/existing-users.yaml";

	public Seed {
		account = (account != null) ? account : Account.defaults();
		credentials = (credentials != null) ? credentials : Credentials.defaults();
		domains = (domains != null) ? List.copyOf(domains) : List.of();
		personalAccounts = (personalAccounts != null) ? List.copyOf(personalAccounts) : List.of();
		sites = (sites != null) ? List.copyOf(sites) : List.of();
		numberPools = (numberPools != null) ? List.copyOf(numberPools) : List.of();
		numbers = (numbers != null) ? List.copyOf(numbers) : List.of();
		callingPlans = (callingPlans != null) ? List.copyOf(callingPlans) : List.of();
		webhook = (webhook != null) ? webhook : new Webhook(null, null);
		behaviour = (behaviour != null) ? behaviour : Behaviour.defaults();
		faults = (faults != null) ? Map.copyOf(faults) : Map.of();
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/** What the control API shows in place of a secret. */
	public static final String WITHHELD = "(withheld)";

	/**
	 * This seed as the control API shows it: the OAuth client secret and the webhook
	 * secret token are withheld, so a reader of the seed cannot mint tokens or sign
	 * webhooks.
	 */
	public Seed withoutSecrets() {
		Credentials shown = new Credentials(this.credentials.clientId(), WITHHELD,
				this.credentials.tokenLifetimeSeconds(), this.credentials.scopes());
		Webhook hook = new Webhook(this.webhook.url(), (this.webhook.secretToken() != null) ? WITHHELD : null);
		return new Seed(this.account, shown, this.domains, this.personalAccounts, this.sites, this.numberPools,
				this.numbers, this.callingPlans, hook, this.behaviour, this.faults, this.users);
	}

	public static Seed demo() {
		try (InputStream in = Seed.class.getResourceAsStream(DEMO_RESOURCE)) {
			return SeedYaml.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The demo world with the users an account already has before Dialtone arrives
	 * ({@link #EXISTING_USERS_RESOURCE}); {@link #demo()} itself starts with no users.
	 */
	public static Seed demoWithExistingUsers() {
		try (InputStream in = Seed.class.getResourceAsStream(EXISTING_USERS_RESOURCE)) {
			Seed existing = SeedYaml.read(in);
			SeedBuilder builder = demo().toBuilder().users(existing.users());
			existing.personalAccounts().forEach(builder::personalAccount);
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Seed fromYaml(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			return SeedYaml.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Seed fromYaml(String yaml) {
		return SeedYaml.read(yaml);
	}

	public String toYaml() {
		return SeedYaml.write(this);
	}

	/**
	 * A builder starting from the demo world, so a test changes only what its scenario
	 * needs.
	 */
	public static SeedBuilder builder() {
		return new SeedBuilder(demo());
	}

	/** A builder starting from an empty world (no domains, sites, numbers or plans). */
	public static SeedBuilder emptyBuilder() {
		return new SeedBuilder(new Seed(null, null, null, null, null, null, null, null, null, null, null, null));
	}

	public SeedBuilder toBuilder() {
		return new SeedBuilder(this);
	}

	/**
	 * Account id, rate-limit plan (FREE, PRO, BUSINESS_PLUS, CUSTOM, UNLIMITED), SSO
	 * pre-provisioning switch, and the owner's email (the user {@code me} names for a
	 * Server-to-Server app; created active at seed time, none when null).
	 */
	public record Account(String id, String plan, Boolean preProvisioning, Boolean allowConsolidation,
			RateLimits rateLimits, String owner) {

		public Account {
			id = (id != null) ? id : "sim-account-1";
			plan = (plan != null) ? plan : "BUSINESS_PLUS";
			preProvisioning = (preProvisioning != null) ? preProvisioning : Boolean.TRUE;
			allowConsolidation = (allowConsolidation != null) ? allowConsolidation : Boolean.TRUE;
		}

		static Account defaults() {
			return new Account(null, null, null, null, null, null);
		}

	}

	/**
	 * Server-to-Server OAuth app credentials, the lifetime of the tokens it gets and the
	 * scopes the app was granted in the Marketplace (a token carries them; default
	 * {@link #DEFAULT_SCOPES}, every scope Dialtone uses).
	 */
	public record Credentials(String clientId, String clientSecret, Integer tokenLifetimeSeconds, List<String> scopes) {

		/** The classic scopes that cover every endpoint Dialtone calls. */
		public static final List<String> DEFAULT_SCOPES = List.of("user:read:admin", "user:write:admin",
				"phone:read:admin", "phone:write:admin", "account:read:admin");

		public Credentials {
			clientId = (clientId != null) ? clientId : "sim-client-id";
			clientSecret = (clientSecret != null) ? clientSecret : "sim-client-secret";
			tokenLifetimeSeconds = (tokenLifetimeSeconds != null) ? tokenLifetimeSeconds : 3600;
			scopes = (scopes != null) ? List.copyOf(scopes) : DEFAULT_SCOPES;
		}

		public Credentials(String clientId, String clientSecret, Integer tokenLifetimeSeconds) {
			this(clientId, clientSecret, tokenLifetimeSeconds, null);
		}

		public Credentials withScopes(List<String> granted) {
			return new Credentials(this.clientId, this.clientSecret, this.tokenLifetimeSeconds, granted);
		}

		static Credentials defaults() {
			return new Credentials(null, null, null, null);
		}

	}

	/**
	 * A managed (associated) domain; only status {@code verified} lets ssoCreate make
	 * active users.
	 */
	public record Domain(String domain, String status) {
	}

	/**
	 * A Zoom Phone site; {@code code} is the HR site code, {@code siteCode} Zoom's
	 * numeric site code.
	 */
	public record Site(String id, String name, String code, Integer siteCode, Integer extensionFrom,
			Integer extensionTo, Integer defaultCallingPlan) {
	}

	/**
	 * {@code count} consecutive E.164 numbers starting at {@code first}, all belonging to
	 * {@code siteId}.
	 */
	public record NumberPool(String siteId, String first, int count) {
	}

	/** One explicit number; {@code id} is generated when absent. */
	public record PhoneNumberSeed(String id, String number, String siteId) {
	}

	/** A subscribed calling plan: {@code count} licences of {@code type}. */
	public record CallingPlan(int type, String name, int count) {
	}

	/** Where user.* events go and the app's secret token used to sign them. */
	public record Webhook(String url, String secretToken) {
	}

	/**
	 * A user already in the account at seed time, as a SCIM app, a script or an admin
	 * made it: created with {@code action} by the same rules as {@code POST /users} (so
	 * it is pending or active as Zoom decides), given {@code phone} when set (the Zoom
	 * Phone feature, an extension, numbers, calling plans), then deactivated when
	 * {@code deactivated}.
	 */
	public record SeedUser(String email, String firstName, String lastName, String action, Boolean deactivated,
			SeedLine phone) {

		public SeedUser {
			action = (action != null) ? action : "ssoCreate";
			deactivated = (deactivated != null) ? deactivated : Boolean.FALSE;
		}

	}

	/** A seeded user's phone line; numbers are E.164 numbers of the user's site. */
	public record SeedLine(String extension, List<String> numbers, List<Integer> callingPlans) {

		public SeedLine {
			numbers = (numbers != null) ? List.copyOf(numbers) : List.of();
			callingPlans = (callingPlans != null) ? List.copyOf(callingPlans) : List.of();
		}

	}

}
