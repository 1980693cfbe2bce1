package dev.dialtone.worker.support;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.phone.LineAllocator;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;

/**
 * Asks a {@link LineAllocator} which extension it would reserve for each of a few
 * employees (each handed back at once), keeping only employees whose extensions differ:
 * those draw from different slices, so hired concurrently each gets the predicted one
 * whatever order the lanes run in.
 */
public final class PredictedExtensions {

	private PredictedExtensions() {
	}

	/**
	 * @return employee id ({@code prefix-n}) → the extension the allocator would reserve
	 * for them now, {@code count} entries in id order
	 */
	public static Map<String, String> distinct(LineAllocator allocator, WorkerProperties.Site site, String prefix,
			int count) {
		Map<String, String> predicted = new TreeMap<>();
		Set<String> extensions = new HashSet<>();
		for (int i = 0; predicted.size() < count; i++) {
			String id = prefix + "-" + i;
			Steps steps = new Steps(false, RetryPolicy.none(), StepTimer.discarding());
			LineAllocator.Reservation reservation = allocator.reserveExtension(id, site, steps);
			allocator.release(reservation);
			if (extensions.add(reservation.value())) {
				predicted.put(id, reservation.value());
			}
		}
		return predicted;
	}

}
