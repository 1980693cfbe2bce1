package dev.dialtone.zoom.simulator.ratelimit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Zoom's "lock-key" concurrency limit: one in-flight operation per key (e.g. one DELETE
 * per user).
 */
@Component
public class LockKeys {

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	public boolean tryLock(String key) {
		return this.held.add(key);
	}

	public void unlock(String key) {
		this.held.remove(key);
	}

}
