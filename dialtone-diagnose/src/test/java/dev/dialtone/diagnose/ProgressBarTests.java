package dev.dialtone.diagnose;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ProgressBarTests {

	@Test
	void showsCountRateAndTimeLeft() {
		ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), true);
		bar.start("pending users");
		assertThat(bar.line(600, 2000, Duration.ofSeconds(10)))
			.isEqualTo("pending users [=========>                    ] 600/2000  60/s  ETA 24s");
		assertThat(bar.line(2000, 2000, Duration.ofSeconds(20))).endsWith("2000/2000  100/s  ETA 0s");
		assertThat(bar.line(60, 6000, Duration.ofSeconds(1))).endsWith("ETA 1m39s");
	}

	@Test
	void drawsNothingWhenStderrIsNoTerminal() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), false);
		bar.start("pending users");
		bar.update(1, 2);
		bar.finish(2, 2);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

}
