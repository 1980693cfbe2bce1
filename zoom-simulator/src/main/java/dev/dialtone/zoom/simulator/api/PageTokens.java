package dev.dialtone.zoom.simulator.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque {@code next_page_token}s (an encoded offset) and page slicing shared by the list
 * endpoints.
 */
public final class PageTokens {

	private PageTokens() {
	}

	public static int offset(String token, int invalidCode) {
		if (token == null || token.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			return Integer.parseInt(decoded.substring("o:".length()));
		}
		catch (RuntimeException ex) {
			throw ZoomApiException.badRequest(invalidCode, "Invalid next page token.");
		}
	}

	public static int pageSize(Integer requested, int defaultSize, int max) {
		if (requested == null || requested <= 0) {
			return defaultSize;
		}
		return Math.min(requested, max);
	}

	/**
	 * The token for the page after {@code offset + size}, or "" when there is none (Zoom
	 * sends an empty string).
	 */
	public static String next(int offset, int size, int total) {
		int next = offset + size;
		if (next >= total) {
			return "";
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + next).getBytes(StandardCharsets.UTF_8));
	}

	public static <T> List<T> slice(List<T> all, int offset, int size) {
		if (offset >= all.size()) {
			return List.of();
		}
		return all.subList(offset, Math.min(all.size(), offset + size));
	}

}
