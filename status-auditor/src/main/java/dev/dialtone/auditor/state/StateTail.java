package dev.dialtone.auditor.state;

import java.time.Duration;

/**
 * The tail of the compacted state topics every instance reads: lets a decision that must
 * not race another instance's write (raising an incident) first read a topic up to now.
 */
public interface StateTail {

	/**
	 * Waits, at most {@code limit}, until every record written to {@code topic} before
	 * this call has been applied.
	 * @return false when the end could not be reached (Kafka unreachable, too slow)
	 */
	boolean catchUp(String topic, Duration limit);

}
