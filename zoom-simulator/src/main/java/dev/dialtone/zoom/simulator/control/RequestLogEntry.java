package dev.dialtone.zoom.simulator.control;

import java.time.Instant;

/**
 * One Zoom API or OAuth call as the simulator saw it; {@code status} 0 means the
 * connection was dropped.
 */
public record RequestLogEntry(Instant timestamp, String method, String path, String query, String endpoint, int status,
		String body) {
}
