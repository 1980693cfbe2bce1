package dev.dialtone.worker.phone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import org.apache.kafka.common.utils.Utils;

/**
 * Splits a site's extensions and numbers into one slice per identity-topic partition. An
 * employee keyed to partition p is offered slice p first; Kafka gives a partition to one
 * consumer at a time, so two workers never offer the same candidate at the same moment.
 * Every worker computes the same slices from the value alone (no coordination).
 */
final class CandidateSlices {

	private CandidateSlices() {
	}

	/**
	 * Extensions are dealt round-robin: the range's n-th extension is in slice n mod P.
	 */
	static int ofExtension(int extension, int rangeFrom, int partitions) {
		return Math.floorMod(extension - rangeFrom, partitions);
	}

	/**
	 * Numbers come and go (Zoom's list is not stable), so a number's slice is a hash of
	 * its digits, the same whatever else is listed.
	 */
	static int ofNumber(String number, int partitions) {
		CRC32 crc = new CRC32();
		crc.update(number.replaceAll("[^0-9]", "").getBytes(StandardCharsets.UTF_8));
		return (int) Math.floorMod(crc.getValue(), (long) partitions);
	}

	/** The partition Kafka's default partitioner puts the employee's events on. */
	static int ofEmployee(String employeeId, int partitions) {
		return Utils.toPositive(Utils.murmur2(employeeId.getBytes(StandardCharsets.UTF_8))) % partitions;
	}

	/**
	 * The slices a candidate for the employee is taken from, in order: the employee's own
	 * partition, then the other partitions this worker owns (lanes of one worker are kept
	 * apart by the pool's in-process reservations).
	 */
	static List<Integer> preference(String employeeId, Set<Integer> owned, int partitions) {
		List<Integer> order = new ArrayList<>();
		order.add(ofEmployee(employeeId, partitions));
		owned.stream().sorted().filter((p) -> !order.contains(p)).forEach(order::add);
		return order;
	}

	/** Every slice, for borrowing once the worker's own are used up. */
	static List<Integer> all(int partitions) {
		List<Integer> order = new ArrayList<>();
		for (int p = 0; p < partitions; p++) {
			order.add(p);
		}
		return order;
	}

}
