package dev.dialtone.producer.ownership;

/**
 * A source asked for something its grant does not cover: an event type it may not send,
 * or an employee it did not introduce. Answered 403; nothing of the request is published.
 */
public class ActionForbiddenException extends RuntimeException {

	private final String employeeId;

	ActionForbiddenException(String employeeId, String message) {
		super(message);
		this.employeeId = employeeId;
	}

	public String employeeId() {
		return this.employeeId;
	}

}
