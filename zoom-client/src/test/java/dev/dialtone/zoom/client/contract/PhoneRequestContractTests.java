package dev.dialtone.zoom.client.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.contract.RequestRecorder.Recorded;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.phone.ZoomPhone;
import dev.dialtone.zoom.client.ratelimit.ApiFamily;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request the client sends on the Zoom Phone paths validates against Zoom's
 * published Phone OpenAPI spec.
 */
class PhoneRequestContractTests {

	private static OpenApiInteractionValidator validator;

	private static RequestRecorder recorder;

	private static ZoomClient client;

	@BeforeAll
	static void start() {
		Set<String> paths = Arrays.stream(ZoomEndpoint.values())
			.filter((endpoint) -> endpoint.family() == ApiFamily.PHONE)
			.map(ZoomEndpoint::pathTemplate)
			.collect(Collectors.toSet());
		validator = OpenApiInteractionValidator.createForInlineApiSpecification(PhoneSpec.onlyPaths(paths))
			.withBasePathOverride("/v2")
			.build();
		recorder = new RequestRecorder();
		client = ZoomClient.create(
				ZoomClientProperties.of(recorder.baseUrl(), recorder.oauthUrl(), "acct", "id", "secret"),
				new SimpleMeterRegistry());
	}

	@AfterAll
	static void stop() {
		if (recorder != null) {
			recorder.close();
		}
	}

	@Test
	void everyPhoneOperationSendsRequestsZoomsSpecAccepts() {
		ZoomPhone phone = client.phone();
		String user = "ada.lovelace@corp.example";
		phone.getUser(user);
		phone.updateUser(user, new PhoneUserUpdate("1001", "site-nyc"));
		phone.updateUser(user, PhoneUserUpdate.extension("1002"));
		phone.listUsers(PhoneUserQuery.all().withSite("site-nyc").withKeyword("ada").page("tok-1"));
		phone.assignCallingPlans(user, List.of(200));
		phone.replaceCallingPlan(user, 100, 200);
		phone.removeCallingPlan(user, 200);
		phone.assignPhoneNumbers(user, List.of(PhoneNumberRef.ofNumber("+12125550100")));
		phone.assignPhoneNumbers(user, List.of(PhoneNumberRef.ofId("num-1")));
		phone.removePhoneNumber(user, "+12125550100");
		phone.removePhoneNumber(user, "num-1");
		phone.listNumbers(PhoneNumberQuery.unassigned("site-nyc").page("tok-2"));
		phone.listNumbers(PhoneNumberQuery.unassigned(null));
		phone.listNumbers(PhoneNumberQuery.assignedToUsers("site-nyc"));
		phone.listCallingPlans();
		phone.listSites(50, null);
		phone.batchAddUsers(List.of(
				new BatchPhoneUser(user, "Ada", "Lovelace", "1003", List.of("US/CA Unlimited"), "1", null,
						List.of("+12125550101")),
				new BatchPhoneUser("bo@corp.example", null, null, "1004", List.of(), null, "New York", null)));

		List<Recorded> apiCalls = recorder.requests().stream().filter((r) -> r.rawPath().startsWith("/v2/")).toList();
		assertThat(apiCalls).hasSize(17);
		assertThat(apiCalls).anySatisfy((recorded) -> assertThat(recorded.rawQuery()).contains("extension_type=user"));
		assertThat(apiCalls).allSatisfy((recorded) -> assertThat(validate(recorded).getMessages())
			.as("%s %s?%s %s", recorded.method(), recorded.rawPath(), recorded.rawQuery(), recorded.body())
			.isEmpty());
	}

	@Test
	void theTokenRequestIsTheServerToServerGrantWithBasicAuth() {
		recorder.clear();
		ZoomClient fresh = ZoomClient.create(
				ZoomClientProperties.of(recorder.baseUrl(), recorder.oauthUrl(), "acct 1", "id", "secret"),
				new SimpleMeterRegistry());
		fresh.phone().listCallingPlans();
		Recorded token = recorder.requests().get(0);
		assertThat(token.method()).isEqualTo("POST");
		assertThat(token.rawPath()).isEqualTo("/oauth/token");
		assertThat(token.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(token.body()).isEqualTo("grant_type=account_credentials&account_id=acct+1");
		assertThat(token.header("Authorization")).isEqualTo("Basic aWQ6c2VjcmV0");
		assertThat(recorder.requests().get(1).header("Authorization")).isEqualTo("Bearer recorded");
	}

	@Test
	void theValidatorRejectsRequestsZoomsSpecDoesNot() {
		Recorded tooLargePage = new Recorded("GET", "/v2/phone/numbers", "type=unassigned&page_size=500", Map.of(), "");
		Recorded wrongPlanType = new Recorded("POST", "/v2/phone/users/u1/calling_plans", null,
				Map.of("Content-Type", List.of("application/json")), "{\"calling_plans\":[{\"type\":\"unlimited\"}]}");
		Recorded unknownType = new Recorded("GET", "/v2/phone/numbers", "type=free", java.util.Map.of(), "");
		assertThat(List.of(tooLargePage, wrongPlanType, unknownType))
			.allSatisfy((recorded) -> assertThat(validate(recorded).hasErrors()).isTrue());
	}

	private static ValidationReport validate(Recorded recorded) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(recorded.method()),
				recorded.rawPath());
		recorded.headers().forEach(request::withHeader);
		if (recorded.rawQuery() != null) {
			for (String pair : recorded.rawQuery().split("&")) {
				String[] nameValue = pair.split("=", 2);
				request.withQueryParam(decode(nameValue[0]), decode(nameValue[1]));
			}
		}
		if (!recorded.body().isEmpty()) {
			request.withBody(recorded.body());
		}
		return validator.validateRequest(request.build());
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
