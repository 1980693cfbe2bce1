package dev.dialtone.producer.auth;

/**
 * What a request presents: the raw headers involved in authentication and the exact body
 * bytes.
 */
public record RequestCredentials(String source, String authorization, String timestamp, String signature, byte[] body) {

	public static final String SOURCE_HEADER = "X-Dialtone-Source";

	public static final String TIMESTAMP_HEADER = "X-Dialtone-Timestamp";

	public static final String SIGNATURE_HEADER = "X-Dialtone-Signature";

	String bearerToken() {
		if (this.authorization == null || !this.authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return this.authorization.substring(7).strip();
	}

}
