package dev.dialtone.zoom.client.sim;

import java.util.ArrayList;
import java.util.List;

import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.UserPage;
import dev.dialtone.zoom.client.users.UserQuery;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserListingSimulatorTests {

	@Test
	void listsUsersByStatusAcrossPages() {
		ZoomClient zoom = Simulator.client(Simulator.unlimited(), new SimpleMeterRegistry());
		for (int i = 0; i < 5; i++) {
			zoom.users().create(CreateUserRequest.ssoCreate("active" + i + "@corp.example", "A", "User" + i));
		}
		zoom.users().create(CreateUserRequest.ssoCreate("pending@acquired.example", "P", "User"));
		List<String> emails = new ArrayList<>();
		UserQuery query = new UserQuery(UserStatus.ACTIVE, 2, null);
		int pages = 0;
		UserPage page;
		do {
			page = zoom.users().list(query).body();
			page.users().stream().map(ZoomUser::email).forEach(emails::add);
			query = query.page(page.nextPageToken());
			pages++;
		}
		while (page.hasNext() && pages < 10);
		assertThat(pages).isEqualTo(3);
		assertThat(emails).hasSize(5).allMatch((email) -> email.startsWith("active"));
		assertThat(zoom.users().list(UserQuery.byStatus(UserStatus.PENDING)).body().users())
			.extracting(ZoomUser::status)
			.containsExactly(UserStatus.PENDING);
	}

}
