package dev.dialtone.producer.scim;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.ownership.SourceGrant;
import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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

	private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d{1,100}\\s*");

	private final ScimUserService users;

	private final JsonMapper json;

	private final int maxPageSize;

	ScimUserController(ScimUserService users, JsonMapper json, ProducerProperties properties) {
		this.users = users;
		this.json = json;
		this.maxPageSize = properties.limits().scimPageSize();
	}

	@PostMapping
	ResponseEntity<ObjectNode> create(Authentication authentication, @RequestBody JsonNode body) {
		ScimUser user = this.users.create(SourceGrant.of(authentication), body);
		return ResponseEntity.created(URI.create(ScimResources.USERS_PATH + user.id())).body(user.resource());
	}

	@GetMapping("/{id}")
	ObjectNode get(@PathVariable String id) {
		return this.users.find(id).resource();
	}

	/**
	 * RFC 7644 §3.4.2.4: startIndex below 1 is read as 1, count below 0 as 0; count is
	 * capped at the page size the ServiceProviderConfig advertises, and any integer,
	 * however large, is an answer rather than an overflow.
	 */
	@GetMapping
	ObjectNode list(@RequestParam(required = false) String filter, @RequestParam(defaultValue = "1") String startIndex,
			@RequestParam(required = false) String count) {
		List<ScimUser> matches = (filter != null) ? filtered(filter) : this.users.all();
		long start = Math.max(integer("startIndex", startIndex), 1);
		long wanted = (count != null) ? Math.max(integer("count", count), 0) : this.maxPageSize;
		int from = (int) Math.min(start - 1, matches.size());
		int size = (int) Math.min(Math.min(wanted, this.maxPageSize), matches.size() - from);
		List<ScimUser> page = matches.subList(from, from + size);
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
	ObjectNode replace(Authentication authentication, @PathVariable String id, @RequestBody JsonNode body) {
		return this.users.replace(SourceGrant.of(authentication), id, body).resource();
	}

	@PatchMapping("/{id}")
	ObjectNode patch(Authentication authentication, @PathVariable String id, @RequestBody JsonNode body) {
		return this.users.patch(SourceGrant.of(authentication), id, body).resource();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Authentication authentication, @PathVariable String id) {
		this.users.delete(SourceGrant.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	/** An integer parameter, clamped to the long range instead of overflowing. */
	private static long integer(String name, String value) {
		if (!INTEGER.matcher(value).matches()) {
			throw ScimException.invalidValue(name + " must be an integer");
		}
		String digits = value.strip();
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
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
