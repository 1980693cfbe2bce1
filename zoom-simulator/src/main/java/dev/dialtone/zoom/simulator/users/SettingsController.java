package dev.dialtone.zoom.simulator.users;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PATCH /users/{id}/settings}; only the parts Dialtone touches
 * (feature.zoom_phone) are modelled.
 */
@RestController
@RequestMapping("/v2/users/{userId}/settings")
class SettingsController {

	private final UserStore users;

	private final UserUpdates updates;

	SettingsController(UserStore users, UserUpdates updates) {
		this.users = users;
		this.updates = updates;
	}

	@GetMapping
	Map<String, Object> get(@PathVariable String userId) {
		SimUser user = this.users.require(userId);
		synchronized (user) {
			UserUpdates.requireSettingsAccess(user);
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("meeting_capacity", 300);
			feature.put("large_meeting", false);
			feature.put("webinar", false);
			feature.put("zoom_phone", user.zoomPhone);
			Map<String, Object> settings = new LinkedHashMap<>();
			settings.put("schedule_meeting", Map.of("host_video", true, "participants_video", true));
			settings.put("in_meeting", Map.of("chat", true, "screen_sharing", true));
			settings.put("feature", feature);
			return settings;
		}
	}

	@PatchMapping
	ResponseEntity<Void> update(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.updates.updateSettings(this.users.require(userId), body);
		return ResponseEntity.noContent().build();
	}

}
