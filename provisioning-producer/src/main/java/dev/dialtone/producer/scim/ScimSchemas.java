package dev.dialtone.producer.scim;

/** Schema URNs Dialtone reads and writes. */
final class ScimSchemas {

	static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	/**
	 * Dialtone's own extension: site, extension, calling plan and number for Zoom Phone.
	 */
	static final String DIALTONE = "urn:dialtone:params:scim:schemas:extension:zoomphone:1.0:User";

	static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

	static final String[] EXTENSIONS = { ENTERPRISE, DIALTONE };

	private ScimSchemas() {
	}

}
