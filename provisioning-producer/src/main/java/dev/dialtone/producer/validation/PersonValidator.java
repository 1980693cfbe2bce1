package dev.dialtone.producer.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.dialtone.contracts.Person;
import dev.dialtone.producer.validation.EventRequest.PersonRequest;

/**
 * Checks and normalises the person part of an event, collecting every problem rather than
 * stopping at the first.
 */
final class PersonValidator {

	private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	// Deliberately simple: one @, no whitespace, a dot in the domain. Zoom rejects the
	// exotic rest anyway.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final Set<String> siteCodes;

	private final PhoneValidator phoneValidator = new PhoneValidator();

	PersonValidator(Set<String> siteCodes) {
		this.siteCodes = siteCodes;
	}

	Person validate(PersonRequest person, List<FieldError> errors) {
		if (person == null) {
			errors.add(new FieldError("person", "required", "person is required"));
			return null;
		}
		String employeeId = Fields.clean(person.employeeId());
		if (employeeId == null) {
			errors.add(new FieldError("person.employeeId", "required", "employee id is required"));
		}
		else if (!EMPLOYEE_ID.matcher(employeeId).matches()) {
			errors.add(new FieldError("person.employeeId", "invalid",
					"employee id must be 1-64 letters, digits, '.', '_' or '-'"));
		}
		String email = Fields.lower(person.workEmail());
		if (email == null) {
			errors.add(new FieldError("person.workEmail", "required", "work email is required"));
		}
		else if (!EMAIL.matcher(email).matches()) {
			errors.add(new FieldError("person.workEmail", "invalid", "'" + email + "' is not an email address"));
		}
		String siteCode = Fields.upper(person.siteCode());
		if (siteCode != null && !this.siteCodes.contains(siteCode)) {
			errors.add(new FieldError("person.siteCode", "unknown_site",
					"unknown site '" + siteCode + "'; known sites: " + this.siteCodes));
		}
		if (person.phone() != null && siteCode == null) {
			errors.add(new FieldError("person.siteCode", "required", "a site is required for a phone line"));
		}
		LocalDate effectiveDate = effectiveDate(person.effectiveDate(), errors);
		var phone = this.phoneValidator.validate(person.phone(), errors);
		if (employeeId == null || email == null) {
			return null;
		}
		return Person.newBuilder()
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setFirstName(Fields.clean(person.firstName()))
			.setLastName(Fields.clean(person.lastName()))
			.setDepartment(Fields.clean(person.department()))
			.setJobTitle(Fields.clean(person.jobTitle()))
			.setSiteCode(siteCode)
			.setEffectiveDate(effectiveDate)
			.setPhone(phone)
			.build();
	}

	private static LocalDate effectiveDate(String value, List<FieldError> errors) {
		String cleaned = Fields.clean(value);
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
				"effective date must be an ISO date yyyy-MM-dd, got '" + cleaned + "'"));
		return null;
	}

}
