package dev.dialtone.zoom.client.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code POST /phone/users/batch} says about each entry: Zoom's 201 lists the users
 * it added (email and id); an entry missing from that list was not added, and Zoom gives
 * no reason for it.
 *
 * @param added the users Zoom added, in its order
 * @param notAdded emails of the entries Zoom did not list, in request order
 */
public record BatchAddResult(List<AddedUser> added, List<String> notAdded) {

	public BatchAddResult {
		added = List.copyOf(added);
		notAdded = List.copyOf(notAdded);
	}

	static BatchAddResult of(List<BatchPhoneUser> sent, List<AddedUser> added) {
		Map<String, AddedUser> byEmail = new LinkedHashMap<>();
		added.stream().filter((a) -> a.email() != null).forEach((a) -> byEmail.put(key(a.email()), a));
		List<String> missing = new ArrayList<>();
		for (BatchPhoneUser user : sent) {
			if (!byEmail.containsKey(key(user.email()))) {
				missing.add(user.email());
			}
		}
		return new BatchAddResult(added, missing);
	}

	/**
	 * @param email an entry's email, any case
	 * @return the added user, or empty when Zoom did not add the entry
	 */
	public Optional<AddedUser> added(String email) {
		return this.added.stream().filter((a) -> a.email() != null && key(a.email()).equals(key(email))).findFirst();
	}

	private static String key(String email) {
		return email.toLowerCase(Locale.ROOT);
	}

	/**
	 * One user Zoom added.
	 *
	 * @param email the imported user's email
	 * @param id the user's id
	 */
	public record AddedUser(String email, String id) {
	}

}
