package dev.dialtone.auditor.webhook;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ZoomSignatureTests {

	private final ZoomSignature signature = new ZoomSignature("s3cret", Duration.ofMinutes(5));

	private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

	private final String body = "{\"event\":\"user.activated\",\"payload\":{\"object\":{\"id\":\"u1\"}}}";

	@Test
	void acceptsZoomsSignatureOverTheRawBody() {
		String ts = String.valueOf(this.now.getEpochSecond());
		String sig = "v0=" + this.signature.hmac("v0:" + ts + ":" + this.body);
		assertThat(this.signature.verify(sig, ts, this.body, this.now)).isTrue();
	}

	@Test
	void rejectsATamperedBodyAWrongSecretAndAStaleTimestamp() {
		String ts = String.valueOf(this.now.getEpochSecond());
		String sig = "v0=" + this.signature.hmac("v0:" + ts + ":" + this.body);
		assertThat(this.signature.verify(sig, ts, this.body.replace("u1", "u2"), this.now)).isFalse();
		String other = "v0=" + new ZoomSignature("other", Duration.ofMinutes(5)).hmac("v0:" + ts + ":" + this.body);
		assertThat(this.signature.verify(other, ts, this.body, this.now)).isFalse();
		assertThat(this.signature.verify(sig, ts, this.body, this.now.plus(Duration.ofMinutes(6)))).isFalse();
		assertThat(this.signature.verify(null, ts, this.body, this.now)).isFalse();
	}

	@Test
	void timestampsOutsideAnyRealRangeAreRejectedNotThrown() {
		for (String ts : new String[] { String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE), "-1", "0",
				"garbage", "", " ", "1e10", "99999999999999999999" }) {
			String sig = "v0=" + this.signature.hmac("v0:" + ts + ":" + this.body);
			assertThat(this.signature.verify(sig, ts, this.body, this.now)).as(ts).isFalse();
		}
	}

	@Test
	void anEmptySecretAcceptsNothing() {
		ZoomSignature unset = new ZoomSignature("", Duration.ofMinutes(5));
		String ts = String.valueOf(this.now.getEpochSecond());
		assertThat(unset.verify("v0=00", ts, "x", this.now)).isFalse();
	}

	@Test
	void urlValidationTokenIsTheHexHmacOfThePlainToken() {
		assertThat(this.signature.hmac("abc")).hasSize(64).matches("[0-9a-f]+");
	}

}
