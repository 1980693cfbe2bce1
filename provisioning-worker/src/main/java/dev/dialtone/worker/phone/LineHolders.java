package dev.dialtone.worker.phone;

import java.util.Objects;
import java.util.Optional;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneNumber;
import dev.dialtone.zoom.client.phone.PhoneNumberPage;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneUserPage;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;

/**
 * Who holds an extension or a number someone asked for, so the outcome of a conflict can
 * name them (the helpdesk then knows whose line to change). Only after a conflict, and
 * bounded: a few pages of the site's phone users or assigned numbers.
 */
final class LineHolders {

	private static final int MAX_PAGES = 10;

	private final ZoomClient zoom;

	LineHolders(ZoomClient zoom) {
		this.zoom = zoom;
	}

	/**
	 * @return "email (Zoom user id)" of the phone user with the extension at the site
	 */
	Optional<String> ofExtension(String extension, WorkerProperties.Site site, Steps steps) {
		PhoneUserQuery query = PhoneUserQuery.all().withSite(site.zoomSiteId()).withKeyword(extension);
		for (int page = 0; page < MAX_PAGES; page++) {
			PhoneUserQuery current = query;
			PhoneUserPage users = steps.read("find-extension-holder", "GET /phone/users?keyword=" + extension,
					() -> this.zoom.phone().listUsers(current));
			for (PhoneUserSummary user : users.users()) {
				if (user.extensionNumber() != null && extension.equals(Long.toString(user.extensionNumber()))) {
					return Optional
						.of(Objects.requireNonNullElse(user.email(), user.name()) + " (Zoom user " + user.id() + ")");
				}
			}
			if (users.nextPageToken() == null || users.nextPageToken().isBlank()) {
				break;
			}
			query = query.page(users.nextPageToken());
		}
		return Optional.empty();
	}

	/**
	 * @return "name (Zoom user id)" of the number's assignee
	 */
	Optional<String> ofNumber(String number, WorkerProperties.Site site, Steps steps) {
		PhoneNumberQuery query = new PhoneNumberQuery(PhoneNumberQuery.NumberType.ASSIGNED, site.zoomSiteId(), 100,
				null);
		for (int page = 0; page < MAX_PAGES; page++) {
			PhoneNumberQuery current = query;
			PhoneNumberPage numbers = steps.read("find-number-holder", "GET /phone/numbers?type=assigned",
					() -> this.zoom.phone().listNumbers(current));
			for (PhoneNumber candidate : numbers.phoneNumbers()) {
				if (number.equals(candidate.number()) && candidate.isAssigned()) {
					return Optional.of(candidate.assignee().name() + " (Zoom user " + candidate.assignee().id() + ")");
				}
			}
			if (numbers.nextPageToken() == null || numbers.nextPageToken().isBlank()) {
				break;
			}
			query = query.page(numbers.nextPageToken());
		}
		return Optional.empty();
	}

	/**
	 * An extension or number the event asks for is someone else's: an operator decides
	 * who keeps it.
	 */
	static class LineConflictException extends RuntimeException {

		LineConflictException(String message) {
			super(message);
		}

	}

}
