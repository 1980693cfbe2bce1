package dev.dialtone.producer.scim;

/**
 * A SCIM protocol error, rendered as {@code urn:ietf:params:scim:api:messages:2.0:Error}.
 */
class ScimException extends RuntimeException {

	private final int status;

	private final String scimType;

	ScimException(int status, String scimType, String detail) {
		super(detail);
		this.status = status;
		this.scimType = scimType;
	}

	static ScimException invalidValue(String detail) {
		return new ScimException(400, "invalidValue", detail);
	}

	static ScimException notFound(String id) {
		return new ScimException(404, null, "Resource " + id + " not found");
	}

	int status() {
		return this.status;
	}

	String scimType() {
		return this.scimType;
	}

}
