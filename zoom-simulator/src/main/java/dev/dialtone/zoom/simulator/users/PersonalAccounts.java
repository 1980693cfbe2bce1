package dev.dialtone.zoom.simulator.users;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * People who own a personal Zoom account on their work email (outside our account). Our
 * API cannot see them; they only make ssoCreate produce pending users until the person
 * consolidates into the account.
 */
@Component
public class PersonalAccounts implements Seedable {

	private final Map<String, State> accounts = new ConcurrentHashMap<>();

	@Override
	public void apply(Seed seed) {
		this.accounts.clear();
		seed.personalAccounts().forEach((email) -> this.accounts.put(UserStore.normalize(email), State.PERSONAL));
	}

	public State state(String email) {
		return this.accounts.get(UserStore.normalize(email));
	}

	/**
	 * The person picked "Consolidate into account"; returns false when they have no
	 * personal account.
	 */
	public boolean consolidate(String email) {
		return this.accounts.replace(UserStore.normalize(email), State.CONSOLIDATED) != null;
	}

	public void add(String email) {
		this.accounts.put(UserStore.normalize(email), State.PERSONAL);
	}

	public Map<String, State> all() {
		return Map.copyOf(this.accounts);
	}

	/** A personal account still separate from ours, or already merged into it. */
	public enum State {

		PERSONAL, CONSOLIDATED

	}

}
