package dev.dialtone.producer.scim;

import tools.jackson.databind.node.ObjectNode;

/**
 * A provisioned SCIM user: its SCIM id, the immutable employee id it maps to, and the
 * last resource accepted.
 */
record ScimUser(String id, String employeeId, ObjectNode resource) {

	String userName() {
		return ScimJson.text(this.resource, "userName");
	}

	boolean active() {
		String active = ScimJson.text(this.resource, "active");
		return active == null || Boolean.parseBoolean(active);
	}

}
