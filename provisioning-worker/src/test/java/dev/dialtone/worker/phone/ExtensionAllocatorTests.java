package dev.dialtone.worker.phone;

import java.util.HashSet;
import java.util.Set;

import dev.dialtone.worker.config.WorkerProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("fast")
class ExtensionAllocatorTests {

	private final WorkerProperties.Site site = new WorkerProperties.Site("site-1", 1000, 1009, 200);

	@Test
	void startsFromTheSameCandidateForTheSameEmployee() {
		ExtensionAllocator allocator = new ExtensionAllocator(10);
		String first = allocator.allocate("E1001", this.site, (candidate) -> true);
		assertThat(allocator.allocate("E1001", this.site, (candidate) -> true)).isEqualTo(first);
		assertThat(Integer.parseInt(first)).isBetween(1000, 1009);
	}

	@Test
	void probesPastTakenExtensionsAndNeverHandsOutOneTwice() {
		ExtensionAllocator allocator = new ExtensionAllocator(10);
		Set<String> taken = new HashSet<>();
		for (int i = 0; i < 10; i++) {
			String extension = allocator.allocate("E" + i, this.site, taken::add);
			assertThat(extension).isNotNull();
		}
		assertThat(taken).hasSize(10);
		assertThatThrownBy(() -> allocator.allocate("E99", this.site, taken::add))
			.isInstanceOf(ExtensionAllocator.ExtensionsExhaustedException.class);
	}

}
