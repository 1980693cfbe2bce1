package dev.dialtone.producer.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.PhoneChange;
import dev.dialtone.producer.validation.EventRequest.PersonRequest;
import dev.dialtone.producer.validation.EventRequest.PhoneRequest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class EventValidatorTests {

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	final EventValidator validator = new EventValidator(Set.of("nyc", "LON"), Clock.fixed(NOW, ZoneOffset.UTC));

	static PersonRequest person(String employeeId, String email, String site, PhoneRequest phone) {
		return new PersonRequest(employeeId, email, " Ada ", "Lovelace", null, "  ", site, "2026-12-01", phone);
	}

	@Test
	void shouldNormaliseEmailCaseWhitespaceAndSiteCode() {
		var request = new EventRequest(null, "hire", null, null, null,
				person(" E1 ", " Ada@Corp.EXAMPLE ", "lon", new PhoneRequest("1234", " 200 ", "+1 (212) 555-0100")));

		Validated validated = this.validator.validate(request, "workday");

		assertThat(validated.errors()).isEmpty();
		var event = validated.event();
		assertThat(event.getEventType()).isEqualTo(EventType.HIRE);
		assertThat(event.getOccurredAt()).isEqualTo(NOW);
		assertThat(event.getPerson().getEmployeeId()).isEqualTo("E1");
		assertThat(event.getPerson().getWorkEmail()).isEqualTo("ada@corp.example");
		assertThat(event.getPerson().getFirstName()).isEqualTo("Ada");
		assertThat(event.getPerson().getJobTitle()).isNull();
		assertThat(event.getPerson().getSiteCode()).isEqualTo("LON");
		assertThat(event.getPerson().getPhone().getExtension()).isEqualTo("1234");
		assertThat(event.getPerson().getPhone().getCallingPlanType()).isEqualTo(200);
		assertThat(event.getPerson().getPhone().getNumberAssignment()).isEqualTo(NumberAssignment.SPECIFIC);
		assertThat(event.getPerson().getPhone().getPhoneNumber()).isEqualTo("+12125550100");
	}

	@Test
	void shouldListEveryProblemWithItsField() {
		var request = new EventRequest("bad id!", "PROMOTE", "yesterday", null, null,
				new PersonRequest(null, "not-an-email", null, null, null, null, "XYZ", "01/12/2026",
						new PhoneRequest("12ab", "plan", "555-0100")));

		Validated validated = this.validator.validate(request, "workday");

		assertThat(validated.isValid()).isFalse();
		assertThat(validated.errors()).extracting(FieldError::field, FieldError::code)
			.containsExactlyInAnyOrder(Tuple.tuple("eventId", "invalid"), Tuple.tuple("type", "unknown_type"),
					Tuple.tuple("occurredAt", "invalid_timestamp"), Tuple.tuple("person.employeeId", "required"),
					Tuple.tuple("person.workEmail", "invalid"), Tuple.tuple("person.siteCode", "unknown_site"),
					Tuple.tuple("person.effectiveDate", "invalid_date"),
					Tuple.tuple("person.phone.extension", "invalid_extension"),
					Tuple.tuple("person.phone.callingPlanType", "invalid_calling_plan"),
					Tuple.tuple("person.phone.number", "invalid_number"));
	}

	@Test
	void shouldRejectAuditorCommandsFromSourceSystems() {
		var request = new EventRequest(null, "REDRIVE", null, null, null, person("E1", "a@corp.example", null, null));

		assertThat(this.validator.validate(request, "workday").errors()).extracting(FieldError::code)
			.containsExactly("unknown_type");
	}

	@Test
	void shouldRequireSiteForPhoneAndRejectImpossibleDates() {
		var request = new EventRequest(null, "UPDATE", null, null, null, new PersonRequest("E1", "a@corp.example", null,
				null, null, null, null, "2026-02-30", new PhoneRequest(null, null, null)));

		assertThat(this.validator.validate(request, "workday").errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("person.siteCode", "person.effectiveDate");
	}

	@Test
	void shouldDeriveTheSameIdForTheSameContentAndKeepAClientId() {
		var request = new EventRequest(null, "TERMINATE", "2026-11-30T07:00:00Z", null, null,
				person("E1", "a@corp.example", null, null));
		var withId = new EventRequest("evt-1", "TERMINATE", null, null, null,
				person("E1", "a@corp.example", null, null));

		String first = this.validator.validate(request, "workday").event().getEventId();

		assertThat(this.validator.validate(request, "workday").event().getEventId()).isEqualTo(first);
		assertThat(this.validator.validate(request, "bamboohr").event().getEventId()).isNotEqualTo(first);
		assertThat(this.validator.validate(withId, "workday").event().getEventId()).isEqualTo("workday:evt-1");
	}

	@Test
	void shouldRefuseControlCharactersOverlongFieldsAndUnsafeEmailsNamingEachField() {
		var request = new EventRequest("id\u001b", "HIRE", "2026-11-30T07:00:00Z", "c".repeat(129), null,
				new PersonRequest("E1", "a<b>@corp.example", "Ada\u0000", "L".repeat(65), "Dept\r\n", "T".repeat(129),
						null, null, null));

		assertThat(this.validator.validate(request, "workday").errors()).extracting(FieldError::field, FieldError::code)
			.containsExactlyInAnyOrder(Tuple.tuple("eventId", "control_character"),
					Tuple.tuple("correlationId", "too_long"), Tuple.tuple("person.workEmail", "invalid"),
					Tuple.tuple("person.firstName", "control_character"), Tuple.tuple("person.lastName", "too_long"),
					Tuple.tuple("person.department", "control_character"), Tuple.tuple("person.jobTitle", "too_long"));
	}

	@Test
	void shouldRefuseOccurredAtOutsideASaneRange() {
		for (String instant : List.of("+1000000000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2026-12-02T08:00:01Z")) {
			var request = new EventRequest(null, "HIRE", instant, null, null,
					person("E1", "a@corp.example", null, null));
			assertThat(this.validator.validate(request, "workday").errors()).extracting(FieldError::code)
				.containsExactly("out_of_range");
		}
	}

	@Test
	void shouldDeriveTheSameIdForARetryWithoutOccurredAtWhateverTheReceiptTime() {
		var request = new EventRequest(null, "UPDATE", null, null, null, person("E1", "a@corp.example", null, null));
		EventValidator later = new EventValidator(Set.of("NYC"), Clock.fixed(NOW.plusSeconds(600), ZoneOffset.UTC));

		Validated first = this.validator.validate(request, "workday");
		Validated retry = later.validate(request, "workday");

		assertThat(retry.event().getEventId()).isEqualTo(first.event().getEventId()).startsWith("workday:");
		assertThat(retry.fingerprint()).isEqualTo(first.fingerprint());
		assertThat(retry.event().getOccurredAt()).isEqualTo(NOW.plusSeconds(600));
	}

	@Test
	void shouldKeepThePhoneOnAnUpdateWithoutOneAndRemoveItWhenAsked() {
		var keep = new EventRequest(null, "UPDATE", null, null, null, person("E1", "a@corp.example", null, null));
		var remove = new EventRequest(null, "UPDATE", null, null, null,
				person("E1", "a@corp.example", null, PhoneRequest.removal()));
		var hire = new EventRequest(null, "HIRE", null, null, null, person("E1", "a@corp.example", null, null));

		assertThat(this.validator.validate(keep, "w").event().getPerson().getPhoneChange()).isEqualTo(PhoneChange.KEEP);
		assertThat(this.validator.validate(remove, "w").event().getPerson().getPhoneChange())
			.isEqualTo(PhoneChange.REMOVE);
		assertThat(this.validator.validate(hire, "w").event().getPerson().getPhoneChange())
			.isEqualTo(PhoneChange.REPLACE);
	}

}
