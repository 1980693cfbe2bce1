package dev.dialtone.zoom.simulator.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signing:
 * {@code v0=hex(HMAC_SHA256(secret, "v0:" + timestamp + ":" + rawBody))}.
 */
public final class WebhookSigner {

	private WebhookSigner() {
	}

	public static String signature(String secretToken, String timestamp, String body) {
		return "v0=" + hmacHex(secretToken, "v0:" + timestamp + ":" + body);
	}

	/**
	 * The {@code encryptedToken} a receiver must answer to
	 * {@code endpoint.url_validation}.
	 */
	public static String hmacHex(String secretToken, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
