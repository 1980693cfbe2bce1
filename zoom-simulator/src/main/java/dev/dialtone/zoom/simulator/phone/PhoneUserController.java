package dev.dialtone.zoom.simulator.phone;

import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Zoom Phone user endpoints: profile (extension, site), calling plans, phone numbers. */
@RestController
@RequestMapping("/v2/phone/users/{userId}")
class PhoneUserController {

	private final PhoneUsers phoneUsers;

	private final PhoneAssignments assignments;

	private final CallingPlanAssignments callingPlans;

	private final PhoneViews views;

	PhoneUserController(PhoneUsers phoneUsers, PhoneAssignments assignments, CallingPlanAssignments callingPlans,
			PhoneViews views) {
		this.phoneUsers = phoneUsers;
		this.assignments = assignments;
		this.callingPlans = callingPlans;
		this.views = views;
	}

	@GetMapping
	Map<String, Object> get(@PathVariable String userId) {
		return this.views.user(this.phoneUsers.require(userId));
	}

	@PatchMapping
	ResponseEntity<Void> update(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.assignments.updateProfile(this.phoneUsers.require(userId), body);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/calling_plans")
	ResponseEntity<Void> assignPlans(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.callingPlans.assign(this.phoneUsers.require(userId), list(body.get("calling_plans"), "calling_plans"));
		return ResponseEntity.ok().build();
	}

	@PutMapping("/calling_plans")
	ResponseEntity<Void> replacePlan(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		this.callingPlans.replace(this.phoneUsers.require(userId), body.get("source_type"), body.get("target_type"));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/calling_plans/{planType}")
	ResponseEntity<Void> removePlan(@PathVariable String userId, @PathVariable String planType) {
		this.callingPlans.remove(this.phoneUsers.require(userId), planType);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/phone_numbers")
	Map<String, Object> assignNumbers(@PathVariable String userId, @RequestBody Map<String, Object> body) {
		List<PhoneNumber> assigned = this.assignments.assignNumbers(
				this.phoneUsers.require(userId, "This user does not exist: "),
				list(body.get("phone_numbers"), "phone_numbers"));
		return Map.of("phone_numbers", assigned.stream().map(PhoneViews::numberRef).toList());
	}

	@DeleteMapping("/phone_numbers/{phoneNumberId}")
	ResponseEntity<Void> unassignNumber(@PathVariable String userId, @PathVariable String phoneNumberId) {
		this.assignments.unassignNumber(this.phoneUsers.require(userId), phoneNumberId);
		return ResponseEntity.noContent().build();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value, String field) {
		if (!(value instanceof List<?> items) || items.stream().anyMatch((i) -> !(i instanceof Map))) {
			throw ZoomApiException.invalidField(field, "Invalid field.");
		}
		return (List<Map<String, Object>>) items;
	}

}
