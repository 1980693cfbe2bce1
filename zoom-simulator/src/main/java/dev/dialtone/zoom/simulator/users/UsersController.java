package dev.dialtone.zoom.simulator.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.zoom.simulator.api.PageTokens;
import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zoom's Users API: create, get (by id or email), list by status, update, status, delete,
 * email check.
 */
@RestController
@RequestMapping("/v2/users")
class UsersController {

	private final UserStore users;

	private final UserCreation creation;

	private final UserLifecycle lifecycle;

	private final UserUpdates updates;

	private final EmailChange emailChange;

	private final CurrentSeed seed;

	UsersController(UserStore users, UserCreation creation, UserLifecycle lifecycle, UserUpdates updates,
			EmailChange emailChange, CurrentSeed seed) {
		this.emailChange = emailChange;
		this.users = users;
		this.creation = creation;
		this.lifecycle = lifecycle;
		this.updates = updates;
		this.seed = seed;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@RequestBody CreateUserRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(UserViews.created(this.creation.create(request)));
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) String status,
			@RequestParam(name = "include_fields", required = false) String includeFields,
			@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) String nextPageToken) {
		UserStatus wanted = (status != null) ? UserStatus.fromWire(status) : UserStatus.ACTIVE;
		if (wanted == null) {
			throw ZoomApiException.invalidField("status", "Invalid field.");
		}
		Set<String> extra = UserViews.includeFields(includeFields);
		List<SimUser> all = this.users.list(wanted);
		int size = PageTokens.pageSize(pageSize, 30, 300);
		int offset = PageTokens.offset(nextPageToken, 300);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("page_count", (all.size() + size - 1) / size);
		body.put("page_number", offset / size + 1);
		body.put("page_size", size);
		body.put("total_records", all.size());
		body.put("next_page_token", PageTokens.next(offset, size, all.size()));
		body.put("users", PageTokens.slice(all, offset, size).stream().map((u) -> UserViews.listed(u, extra)).toList());
		return body;
	}

	@GetMapping("/email")
	Map<String, Object> emailCheck(@RequestParam(required = false) String email) {
		if (email == null || email.isBlank()) {
			throw ZoomApiException.badRequest(300, "Email is required.");
		}
		SimUser user = this.users.find(email);
		boolean visible = user != null && (this.seed.get().behaviour().emailCheckIncludesSsoUsers()
				|| !user.loginTypes().equals(List.of(UserCreation.LOGIN_SSO)));
		return Map.of("existed_email", visible);
	}

	@GetMapping("/{userId}")
	Map<String, Object> get(@PathVariable String userId) {
		return UserViews.full(this.users.require(userId), this.seed.get().account().id());
	}

	@PatchMapping("/{userId}")
	ResponseEntity<Void> update(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.updates.update(this.users.require(userId), body);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{userId}/status")
	ResponseEntity<Void> status(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.lifecycle.changeStatus(this.users.require(userId), String.valueOf(body.get("action")));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{userId}/email")
	ResponseEntity<Void> email(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.emailChange.change(this.users.require(userId), body.get("email"));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{userId}")
	ResponseEntity<Void> delete(@PathVariable String userId, @RequestParam(required = false) String action) {
		this.lifecycle.remove(this.users.require(userId), action);
		return ResponseEntity.noContent().build();
	}

}
