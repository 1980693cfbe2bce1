package dev.dialtone.auditor.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signature:
 * {@code v0=hex(HMAC_SHA256(secret, "v0:" + timestamp + ":" + rawBody))}, and the
 * URL-validation answer {@code hex(HMAC_SHA256(secret, plainToken))}.
 */
public final class ZoomSignature {

	private static final long MAX_MILLIS = 100_000_000_000_000L;

	private final byte[] secret;

	private final Duration maxSkew;

	public ZoomSignature(String secretToken, Duration maxSkew) {
		this.secret = secretToken.getBytes(StandardCharsets.UTF_8);
		this.maxSkew = maxSkew;
	}

	/**
	 * @return true when the signature matches and the timestamp (seconds or millis) is
	 * recent enough
	 */
	public boolean verify(String signature, String timestamp, String rawBody, Instant now) {
		if (this.secret.length == 0 || signature == null || timestamp == null) {
			return false;
		}
		long value;
		try {
			value = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (value <= 0 || value > MAX_MILLIS) {
			// before 1970 or after the year 5138: nothing Zoom sends, and outside what
			// Instant arithmetic below may assume
			return false;
		}
		Instant at = (value > 100_000_000_000L) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
		if (Duration.between(at, now).abs().compareTo(this.maxSkew) > 0) {
			return false;
		}
		String expected = "v0=" + hmac("v0:" + timestamp + ":" + rawBody);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

	public String hmac(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
