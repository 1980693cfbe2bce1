package dev.dialtone.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short-lived command to completion, capturing stdout and stderr together.
 *
 * @param exitCode the process's exit code
 * @param output what it printed
 */
record Command(int exitCode, String output) {

	static Command run(Path workingDirectory, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true);
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			// read before waiting: a full pipe would block the child
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("timed out: " + command);
			}
			return new Command(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "exit " + this.exitCode + ":\n" + this.output;
	}

}
