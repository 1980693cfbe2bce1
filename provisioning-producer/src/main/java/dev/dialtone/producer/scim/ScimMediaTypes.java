package dev.dialtone.producer.scim;

final class ScimMediaTypes {

	static final String SCIM_JSON = "application/scim+json";

	private ScimMediaTypes() {
	}

}
