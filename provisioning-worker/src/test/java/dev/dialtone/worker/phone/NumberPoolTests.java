package dev.dialtone.worker.phone;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.zoom.client.phone.PhoneNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class NumberPoolTests {

	@Test
	void handsEachUnassignedNumberOutOnceAndRefetchesOnlyWhenDry() {
		NumberPool pool = new NumberPool();
		AtomicInteger fetches = new AtomicInteger();
		List<PhoneNumber> page = List.of(number("+12125550001", false), number("+12125550002", false),
				number("+12125550003", true));
		Set<String> handedOut = new HashSet<>();
		for (int i = 0; i < 2; i++) {
			handedOut.add(pool.next("site-1", () -> {
				fetches.incrementAndGet();
				return page;
			}));
		}
		assertThat(handedOut).containsExactlyInAnyOrder("+12125550001", "+12125550002");
		assertThat(fetches).hasValue(1);
		assertThat(pool.next("site-1", List::of)).isNull();
	}

	private static PhoneNumber number(String e164, boolean assigned) {
		PhoneNumber.Assignee assignee = assigned ? new PhoneNumber.Assignee("u1", "x", 1000L, "user") : null;
		return new PhoneNumber("id" + e164, e164, "available", "toll", "internal", null, assignee);
	}

}
