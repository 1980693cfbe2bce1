package dev.dialtone.zoom.simulator.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * A bounded, lock-free log of recent API calls (oldest dropped first) for tests to
 * inspect.
 */
@Component
public class RequestLog implements Seedable {

	private final ConcurrentLinkedDeque<RequestLogEntry> entries = new ConcurrentLinkedDeque<>();

	private final AtomicInteger size = new AtomicInteger();

	private volatile int capacity = 10_000;

	@Override
	public void apply(Seed seed) {
		this.capacity = seed.behaviour().requestLogCapacity();
		clear();
	}

	public void add(RequestLogEntry entry) {
		if (this.capacity <= 0) {
			return;
		}
		this.entries.addLast(entry);
		if (this.size.incrementAndGet() > this.capacity && this.entries.pollFirst() != null) {
			this.size.decrementAndGet();
		}
	}

	public List<RequestLogEntry> snapshot() {
		return new ArrayList<>(this.entries);
	}

	public void clear() {
		this.entries.clear();
		this.size.set(0);
	}

}
