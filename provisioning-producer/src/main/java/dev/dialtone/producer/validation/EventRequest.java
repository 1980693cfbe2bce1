package dev.dialtone.producer.validation;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One HR change as a source system submits it; every intake (HTTP, SCIM, CSV) is mapped
 * to this shape so that validation and normalisation happen in exactly one place.
 */
@Schema(description = "One HR change for one person")
public record EventRequest(
		@Schema(description = "Optional client-chosen id; retries with the same id are published once. "
				+ "When absent, an id is derived from the source and the content.") String eventId,
		@Schema(description = "HIRE, UPDATE, TERMINATE or REHIRE", example = "HIRE") String type,
		@Schema(description = "ISO-8601 instant of the change in the source system; defaults to now",
				example = "2026-11-30T07:00:00Z") String occurredAt,
		String correlationId, Boolean dryRun, PersonRequest person) {

	/** The person as the source system wants them to be. */
	public record PersonRequest(String employeeId, String workEmail, String firstName, String lastName,
			String department, String jobTitle, String siteCode,
			@Schema(description = "yyyy-MM-dd", example = "2026-12-01") String effectiveDate, PhoneRequest phone) {
	}

	/**
	 * Desired Zoom Phone setup. Omitted on a HIRE or REHIRE: no line; omitted on an
	 * UPDATE: the line stays as it is; {@code {"remove": true}}: the line is taken away.
	 */
	public record PhoneRequest(
			@Schema(description = "Extension digits or \"allocate\"", example = "allocate") String extension,
			@Schema(description = "Zoom calling plan type code; omit for the site default",
					example = "200") String callingPlanType,
			@Schema(description = "E.164 number, \"allocate\" or \"none\"", example = "allocate") String number,
			@Schema(description = "true: take the line away (alone, without the other fields)") Boolean remove) {

		public PhoneRequest(String extension, String callingPlanType, String number) {
			this(extension, callingPlanType, number, null);
		}

		public static PhoneRequest removal() {
			return new PhoneRequest(null, null, null, true);
		}

		boolean isRemoval() {
			return Boolean.TRUE.equals(this.remove);
		}

	}

}
