package dev.dialtone.zoom.simulator.control;

import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.domains.DomainRegistry;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.SeedService;
import dev.dialtone.zoom.simulator.users.PersonalAccounts;
import dev.dialtone.zoom.simulator.users.SimUser;
import dev.dialtone.zoom.simulator.users.UserLifecycle;
import dev.dialtone.zoom.simulator.users.UserStore;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API (kept apart from Zoom's paths): seed/reset the world and act as the people
 * and admins outside it.
 */
@RestController
@RequestMapping("/_sim")
class ControlController {

	private final SeedService seeds;

	private final CurrentSeed current;

	private final UserStore users;

	private final UserLifecycle lifecycle;

	private final PersonalAccounts personal;

	private final DomainRegistry domains;

	ControlController(SeedService seeds, CurrentSeed current, UserStore users, UserLifecycle lifecycle,
			PersonalAccounts personal, DomainRegistry domains) {
		this.seeds = seeds;
		this.current = current;
		this.users = users;
		this.lifecycle = lifecycle;
		this.personal = personal;
		this.domains = domains;
	}

	/** The current seed, secrets withheld: the control API never hands them out. */
	@GetMapping("/seed")
	Seed seed() {
		return this.current.get().withoutSecrets();
	}

	@PostMapping(path = "/seed", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> seedJson(@RequestBody Seed seed) {
		this.seeds.reset(seed);
		return Map.of("seeded", true, "accountId", seed.account().id());
	}

	@PostMapping(path = "/seed", consumes = { "application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE })
	Map<String, Object> seedYaml(@RequestBody String yaml) {
		return seedJson(Seed.fromYaml(yaml));
	}

	@PostMapping("/reset")
	Map<String, Object> reset() {
		this.seeds.reset();
		return Map.of("reset", true);
	}

	@PostMapping("/users/{email}/activate")
	Map<String, Object> activate(@PathVariable String email) {
		SimUser user = this.users.find(email);
		if (user == null) {
			throw ZoomApiException.userNotFound(email);
		}
		return Map.of("activated", this.lifecycle.acceptInvitation(user), "status", user.status().wire());
	}

	/**
	 * The confirmation link a pending user gets by email; "clicking" it activates them.
	 */
	@GetMapping("/activation/{token}")
	Map<String, Object> clickLink(@PathVariable String token) {
		SimUser user = this.users.findByActivationToken(token);
		if (user == null) {
			throw new ZoomApiException(404, 1120, "Invite not exist.");
		}
		return Map.of("activated", this.lifecycle.acceptInvitation(user), "status", user.status().wire());
	}

	@PostMapping("/users/{email}/consolidate")
	Map<String, Object> consolidate(@PathVariable String email) {
		if (!this.lifecycle.consolidate(email)) {
			throw new ZoomApiException(409, 409, "No personal account to consolidate for " + email
					+ ", or the account does not allow same-domain consolidation.");
		}
		return Map.of("consolidated", true);
	}

	@PostMapping("/personal-accounts")
	Map<String, Object> addPersonalAccount(@RequestParam String email) {
		this.personal.add(email);
		return Map.of("added", email);
	}

	@PostMapping("/domains/{domain}/verify")
	Map<String, String> verify(@PathVariable String domain) {
		this.domains.setStatus(domain, DomainRegistry.VERIFIED);
		return this.domains.all();
	}

	@PutMapping("/domains/{domain}")
	Map<String, String> setDomainStatus(@PathVariable String domain, @RequestParam String status) {
		this.domains.setStatus(domain, status);
		return this.domains.all();
	}

	@PutMapping("/preprovisioning")
	Map<String, Object> preProvisioning(@RequestParam boolean enabled) {
		Seed.Account account = this.current.get().account();
		this.current.updateAccount(new Seed.Account(account.id(), account.plan(), enabled, account.allowConsolidation(),
				account.rateLimits(), account.owner()));
		return Map.of("preProvisioning", enabled);
	}

	/** The scopes the Server-to-Server app holds. */
	@GetMapping("/credentials/scopes")
	List<String> scopes() {
		return this.current.get().credentials().scopes();
	}

	/**
	 * The admin changes the app's scopes in the Marketplace; users and numbers are kept.
	 * Tokens issued before keep their scopes unless
	 * {@code behaviour.scopeChangesReachIssuedTokens}.
	 */
	@PutMapping("/credentials/scopes")
	List<String> setScopes(@RequestBody List<String> scopes) {
		this.current.updateScopes(scopes);
		return scopes();
	}

}
