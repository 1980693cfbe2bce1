package dev.dialtone.local;

import dev.dialtone.platform.RepositoryLayout;
import dev.dialtone.zoom.simulator.ZoomSimulator;

/**
 * A local stack started for one test class, with a tally of what it produced and a handle
 * on its Zoom simulator; each class gets its own logs under
 * {@code dialtone-local/target/<logs>}.
 */
final class RunningStack implements AutoCloseable {

	private final LocalStack stack;

	private final PipelineTally tally;

	private RunningStack(LocalStack stack) {
		this.stack = stack;
		this.tally = new PipelineTally(stack.platform().bootstrapServers(), stack.platform().registryUrl());
	}

	static RunningStack start(String logs, StackOptions options) {
		return new RunningStack(LocalStack.start(LocalRun.demoSeed(),
				RepositoryLayout.root().resolve("dialtone-local/target/" + logs), options));
	}

	LocalStack stack() {
		return this.stack;
	}

	PipelineTally tally() {
		return this.tally;
	}

	/**
	 * The simulator as an observer (its secrets are not readable from a running
	 * simulator).
	 */
	ZoomSimulator zoom() {
		return ZoomSimulator.attach(this.stack.simulator().url());
	}

	ProducerApi producer() {
		return new ProducerApi(this.stack.producer().url(), LocalStack.PRODUCER_TOKEN);
	}

	@Override
	public void close() {
		this.tally.close();
		this.stack.close();
	}

}
