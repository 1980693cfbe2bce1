package dev.dialtone.producer.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The v1 request signature: {@code v1=hex(HMAC_SHA256(secret, timestamp + "." + body))}.
 */
public final class HmacSignature {

	private HmacSignature() {
	}

	public static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) '.');
			return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every JRE", ex);
		}
	}

	/**
	 * Constant-time comparison so the response time leaks nothing about how much of a
	 * guess was right.
	 */
	static boolean matches(String expected, String presented) {
		return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				presented.strip().getBytes(StandardCharsets.UTF_8));
	}

}
