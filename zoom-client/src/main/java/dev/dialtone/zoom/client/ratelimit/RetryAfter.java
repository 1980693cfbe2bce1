package dev.dialtone.zoom.client.ratelimit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses {@code Retry-After}: Zoom sends delay seconds on per-second limits and an ISO
 * date-time ({@code 2020-05-31T00:00:00Z}) on daily limits; the HTTP-date form is
 * accepted too.
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * @param value the header value, possibly null or blank
	 * @param now the time the response arrived
	 * @return the instant after which a retry may succeed, or empty when absent or
	 * unparseable
	 */
	public static Optional<Instant> parse(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.trim();
		try {
			double seconds = Double.parseDouble(text);
			if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
				return Optional.empty();
			}
			return Optional.of(now.plusMillis((long) Math.ceil(seconds * 1000)));
		}
		catch (NumberFormatException ex) {
			return parseDate(text);
		}
	}

	private static Optional<Instant> parseDate(String text) {
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant());
		}
		catch (DateTimeParseException ex) {
			// not ISO with offset; try the HTTP-date form below
		}
		try {
			return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
