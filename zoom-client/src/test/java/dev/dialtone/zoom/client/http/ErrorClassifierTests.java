package dev.dialtone.zoom.client.http;

import dev.dialtone.zoom.client.ZoomErrorKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ErrorClassifierTests {

	@ParameterizedTest(name = "HTTP {0} code {1} -> {2}, retryable {3}")
	@CsvSource(nullValues = "null",
			value = { "429, 429, RATE_LIMITED, true", "500, null, SERVER_ERROR, true", "503, null, SERVER_ERROR, true",
					"409, 1005, ALREADY_EXISTS, false", "400, 1005, ALREADY_EXISTS, false",
					"409, null, ALREADY_EXISTS, false", "404, 1001, NOT_FOUND, false", "400, 1001, NOT_FOUND, false",
					"404, 2001, NOT_FOUND, false", "401, 124, UNAUTHORIZED, false", "403, 2031, FORBIDDEN, false",
					"400, 2002, REJECTED, false", "400, 1000, REJECTED, false", "400, 300, REJECTED, false",
					"400, 4711, MISSING_SCOPE, false", "401, 4711, MISSING_SCOPE, false",
					"403, 4711, MISSING_SCOPE, false", "400, 4700, MISSING_SCOPE, false" })
	void classifiesStatusAndZoomCode(int status, Integer code, ZoomErrorKind kind, boolean retryable) {
		assertThat(ErrorClassifier.classify(status, code)).isEqualTo(kind);
		assertThat(kind.retryable()).isEqualTo(retryable);
	}

	@Test
	void timeoutsConnectionFailuresAndAnEmptyLocalBudgetAreRetryable() {
		assertThat(ZoomErrorKind.TIMEOUT.retryable()).isTrue();
		assertThat(ZoomErrorKind.CONNECTION_FAILED.retryable()).isTrue();
		assertThat(ZoomErrorKind.BUDGET_EXHAUSTED.retryable()).isTrue();
		assertThat(ZoomErrorKind.INVALID_RESPONSE.retryable()).isFalse();
	}

	@Test
	void a401OrCode124MeansTheTokenWasRejected() {
		assertThat(ErrorClassifier.isTokenRejected(401, null)).isTrue();
		assertThat(ErrorClassifier.isTokenRejected(400, 124)).isTrue();
		assertThat(ErrorClassifier.isTokenRejected(400, 4711)).isFalse();
		assertThat(ErrorClassifier.isTokenRejected(401, 4711)).as("a scope refusal is not renewed").isFalse();
	}

	@Test
	void tellsALockKeyLimitFromTheAccountBudget() {
		assertThat(ErrorClassifier.isConcurrencyLimit(
				"Too many concurrent requests. A request to disassociate this user has already been made."))
			.isTrue();
		assertThat(ErrorClassifier
			.isConcurrencyLimit("You have reached the maximum per-second rate limit for this API. Try again later."))
			.isFalse();
	}

}
