package dev.dialtone.worker.step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomEndpoint;

/**
 * Zoom refused a call because the Server-to-Server app lacks a scope. Nothing the event
 * or a retry can fix: the event ends FAILED {@code MISSING_SCOPE} naming the scope, and
 * the handlers' own failure handling (which would turn a failed phone step into
 * ACTIVE_PHONE_INCOMPLETE) does not apply, because the admin's fix is the same whatever
 * the step.
 */
public final class MissingScopeException extends ConcludedException {

	/** Fact naming the scope to add (the account-level one Zoom listed). */
	public static final String MISSING_SCOPE = "missingScope";

	/** Fact listing every scope Zoom named, any one of which admits the call. */
	public static final String ACCEPTED_SCOPES = "acceptedScopes";

	/** Fact naming the refused Zoom operation. */
	public static final String REFUSED_CALL = "refusedZoomCall";

	public MissingScopeException(String step, ZoomApiException failure) {
		super(conclusion(step, failure));
	}

	static Conclusion conclusion(String step, ZoomApiException failure) {
		List<String> named = failure.missingScopes();
		String scope = preferred(named);
		ZoomEndpoint endpoint = failure.endpoint();
		String call = (endpoint != null) ? endpoint.method() + " " + endpoint.pathTemplate() : "a Zoom call";
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(MISSING_SCOPE, scope);
		if (!named.isEmpty()) {
			facts.put(ACCEPTED_SCOPES, String.join(" ", named));
		}
		facts.put(REFUSED_CALL, call);
		String reason = "Zoom refused " + call + ((step != null) ? " (step " + step + ")" : "") + " with code "
				+ failure.zoomCode().map(String::valueOf).orElse("?")
				+ ": the Zoom Server-to-Server app lacks the scope " + scope
				+ (named.size() > 1 ? " (Zoom accepts any of " + String.join(", ", named) + ")" : "")
				+ ". Add it to the app in the Zoom App Marketplace (Manage > the Server-to-Server app > Scopes),"
				+ " then re-drive this event (it is dead-lettered: POST /actuator/deadletters on the worker).";
		return Conclusion.failed(FailureCause.MISSING_SCOPE, reason).withFacts(facts);
	}

	/**
	 * A Server-to-Server app holds account-level scopes: of the names Zoom lists, the one
	 * ending {@code :admin}.
	 */
	private static String preferred(List<String> named) {
		return named.stream()
			.filter((name) -> name.endsWith(":admin"))
			.findFirst()
			.orElse(named.isEmpty() ? "(Zoom named none; see the refused call)" : named.get(0));
	}

}
