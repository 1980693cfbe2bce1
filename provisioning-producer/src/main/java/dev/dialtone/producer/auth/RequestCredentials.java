package dev.dialtone.producer.auth;

import java.util.function.Supplier;

/**
 * What a request presents: the raw headers involved in authentication and, read only if a
 * signature has to be checked, the exact body bytes.
 */
record RequestCredentials(String source, String authorization, String timestamp, String signature,
		Supplier<byte[]> body) {

	public static final String SOURCE_HEADER = "X-Dialtone-Source";

	public static final String TIMESTAMP_HEADER = "X-Dialtone-Timestamp";

	public static final String SIGNATURE_HEADER = "X-Dialtone-Signature";

	public RequestCredentials(String source, String authorization, String timestamp, String signature, byte[] body) {
		this(source, authorization, timestamp, signature, () -> body);
	}

	String bearerToken() {
		return bearerToken(this.authorization);
	}

	static String bearerToken(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return authorization.substring(7).strip();
	}

}
