package dev.dialtone.producer.scim;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Tag("fast")
class ScimPatchTests {

	final JsonMapper json = JsonMapper.builder().build();

	final ObjectNode user = (ObjectNode) this.json.readTree("""
			{"userName":"ada@corp.example","active":true,"name":{"givenName":"Ada"},
			 "emails":[{"type":"work","value":"ada@corp.example","primary":true}]}""");

	JsonNode patch(String operations) {
		return this.json.readTree("{\"schemas\":[\"" + ScimSchemas.PATCH + "\"],\"Operations\":" + operations + "}");
	}

	@Test
	void shouldApplyEntraCapitalisedOpsWithFilterPathsAndStringBooleans() {
		ObjectNode patched = ScimPatch.apply(this.user,
				patch("""
						[{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"ada.l@corp.example"},
						 {"op":"Add","path":"phoneNumbers[type eq \\"work\\"].value","value":"+1 212 555 0100"},
						 {"op":"Replace","path":"name.familyName","value":"Lovelace"},
						 {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"E7"},
						 {"op":"Replace","path":"active","value":"False"}]"""));

		assertThat(ScimUserMapper.email(patched)).isEqualTo("ada.l@corp.example");
		assertThat(patched.at("/phoneNumbers/0/value").asString()).isEqualTo("+1 212 555 0100");
		assertThat(patched.at("/name/familyName").asString()).isEqualTo("Lovelace");
		assertThat(patched.get(ScimSchemas.ENTERPRISE).get("employeeNumber").asString()).isEqualTo("E7");
		assertThat(patched.get("active").isBoolean()).isTrue();
		assertThat(patched.get("active").asBoolean()).isFalse();
		assertThat(this.user.get("active").asBoolean()).as("the stored user is not modified").isTrue();
	}

	@Test
	void shouldApplyPathlessValuesIncludingExtensionObjectsAndRemove() {
		ObjectNode patched = ScimPatch.apply(this.user,
				patch("""
						[{"op":"replace","value":{"active":false,"title":"Countess",
						   "urn:dialtone:params:scim:schemas:extension:zoomphone:1.0:User":{"siteCode":"NYC","extension":"1234"}}},
						 {"op":"remove","path":"name.givenName"}]"""));

		assertThat(patched.get("active").asBoolean()).isFalse();
		assertThat(patched.get("title").asString()).isEqualTo("Countess");
		assertThat(patched.get(ScimSchemas.DIALTONE).get("extension").asString()).isEqualTo("1234");
		assertThat(patched.get("name").has("givenName")).isFalse();
	}

	@Test
	void shouldRejectUnknownOpsAndUnparseablePaths() {
		assertThatExceptionOfType(ScimException.class)
			.isThrownBy(() -> ScimPatch.apply(this.user, patch("[{\"op\":\"move\",\"path\":\"title\"}]")))
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo("invalidSyntax"));
		assertThatExceptionOfType(ScimException.class).isThrownBy(
				() -> ScimPatch.apply(this.user, patch("[{\"op\":\"add\",\"path\":\"emails[type ne 1\",\"value\":1}]")))
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo("invalidPath"));
	}

	@Test
	void shouldDropPasswordsAndRefuseActiveValuesThatAreNotBooleans() {
		ObjectNode patched = ScimPatch.apply(this.user, patch("""
				[{"op":"add","path":"password","value":"s3cret"},{"op":"replace","value":{"PASSWORD":"s3cret"}}]"""));

		assertThat(patched.toString()).doesNotContainIgnoringCase("password");
		for (String value : new String[] { "1", "\"yes\"", "null", "{}" }) {
			assertThatExceptionOfType(ScimException.class)
				.isThrownBy(() -> ScimPatch.apply(this.user,
						patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":" + value + "}]")))
				.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo("invalidValue"));
		}
		assertThat(ScimPatch.apply(this.user, patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"TRUE\"}]"))
			.get("active")
			.booleanValue()).isTrue();
	}

	@Test
	void shouldTellWhetherAPatchTouchesThePhone() {
		assertThat(ScimPatch.touchesPhone(patch("[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}]")))
			.isFalse();
		assertThat(
				ScimPatch.touchesPhone(patch("[{\"op\":\"remove\",\"path\":\"phoneNumbers[type eq \\\"work\\\"]\"}]")))
			.isTrue();
		assertThat(ScimPatch.touchesPhone(
				patch("[{\"op\":\"add\",\"value\":{\"" + ScimSchemas.DIALTONE + "\":{\"siteCode\":\"NYC\"}}}]")))
			.isTrue();
	}

}
