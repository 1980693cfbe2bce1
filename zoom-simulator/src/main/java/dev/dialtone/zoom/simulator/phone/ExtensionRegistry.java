package dev.dialtone.zoom.simulator.phone;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * Which user holds each extension number; claims are atomic so two users can never share
 * one.
 */
@Component
public class ExtensionRegistry implements Seedable {

	private final Map<String, String> holders = new ConcurrentHashMap<>();

	@Override
	public void apply(Seed seed) {
		this.holders.clear();
	}

	/**
	 * Returns the holder after the attempt: {@code userId} on success, someone else on
	 * conflict.
	 */
	String claim(String extension, String userId) {
		String previous = this.holders.putIfAbsent(extension, userId);
		return (previous != null) ? previous : userId;
	}

	void release(String extension, String userId) {
		if (extension != null) {
			this.holders.remove(extension, userId);
		}
	}

	public Map<String, String> holders() {
		return new TreeMap<>(this.holders);
	}

}
