package dev.dialtone.zoom.client.phone;

import java.util.List;

/**
 * Response envelopes that callers only need the list of.
 */
final class PhoneBodies {

	private PhoneBodies() {
	}

	record AssignedNumbers(List<PhoneNumberRef> phoneNumbers) {

		AssignedNumbers {
			phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
		}

	}

	record CallingPlans(List<CallingPlan> callingPlans) {

		CallingPlans {
			callingPlans = (callingPlans != null) ? List.copyOf(callingPlans) : List.of();
		}

	}

}
