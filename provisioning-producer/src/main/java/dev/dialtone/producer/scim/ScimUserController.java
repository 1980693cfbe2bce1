package dev.dialtone.producer.scim;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SCIM 2.0 Users endpoint (RFC 7644) for Entra ID and Okta provisioning. */
// SCIM is specified by RFC 7644 and self-described by /Schemas; swagger-core cannot model
// Jackson 3 trees anyway
@Hidden
@RestController
@RequestMapping(path = "/scim/v2/Users", produces = { ScimMediaTypes.SCIM_JSON, "application/json" })
class ScimUserController {

	private static final Pattern EQ_FILTER = Pattern.compile("\\s*(userName|externalId|id)\\s+eq\\s+\"(.*)\"\\s*",
			Pattern.CASE_INSENSITIVE);

	private final ScimUserService users;

	private final JsonMapper json;

	ScimUserController(ScimUserService users, JsonMapper json) {
		this.users = users;
		this.json = json;
	}

	@PostMapping
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
		ScimUser user = this.users.create(body);
		return ResponseEntity.created(URI.create(ScimResources.USERS_PATH + user.id())).body(user.resource());
	}

	@GetMapping("/{id}")
	ObjectNode get(@PathVariable String id) {
		return this.users.find(id).resource();
	}

	@GetMapping
	ObjectNode list(@RequestParam(required = false) String filter, @RequestParam(defaultValue = "1") int startIndex,
			@RequestParam(defaultValue = "100") int count) {
		List<ScimUser> matches = (filter != null) ? filtered(filter) : this.users.all();
		int from = Math.min(Math.max(startIndex, 1) - 1, matches.size());
		List<ScimUser> page = matches.subList(from, Math.min(from + Math.max(count, 0), matches.size()));
		ObjectNode response = this.json.createObjectNode();
		response.putArray("schemas").add(ScimSchemas.LIST);
		response.put("totalResults", matches.size());
		response.put("startIndex", from + 1);
		response.put("itemsPerPage", page.size());
		ArrayNode resources = response.putArray("Resources");
		page.forEach((user) -> resources.add(user.resource()));
		return response;
	}

	@PutMapping("/{id}")
	ObjectNode replace(@PathVariable String id, @RequestBody JsonNode body) {
		return this.users.replace(id, body).resource();
	}

	@PatchMapping("/{id}")
	ObjectNode patch(@PathVariable String id, @RequestBody JsonNode body) {
		return this.users.patch(id, body).resource();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		this.users.delete(id);
		return ResponseEntity.noContent().build();
	}

	private List<ScimUser> filtered(String filter) {
		Matcher matcher = EQ_FILTER.matcher(filter);
		if (!matcher.matches()) {
			throw new ScimException(400, "invalidFilter", "Supported filters: userName, externalId or id eq \"value\"");
		}
		String attribute = matcher.group(1).toLowerCase(Locale.ROOT);
		String value = matcher.group(2).replace("\\\"", "\"");
		if ("id".equals(attribute)) {
			return this.users.all().stream().filter((user) -> user.id().equals(value)).toList();
		}
		return this.users.findBy("userName".equalsIgnoreCase(attribute) ? "userName" : "externalId", value);
	}

}
