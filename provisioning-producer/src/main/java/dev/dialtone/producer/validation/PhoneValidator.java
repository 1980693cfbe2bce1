package dev.dialtone.producer.validation;

import java.util.List;
import java.util.regex.Pattern;

import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.producer.validation.EventRequest.PhoneRequest;

/**
 * Checks and normalises the desired Zoom Phone setup (extension, calling plan, direct
 * number).
 */
final class PhoneValidator {

	static final String ALLOCATE = "allocate";

	private static final Pattern EXTENSION = Pattern.compile("\\d{3,6}");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	PhoneSetup validate(PhoneRequest phone, List<FieldError> errors) {
		if (phone == null) {
			return null;
		}
		PhoneSetup.Builder setup = PhoneSetup.newBuilder();
		String extension = Fields.lower(Fields.text(phone.extension(), "person.phone.extension", 16, errors));
		if (extension != null && !ALLOCATE.equals(extension)) {
			if (EXTENSION.matcher(extension).matches()) {
				setup.setExtension(extension);
			}
			else {
				errors.add(new FieldError("person.phone.extension", "invalid_extension",
						"extension must be 3-6 digits or \"allocate\", got '" + Fields.echo(extension) + "'"));
			}
		}
		String plan = Fields.text(phone.callingPlanType(), "person.phone.callingPlanType", 16, errors);
		if (plan != null) {
			try {
				int type = Integer.parseInt(plan);
				if (type <= 0) {
					throw new NumberFormatException();
				}
				setup.setCallingPlanType(type);
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("person.phone.callingPlanType", "invalid_calling_plan",
						"calling plan type must be a positive Zoom plan code such as 200, got '" + Fields.echo(plan)
								+ "'"));
			}
		}
		number(Fields.text(phone.number(), "person.phone.number", 32, errors), setup, errors);
		return setup.build();
	}

	private static void number(String value, PhoneSetup.Builder setup, List<FieldError> errors) {
		String number = Fields.phoneDigits(value);
		if (number == null || "none".equalsIgnoreCase(number)) {
			setup.setNumberAssignment(NumberAssignment.NONE);
		}
		else if (ALLOCATE.equalsIgnoreCase(number)) {
			setup.setNumberAssignment(NumberAssignment.ALLOCATE);
		}
		else if (E164.matcher(number).matches()) {
			setup.setNumberAssignment(NumberAssignment.SPECIFIC).setPhoneNumber(number);
		}
		else {
			errors.add(new FieldError("person.phone.number", "invalid_number",
					"number must be E.164 (e.g. +12125550100), \"allocate\" or \"none\", got '" + Fields.echo(value)
							+ "'"));
		}
	}

}
