package dev.dialtone.auditor.web;

import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.zoom.MissingScopes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scopes the auditor's own Zoom calls are refused for right now, with what the admin
 * must do; the page shows them above the anomalies.
 */
@RestController
@RequestMapping("/api/v1")
class ZoomScopeController {

	private final MissingScopes scopes;

	ZoomScopeController(MissingScopes scopes) {
		this.scopes = scopes;
	}

	@GetMapping("/zoom/missing-scopes")
	List<Map<String, Object>> missingScopes() {
		return this.scopes.current()
			.stream()
			.map((r) -> Map.<String, Object>of("call", r.call(), "scope", r.scope(), "acceptedScopes",
					r.acceptedScopes(), "firstSeen", r.firstSeen().toString(), "lastSeen", r.lastSeen().toString(),
					"count", r.count(), "advice", r.advice()))
			.toList();
	}

}
