package dev.dialtone.diagnose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dialtone.diagnose.Diagnosis.Account;
import dev.dialtone.diagnose.Diagnosis.LeaverLine;
import dev.dialtone.diagnose.Diagnosis.Leavers;
import dev.dialtone.diagnose.Diagnosis.PendingUser;

/**
 * The diagnosis for a terminal: the pending users grouped by cause with what to do for
 * each group, then the lines leavers hold. Each user's own steps are in the JSON and CSV.
 */
final class TableReport {

	private static final String ROW = "  %-34s %-12s %-22s %s%n";

	private TableReport() {
	}

	static String render(Diagnosis diagnosis) {
		StringBuilder out = new StringBuilder();
		Account account = diagnosis.account();
		out.append(
				String.format(
						"Zoom account %s (%s), plan %s at %.0f%% of its rate budget: %d read requests, no"
								+ " writes%n",
						account.accountId(),
						"simulator-demo".equals(account.source()) ? "the simulator's demo world" : account.apiBaseUrl(),
						account.plan(), account.share() * 100, diagnosis.zoomRequests()));
		out.append("Managed domains: ").append(domains(diagnosis.managedDomains())).append("\n\n");
		out.append(String.format("Pending users: %d%n", diagnosis.pendingUsers().size()));
		groups(diagnosis.pendingUsers()).forEach((group, users) -> group(out, group, users));
		leavers(out, diagnosis.deactivatedPhoneUsers());
		return out.toString();
	}

	private static void group(StringBuilder out, String group, List<PendingUser> users) {
		PendingUser first = users.get(0);
		out.append(String.format("%n%s (%d, %s): %s%n", group, users.size(), first.severity(), first.explanation()));
		out.append(String.format(ROW, "EMAIL", "DOMAIN", "CREATED", "ZOOM USER ID"));
		for (PendingUser user : users) {
			out.append(String.format(ROW, user.email(), user.evidence().getOrDefault("domainStatus", "?"),
					user.createdAt(), user.zoomUserId()));
		}
		if (first.evidence().containsKey("alsoPossible")) {
			out.append("  Also possible: ").append(first.evidence().get("alsoPossible")).append('\n');
		}
		out.append("  What to do (worded for ").append(first.email()).append("; alike for each):\n");
		for (int i = 0; i < first.remediationSteps().size(); i++) {
			out.append(String.format("    %d. %s%n", i + 1, first.remediationSteps().get(i)));
		}
	}

	private static void leavers(StringBuilder out, Leavers leavers) {
		out.append(
				String.format("%nDeactivated phone users: %d, of whom %d still hold %d numbers and calling plans %s%n",
						leavers.users(), leavers.holdingLines(), leavers.phoneNumbers(), leavers.callingPlans()));
		if (leavers.holders().isEmpty()) {
			return;
		}
		out.append(String.format(ROW, "EMAIL", "EXTENSION", "NUMBERS", "CALLING PLANS"));
		for (LeaverLine line : leavers.holders()) {
			out.append(String.format(ROW, line.email(), (line.extension() != null) ? line.extension() : "-",
					String.join(" ", line.phoneNumbers()), String.join(", ", line.callingPlans())));
		}
		out.append("  What to do: remove the numbers (back to the pool) and calling plans of each leaver in Zoom Phone,"
				+ " or delete the user; licences held by leavers are paid for and unused.\n");
	}

	/** By cause, then by email domain: one remedy fits a group. */
	private static Map<String, List<PendingUser>> groups(List<PendingUser> users) {
		Map<String, List<PendingUser>> groups = new LinkedHashMap<>();
		users.stream()
			.sorted(Comparator.comparing(PendingUser::cause)
				.thenComparing((user) -> domain(user.email()))
				.thenComparing(PendingUser::email))
			.forEach((user) -> groups
				.computeIfAbsent(user.cause() + " on " + domain(user.email()), (key) -> new ArrayList<>())
				.add(user));
		return groups;
	}

	private static String domain(String email) {
		return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
	}

	private static String domains(Map<String, String> domains) {
		if (domains.isEmpty()) {
			return "none";
		}
		List<String> shown = new ArrayList<>();
		domains.forEach((domain, status) -> shown.add(domain + " " + status));
		return String.join(", ", shown);
	}

}
