package dev.dialtone.zoom.simulator.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed.Account;
import dev.dialtone.zoom.simulator.seed.Seed.CallingPlan;
import dev.dialtone.zoom.simulator.seed.Seed.Credentials;
import dev.dialtone.zoom.simulator.seed.Seed.Domain;
import dev.dialtone.zoom.simulator.seed.Seed.NumberPool;
import dev.dialtone.zoom.simulator.seed.Seed.PhoneNumberSeed;
import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import dev.dialtone.zoom.simulator.seed.Seed.Site;
import dev.dialtone.zoom.simulator.seed.Seed.Webhook;

/** Mutable builder for {@link Seed}, for tests that seed a scenario in Java. */
public final class SeedBuilder {

	private Account account;

	private Credentials credentials;

	private final List<Domain> domains;

	private final List<String> personalAccounts;

	private final List<Site> sites;

	private final List<NumberPool> numberPools;

	private final List<PhoneNumberSeed> numbers;

	private final List<CallingPlan> callingPlans;

	private Webhook webhook;

	private Behaviour behaviour;

	private final Map<String, FaultSpec> faults;

	private final List<SeedUser> users;

	SeedBuilder(Seed seed) {
		this.account = seed.account();
		this.credentials = seed.credentials();
		this.domains = new ArrayList<>(seed.domains());
		this.personalAccounts = new ArrayList<>(seed.personalAccounts());
		this.sites = new ArrayList<>(seed.sites());
		this.numberPools = new ArrayList<>(seed.numberPools());
		this.numbers = new ArrayList<>(seed.numbers());
		this.callingPlans = new ArrayList<>(seed.callingPlans());
		this.webhook = seed.webhook();
		this.behaviour = seed.behaviour();
		this.faults = new LinkedHashMap<>(seed.faults());
		this.users = new ArrayList<>(seed.users());
	}

	public SeedBuilder accountId(String id) {
		this.account = new Account(id, this.account.plan(), this.account.preProvisioning(),
				this.account.allowConsolidation(), this.account.rateLimits(), this.account.owner());
		return this;
	}

	/** FREE, PRO, BUSINESS_PLUS, UNLIMITED; use {@link #customRateLimits} for CUSTOM. */
	public SeedBuilder plan(String plan) {
		this.account = new Account(this.account.id(), plan, this.account.preProvisioning(),
				this.account.allowConsolidation(), this.account.rateLimits(), this.account.owner());
		return this;
	}

	public SeedBuilder customRateLimits(RateLimits limits) {
		this.account = new Account(this.account.id(), "CUSTOM", this.account.preProvisioning(),
				this.account.allowConsolidation(), limits, this.account.owner());
		return this;
	}

	public SeedBuilder preProvisioning(boolean on) {
		this.account = new Account(this.account.id(), this.account.plan(), on, this.account.allowConsolidation(),
				this.account.rateLimits(), this.account.owner());
		return this;
	}

	public SeedBuilder allowConsolidation(boolean allow) {
		this.account = new Account(this.account.id(), this.account.plan(), this.account.preProvisioning(), allow,
				this.account.rateLimits(), this.account.owner());
		return this;
	}

	/**
	 * The account owner, whom {@code me} names: created as an active user when the seed
	 * is applied.
	 */
	public SeedBuilder owner(String email) {
		this.account = new Account(this.account.id(), this.account.plan(), this.account.preProvisioning(),
				this.account.allowConsolidation(), this.account.rateLimits(), email);
		return this;
	}

	public SeedBuilder credentials(String clientId, String clientSecret) {
		this.credentials = new Credentials(clientId, clientSecret, this.credentials.tokenLifetimeSeconds(),
				this.credentials.scopes());
		return this;
	}

	/**
	 * The scopes the Server-to-Server app was granted (classic or granular names);
	 * replaces the default set.
	 */
	public SeedBuilder scopes(List<String> scopes) {
		this.credentials = this.credentials.withScopes(scopes);
		return this;
	}

	/** The default scopes without {@code removed}: an app whose admin forgot one. */
	public SeedBuilder withoutScope(String removed) {
		return scopes(this.credentials.scopes().stream().filter((scope) -> !scope.equals(removed)).toList());
	}

	public SeedBuilder tokenLifetimeSeconds(int seconds) {
		this.credentials = new Credentials(this.credentials.clientId(), this.credentials.clientSecret(), seconds,
				this.credentials.scopes());
		return this;
	}

	/**
	 * Adds or replaces a managed domain ({@code verified} or anything else, e.g.
	 * {@code unverified}).
	 */
	public SeedBuilder domain(String domain, String status) {
		this.domains.removeIf((d) -> d.domain().equalsIgnoreCase(domain));
		this.domains.add(new Domain(domain, status));
		return this;
	}

	public SeedBuilder withoutDomain(String domain) {
		this.domains.removeIf((d) -> d.domain().equalsIgnoreCase(domain));
		return this;
	}

	/** A person who already owns a personal Zoom account on this email. */
	public SeedBuilder personalAccount(String email) {
		this.personalAccounts.add(email);
		return this;
	}

	public SeedBuilder site(Site site) {
		this.sites.removeIf((s) -> s.id().equals(site.id()));
		this.sites.add(site);
		return this;
	}

	public SeedBuilder numberPool(String siteId, String first, int count) {
		this.numberPools.add(new NumberPool(siteId, first, count));
		return this;
	}

	public SeedBuilder number(String id, String number, String siteId) {
		this.numbers.add(new PhoneNumberSeed(id, number, siteId));
		return this;
	}

	public SeedBuilder callingPlan(int type, String name, int count) {
		this.callingPlans.removeIf((p) -> p.type() == type);
		this.callingPlans.add(new CallingPlan(type, name, count));
		return this;
	}

	public SeedBuilder webhook(String url, String secretToken) {
		this.webhook = new Webhook(url, secretToken);
		return this;
	}

	public SeedBuilder behaviour(Behaviour behaviour) {
		this.behaviour = behaviour;
		return this;
	}

	/**
	 * A fault for one endpoint key (e.g. {@code "DELETE /users/{userId}"}) or {@code "*"}
	 * for every endpoint.
	 */
	public SeedBuilder fault(String endpoint, FaultSpec spec) {
		this.faults.put(endpoint, spec);
		return this;
	}

	/** A user already in the account when the seed is applied. */
	public SeedBuilder user(SeedUser user) {
		this.users.add(user);
		return this;
	}

	/**
	 * Users already in the account when the seed is applied, replacing any set before.
	 */
	public SeedBuilder users(List<SeedUser> seeded) {
		this.users.clear();
		this.users.addAll(seeded);
		return this;
	}

	public Seed build() {
		return new Seed(this.account, this.credentials, this.domains, this.personalAccounts, this.sites,
				this.numberPools, this.numbers, this.callingPlans, this.webhook, this.behaviour, this.faults,
				this.users);
	}

}
