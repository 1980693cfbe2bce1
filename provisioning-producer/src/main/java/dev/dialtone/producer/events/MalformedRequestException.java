package dev.dialtone.producer.events;

/** The body could not be read as the endpoint's JSON shape at all. */
class MalformedRequestException extends RuntimeException {

	MalformedRequestException(String message) {
		super(message);
	}

}
