package dev.dialtone.auditor.drift;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.dialtone.auditor.drift.HrView.Employee;
import dev.dialtone.auditor.drift.ZoomAccount.Snapshot;
import dev.dialtone.contracts.DriftDifference;
import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.zoom.client.phone.CallingPlanRef;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Compares HR (the employees known from identity events) with a read of the Zoom account:
 * a pure function, no Zoom calls and no clock of its own, so it is tested as a table.
 */
final class DriftRules {

	private DriftRules() {
	}

	/**
	 * What a check found about one user or employee, before it becomes a record.
	 *
	 * @param driftId stable id of the finding
	 */
	record Found(String driftId, DriftKind kind, String employeeId, String email, String zoomUserId, String zoomStatus,
			String summary, List<DriftDifference> differences, int numbersHeld, int callingPlansHeld) {

		String domain() {
			return this.email.substring(this.email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param employees HR's employees
	 * @param zoomUserOf the Zoom user id Dialtone last recorded for an employee
	 * @param sites Dialtone site code (upper case) → Zoom Phone site id; a code not
	 * listed is not compared
	 */
	static List<Found> compare(List<Employee> employees, Function<String, Optional<String>> zoomUserOf, Snapshot zoom,
			Map<String, String> sites, LocalDate today) {
		Map<String, ZoomUser> byId = new HashMap<>();
		Map<String, ZoomUser> byEmail = new HashMap<>();
		zoom.users().forEach((user) -> {
			byId.put(user.id(), user);
			if (user.email() != null) {
				byEmail.put(user.email().toLowerCase(Locale.ROOT), user);
			}
		});
		Set<String> owned = new HashSet<>();
		List<Found> found = new ArrayList<>();
		for (Employee employee : employees) {
			ZoomUser user = zoomUserOf.apply(employee.employeeId())
				.map(byId::get)
				.orElseGet(() -> byEmail.get(employee.email()));
			if (user == null) {
				continue;
			}
			owned.add(user.id());
			PhoneUserSummary phone = zoom.phoneUsers().get(user.id());
			if (employee.leftBy(today)) {
				leaver(employee, user, phone).ifPresent(found::add);
			}
			else if (!employee.terminated() && user.isActive() && employee.phone() != null) {
				phoneMismatch(employee, user, phone, sites).ifPresent(found::add);
			}
		}
		for (ZoomUser user : zoom.users()) {
			if (!owned.contains(user.id()) && user.email() != null && user.email().contains("@")
					&& zoom.managedDomains().contains(domainOf(user.email()))) {
				found.add(new Found(id(DriftKind.UNOWNED_USER, user.id()), DriftKind.UNOWNED_USER, null,
						user.email().toLowerCase(Locale.ROOT), user.id(), user.status().wireValue(),
						"Zoom user on managed domain " + domainOf(user.email()) + " that no employee owns ("
								+ user.status().wireValue() + ")",
						List.of(), numbers(zoom.phoneUsers().get(user.id())), plans(zoom.phoneUsers().get(user.id()))));
			}
		}
		return found;
	}

	private static Optional<Found> leaver(Employee employee, ZoomUser user, PhoneUserSummary phone) {
		int numbers = numbers(phone);
		int plans = plans(phone);
		if (!user.isActive() && numbers == 0 && plans == 0) {
			return Optional.empty();
		}
		List<String> still = new ArrayList<>();
		if (user.isActive()) {
			still.add("still active in Zoom");
		}
		still.add("holds " + numbers + " number" + ((numbers == 1) ? "" : "s") + " and " + plans + " calling plan"
				+ ((plans == 1) ? "" : "s"));
		return Optional.of(new Found(id(DriftKind.LEAVER_STILL_PROVISIONED, employee.employeeId()),
				DriftKind.LEAVER_STILL_PROVISIONED, employee.employeeId(), employee.email(), user.id(),
				user.status().wireValue(), "terminated in HR, " + String.join(", ", still), List.of(), numbers, plans));
	}

	private static Optional<Found> phoneMismatch(Employee employee, ZoomUser user, PhoneUserSummary phone,
			Map<String, String> sites) {
		PhoneSetup wanted = employee.phone();
		List<DriftDifference> differences = new ArrayList<>();
		String extension = (phone != null && phone.extensionNumber() != null) ? String.valueOf(phone.extensionNumber())
				: null;
		if (wanted.getExtension() != null && !wanted.getExtension().equals(extension)) {
			differences.add(difference("extension", wanted.getExtension(), extension));
		}
		List<String> numbers = (phone != null)
				? phone.phoneNumbers().stream().map(PhoneNumberRef::number).filter((n) -> n != null).toList()
				: List.of();
		if (wanted.getNumberAssignment() == NumberAssignment.SPECIFIC && wanted.getPhoneNumber() != null
				&& !numbers.contains(wanted.getPhoneNumber())) {
			differences.add(difference("phoneNumber", wanted.getPhoneNumber(), joined(numbers)));
		}
		else if (wanted.getNumberAssignment() == NumberAssignment.ALLOCATE && numbers.isEmpty()) {
			differences.add(difference("phoneNumber", "a number from the site's pool", null));
		}
		List<String> plans = (phone != null) ? phone.callingPlans()
			.stream()
			.map(CallingPlanRef::type)
			.filter((t) -> t != null)
			.map(String::valueOf)
			.toList() : List.of();
		if (wanted.getCallingPlanType() != null && !plans.contains(String.valueOf(wanted.getCallingPlanType()))) {
			differences.add(difference("callingPlan", String.valueOf(wanted.getCallingPlanType()), joined(plans)));
		}
		else if (wanted.getCallingPlanType() == null && plans.isEmpty()) {
			differences.add(difference("callingPlan", "the site's default plan", null));
		}
		String siteCode = employee.person().getSiteCode();
		String wantedSite = (siteCode != null) ? sites.get(siteCode.toUpperCase(Locale.ROOT)) : null;
		String actualSite = (phone != null && phone.site() != null) ? phone.site().id() : null;
		if (wantedSite != null && !wantedSite.equals(actualSite)) {
			differences.add(difference("site", wantedSite + " (" + siteCode + ")", actualSite));
		}
		if (differences.isEmpty()) {
			return Optional.empty();
		}
		String summary = "phone line differs from HR: " + String.join(", ", differences.stream()
			.map((d) -> d.getAttribute() + " " + orNothing(d.getActual()) + " instead of " + orNothing(d.getWanted()))
			.toList());
		return Optional.of(new Found(id(DriftKind.PHONE_ATTRIBUTE_MISMATCH, employee.employeeId()),
				DriftKind.PHONE_ATTRIBUTE_MISMATCH, employee.employeeId(), employee.email(), user.id(),
				user.status().wireValue(), summary, differences, numbers.size(), plans.size()));
	}

	static String id(DriftKind kind, String subject) {
		return UUID.nameUUIDFromBytes(("drift|" + kind + "|" + subject).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static int numbers(PhoneUserSummary phone) {
		return (phone != null) ? phone.phoneNumbers().size() : 0;
	}

	private static int plans(PhoneUserSummary phone) {
		return (phone != null) ? phone.callingPlans().size() : 0;
	}

	private static DriftDifference difference(String attribute, String wanted, String actual) {
		return DriftDifference.newBuilder().setAttribute(attribute).setWanted(wanted).setActual(actual).build();
	}

	private static String joined(List<String> values) {
		return values.isEmpty() ? null : String.join(",", values);
	}

	private static String orNothing(String value) {
		return (value != null) ? value : "nothing";
	}

	private static String domainOf(String email) {
		return email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
	}

}
