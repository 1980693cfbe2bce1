package dev.dialtone.worker.deadletter;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The re-drive command: {@code POST /actuator/deadletters} re-publishes the identity DLT
 * to the identity topic.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

	private final DeadLetterRedriver redriver;

	DeadLetterEndpoint(DeadLetterRedriver redriver) {
		this.redriver = redriver;
	}

	@WriteOperation
	public Map<String, Object> redrive() {
		return Map.of("redriven", this.redriver.redrive());
	}

}
