package dev.dialtone.zoom.simulator.phone;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /phone/users/batch} ("Batch add users", MEDIUM): up to 10 active users
 * become phone users; 201 lists the users added.
 */
@RestController
class PhoneBatchController {

	private final PhoneBatchAddition addition;

	PhoneBatchController(PhoneBatchAddition addition) {
		this.addition = addition;
	}

	@PostMapping("/v2/phone/users/batch")
	ResponseEntity<List<Map<String, Object>>> batchAdd(@RequestBody(required = false) Map<String, Object> body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.addition.add(BatchEntry.parse(body)));
	}

}
