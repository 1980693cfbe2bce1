package dev.dialtone.producer.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneChange;
import dev.dialtone.producer.validation.EventRequest.PersonRequest;
import dev.dialtone.producer.validation.EventRequest.PhoneRequest;

/**
 * Checks and normalises the person part of an event, collecting every problem rather than
 * stopping at the first.
 */
final class PersonValidator {

	/** Zoom's limit for first and last names. */
	static final int NAME_MAX = 64;

	/** Zoom's limit for department and job title. */
	static final int TITLE_MAX = 128;

	/** RFC 5321: a forward path holds at most 254 characters of address. */
	static final int EMAIL_MAX = 254;

	private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	// A local part of safe characters only (no markup, quotes, spaces or controls), dots
	// not leading, trailing or doubled; a domain of LDH labels and an alphabetic or
	// punycode TLD. Zoom rejects the exotic rest anyway.
	private static final Pattern EMAIL = Pattern
		.compile("[a-z0-9!#$%'*+=?^_~-]+(\\.[a-z0-9!#$%'*+=?^_~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+"
				+ "([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final Set<String> siteCodes;

	private final PhoneValidator phoneValidator = new PhoneValidator();

	PersonValidator(Set<String> siteCodes) {
		this.siteCodes = siteCodes;
	}

	Person validate(PersonRequest person, EventType type, List<FieldError> errors) {
		if (person == null) {
			errors.add(new FieldError("person", "required", "person is required"));
			return null;
		}
		String employeeId = Fields.text(person.employeeId(), "person.employeeId", 64, errors);
		if (employeeId == null) {
			if (Fields.clean(person.employeeId()) == null) {
				errors.add(new FieldError("person.employeeId", "required", "employee id is required"));
			}
		}
		else if (!EMPLOYEE_ID.matcher(employeeId).matches()) {
			errors.add(new FieldError("person.employeeId", "invalid",
					"employee id must be 1-64 letters, digits, '.', '_' or '-'"));
			employeeId = null;
		}
		String email = email(person.workEmail(), errors);
		String siteCode = Fields.upper(Fields.text(person.siteCode(), "person.siteCode", 32, errors));
		if (siteCode != null && !this.siteCodes.contains(siteCode)) {
			errors.add(new FieldError("person.siteCode", "unknown_site",
					"unknown site '" + Fields.echo(siteCode) + "'; known sites: " + this.siteCodes));
		}
		PhoneRequest phoneRequest = person.phone();
		boolean removal = phoneRequest != null && phoneRequest.isRemoval();
		if (removal && (phoneRequest.extension() != null || phoneRequest.callingPlanType() != null
				|| phoneRequest.number() != null)) {
			errors.add(new FieldError("person.phone.remove", "conflicting",
					"\"remove\": true takes the line away and stands alone, without extension, plan or number"));
		}
		if (phoneRequest != null && !removal && siteCode == null) {
			errors.add(new FieldError("person.siteCode", "required", "a site is required for a phone line"));
		}
		LocalDate effectiveDate = effectiveDate(person.effectiveDate(), errors);
		var phone = removal ? null : this.phoneValidator.validate(phoneRequest, errors);
		String firstName = Fields.text(person.firstName(), "person.firstName", NAME_MAX, errors);
		String lastName = Fields.text(person.lastName(), "person.lastName", NAME_MAX, errors);
		String department = Fields.text(person.department(), "person.department", TITLE_MAX, errors);
		String jobTitle = Fields.text(person.jobTitle(), "person.jobTitle", TITLE_MAX, errors);
		if (employeeId == null || email == null) {
			return null;
		}
		return Person.newBuilder()
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setFirstName(firstName)
			.setLastName(lastName)
			.setDepartment(department)
			.setJobTitle(jobTitle)
			.setSiteCode(siteCode)
			.setEffectiveDate(effectiveDate)
			.setPhone(phone)
			.setPhoneChange(phoneChange(type, phoneRequest))
			.build();
	}

	/**
	 * A HIRE or REHIRE states the whole person, so its phone (or none) replaces; an
	 * UPDATE that does not mention the phone leaves the line alone; an explicit
	 * {@code "remove": true} takes it away.
	 */
	static PhoneChange phoneChange(EventType type, PhoneRequest phone) {
		if (type == EventType.HIRE || type == EventType.REHIRE) {
			return PhoneChange.REPLACE;
		}
		if (phone == null) {
			return (type == EventType.UPDATE) ? PhoneChange.KEEP : PhoneChange.REPLACE;
		}
		return phone.isRemoval() ? PhoneChange.REMOVE : PhoneChange.REPLACE;
	}

	private static String email(String value, List<FieldError> errors) {
		String email = Fields.lower(Fields.text(value, "person.workEmail", EMAIL_MAX, errors));
		if (email == null) {
			if (value == null || Fields.clean(value) == null) {
				errors.add(new FieldError("person.workEmail", "required", "work email is required"));
			}
			return null;
		}
		int at = email.indexOf('@');
		if (!EMAIL.matcher(email).matches() || at > 64) {
			errors.add(new FieldError("person.workEmail", "invalid", "'" + Fields.echo(email)
					+ "' is not an email address Dialtone accepts (local part of letters, digits and .!#$%'*+=?^_~-)"));
			return null;
		}
		return email;
	}

	private static LocalDate effectiveDate(String value, List<FieldError> errors) {
		String cleaned = Fields.text(value, "person.effectiveDate", 32, errors);
		if (cleaned == null) {
			return null;
		}
		try {
			if (DATE.matcher(cleaned).matches()) {
				return LocalDate.parse(cleaned);
			}
		}
		catch (DateTimeParseException ex) {
			// falls through to the error below: 2026-02-30 has the right shape but is no
			// date
		}
		errors.add(new FieldError("person.effectiveDate", "invalid_date",
				"effective date must be an ISO date yyyy-MM-dd, got '" + Fields.echo(cleaned) + "'"));
		return null;
	}

}
