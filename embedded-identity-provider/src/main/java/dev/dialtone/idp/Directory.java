package dev.dialtone.idp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The people who can sign in and the groups, names and emails of people and machines. */
final class Directory {

	private final InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();

	private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	InMemoryUserDetailsManager people() {
		return this.people;
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

	void addPerson(String username, String password, String name, String email, List<String> groups) {
		this.people
			.createUser(User.withUsername(username).password(this.encoder.encode(password)).roles("USER").build());
		this.profiles.put(username, new Profile(name, email, List.copyOf(groups)));
	}

	void addMachine(String clientId, List<String> groups) {
		this.profiles.put(clientId, new Profile(null, null, List.copyOf(groups)));
	}

	Profile profile(String subject) {
		return this.profiles.getOrDefault(subject, new Profile(null, null, List.of()));
	}

	record Profile(String name, String email, List<String> groups) {
	}

}
