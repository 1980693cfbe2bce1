package dev.dialtone.zoom.simulator.users;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /users}. */
record CreateUserRequest(String action, @JsonProperty("user_info") UserInfo userInfo) {

	record UserInfo(String email, Integer type, @JsonProperty("first_name") String firstName,
			@JsonProperty("last_name") String lastName, @JsonProperty("display_name") String displayName,
			String password, Map<String, Object> feature) {
	}

}
