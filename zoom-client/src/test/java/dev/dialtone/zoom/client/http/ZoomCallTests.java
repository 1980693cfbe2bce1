package dev.dialtone.zoom.client.http;

import dev.dialtone.zoom.client.ZoomEndpoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@Tag("fast")
class ZoomCallTests {

	@Test
	void fillsPathVariablesInOrderAndEncodesThem() {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.REMOVE_PHONE_NUMBER, "ada lovelace@corp.example", "+12125550100");
		assertThat(call.pathAndQuery())
			.isEqualTo("/phone/users/ada%20lovelace%40corp.example/phone_numbers/%2B12125550100");
	}

	@Test
	void skipsNullQueryParametersAndEncodesTheRest() {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.LIST_PHONE_NUMBERS)
			.query("type", "unassigned")
			.query("site_id", null)
			.query("next_page_token", "a+b=");
		assertThat(call.pathAndQuery()).isEqualTo("/phone/numbers?type=unassigned&next_page_token=a%2Bb%3D");
	}

	@Test
	void rejectsMissingPathValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> ZoomCall.to(ZoomEndpoint.GET_USER).pathAndQuery());
		assertThatIllegalArgumentException().isThrownBy(() -> ZoomCall.to(ZoomEndpoint.GET_USER, "").pathAndQuery());
	}

}
