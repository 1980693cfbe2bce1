package dev.dialtone.producer.scim;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory view of the SCIM user log: by SCIM id, with a case-insensitive userName
 * lookup.
 */
class ScimUserTable {

	private final Map<String, ScimUser> byId = new ConcurrentHashMap<>();

	void put(ScimUser user) {
		this.byId.put(user.id(), user);
	}

	void remove(String id) {
		this.byId.remove(id);
	}

	Optional<ScimUser> findById(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	Optional<ScimUser> findBy(String attribute, String value) {
		return this.byId.values()
			.stream()
			.filter((user) -> value.equalsIgnoreCase(ScimJson.text(user.resource(), attribute)))
			.findFirst();
	}

	List<ScimUser> all() {
		return this.byId.values().stream().sorted(Comparator.comparing(ScimUser::id)).toList();
	}

}
