package dev.dialtone.producer.csv;

import java.util.function.Consumer;

import dev.dialtone.contracts.IdentityEvent;

/** Where the import sends events; acknowledgement and failure arrive asynchronously. */
interface EventSink extends AutoCloseable {

	void send(IdentityEvent event, Runnable onAcknowledged, Consumer<Exception> onFailed);

	/** Blocks until every event sent so far is acknowledged or failed. */
	void flush();

	@Override
	void close();

}
