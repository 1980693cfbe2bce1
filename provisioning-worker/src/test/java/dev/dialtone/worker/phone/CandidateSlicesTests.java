package dev.dialtone.worker.phone;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class CandidateSlicesTests {

	private static final int PARTITIONS = 12;

	@Test
	void everyExtensionOfTheRangeIsInExactlyOneSliceAndTheSlicesAreEven() {
		Map<Integer, Integer> sizes = new HashMap<>();
		for (int extension = 1000; extension <= 1999; extension++) {
			int slice = CandidateSlices.ofExtension(extension, 1000, PARTITIONS);
			assertThat(slice).isBetween(0, PARTITIONS - 1);
			sizes.merge(slice, 1, Integer::sum);
		}
		assertThat(sizes).hasSize(PARTITIONS);
		assertThat(sizes.values()).allSatisfy((size) -> assertThat(size).isBetween(83, 84));
	}

	@Test
	void aNumbersSliceDependsOnItsDigitsAloneSoEveryWorkerAgrees() {
		assertThat(CandidateSlices.ofNumber("+12125551000", PARTITIONS))
			.isEqualTo(CandidateSlices.ofNumber("+1 (212) 555-1000", PARTITIONS));
		Map<Integer, Integer> sizes = new HashMap<>();
		for (int i = 0; i < 1200; i++) {
			sizes.merge(CandidateSlices.ofNumber("+1212555" + (1000 + i), PARTITIONS), 1, Integer::sum);
		}
		assertThat(sizes).hasSize(PARTITIONS);
		assertThat(sizes.values()).allSatisfy((size) -> assertThat(size).isBetween(60, 140));
	}

	@Test
	void anEmployeesSliceIsThePartitionKafkaPutsTheirEventsOn() {
		for (int i = 0; i < 200; i++) {
			String employee = "E-" + i;
			assertThat(CandidateSlices.ofEmployee(employee, PARTITIONS))
				.isEqualTo(BuiltInPartitioner.partitionForKey(employee.getBytes(StandardCharsets.UTF_8), PARTITIONS));
		}
	}

	@Test
	void anEmployeeIsOfferedTheirOwnSliceFirstThenOnlyTheSlicesTheWorkerOwns() {
		String employee = "E-7";
		int own = CandidateSlices.ofEmployee(employee, PARTITIONS);
		Set<Integer> owned = Set.of(own, (own + 3) % PARTITIONS, (own + 6) % PARTITIONS);
		List<Integer> order = CandidateSlices.preference(employee, owned, PARTITIONS);
		assertThat(order.get(0)).isEqualTo(own);
		assertThat(order).containsExactlyInAnyOrderElementsOf(owned);
	}

	@Test
	void workersOwningDisjointPartitionsAreOfferedDisjointCandidates() {
		Set<Integer> first = Set.of(0, 1, 2, 3, 4, 5);
		Set<Integer> second = Set.of(6, 7, 8, 9, 10, 11);
		Set<Integer> firstSlices = new HashSet<>();
		Set<Integer> secondSlices = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String employee = "E-" + i;
			int partition = CandidateSlices.ofEmployee(employee, PARTITIONS);
			// an employee's events reach only the worker owning their partition
			if (first.contains(partition)) {
				firstSlices.addAll(CandidateSlices.preference(employee, first, PARTITIONS));
			}
			else {
				secondSlices.addAll(CandidateSlices.preference(employee, second, PARTITIONS));
			}
		}
		assertThat(firstSlices).isEqualTo(first);
		assertThat(secondSlices).isEqualTo(second);
	}

}
