package dev.dialtone.diagnose;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.ZoomUserClassifier;
import dev.dialtone.auditor.classify.ZoomUserClassifier.ZoomUserRead;
import dev.dialtone.diagnose.Diagnosis.Account;
import dev.dialtone.diagnose.Diagnosis.LeaverLine;
import dev.dialtone.diagnose.Diagnosis.Leavers;
import dev.dialtone.diagnose.Diagnosis.PendingUser;
import dev.dialtone.zoom.client.phone.CallingPlanRef;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Reads the account once and classifies each pending user with the auditor's classifier
 * ({@link ZoomUserClassifier}): the same causes, evidence and steps a Dialtone hire gets.
 * Nothing here knows how a user was created (Zoom's read does not say), nor which
 * employee it is: the command runs without Dialtone.
 */
final class Diagnoser {

	private final AccountReader reader;

	private final Clock clock;

	Diagnoser(AccountReader reader, Clock clock) {
		this.reader = reader;
		this.clock = clock;
	}

	Diagnosis diagnose(Account account) {
		Map<String, String> domains = this.reader.managedDomains();
		Instant readAt = this.clock.instant();
		List<PendingUser> pending = new ArrayList<>();
		for (ZoomUser user : this.reader.pendingUsers()) {
			pending.add(pendingUser(user,
					ZoomUserClassifier.classify(
							new ZoomUserRead(user.id(), user.email(), "pending", user.loginTypes(), user.createdAt()),
							domains, readAt, null, null)));
		}
		pending.sort(Comparator.comparing(PendingUser::cause).thenComparing(PendingUser::email));
		Map<String, Integer> byCause = new TreeMap<>();
		pending.forEach((user) -> byCause.merge(user.cause(), 1, Integer::sum));
		Leavers leavers = leavers(this.reader.deactivatedPhoneUsers());
		return new Diagnosis(this.clock.instant(), account, domains, byCause, pending, leavers, this.reader.requests());
	}

	private static PendingUser pendingUser(ZoomUser user, Classification classification) {
		Map<String, String> evidence = new LinkedHashMap<>(classification.evidence());
		String explanation = evidence.remove("explanation");
		return new PendingUser(user.id(), user.email(), user.createdAt(), classification.cause().name(),
				classification.severity().name(), (explanation != null) ? explanation : "no rule matched", evidence,
				classification.remediationSteps());
	}

	static Leavers leavers(List<PhoneUserSummary> deactivated) {
		List<LeaverLine> holders = new ArrayList<>();
		Map<String, Integer> plans = new TreeMap<>();
		int numbers = 0;
		for (PhoneUserSummary user : deactivated) {
			if (user.phoneNumbers().isEmpty() && user.callingPlans().isEmpty()) {
				continue;
			}
			List<String> held = user.phoneNumbers().stream().map(PhoneNumberRef::number).toList();
			List<String> planNames = user.callingPlans().stream().map(Diagnoser::planName).toList();
			planNames.forEach((name) -> plans.merge(name, 1, Integer::sum));
			numbers += held.size();
			holders.add(new LeaverLine(user.id(), user.email(),
					(user.extensionNumber() != null) ? String.valueOf(user.extensionNumber()) : null, held, planNames));
		}
		holders.sort(Comparator.comparing(LeaverLine::email));
		return new Leavers(deactivated.size(), holders.size(), numbers, plans, holders);
	}

	private static String planName(CallingPlanRef plan) {
		return (plan.name() != null) ? plan.name() : "type " + plan.type();
	}

}
