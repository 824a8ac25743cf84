package io.newsroute.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {

    @Test
    void shouldCheckAgainUntilTheConditionHolds() throws Exception {
        AtomicInteger checks = new AtomicInteger();

        boolean held = Poll.until(Duration.ofSeconds(30), Duration.ofMillis(1), () -> checks.incrementAndGet() == 3);

        assertThat(held).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void shouldReturnFalseOnceTheTimeoutHasPassed() throws Exception {
        AtomicInteger checks = new AtomicInteger();

        boolean held = Poll.until(Duration.ZERO, Duration.ofMillis(1), () -> checks.incrementAndGet() < 0);

        assertThat(held).isFalse();
        assertThat(checks).hasValue(1);
    }

    @Test
    void shouldPassOnTheChecksOwnException() {
        assertThatThrownBy(() -> Poll.until(Duration.ofSeconds(30), Duration.ofMillis(1), () -> {
                    throw new IOException("broken check");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("broken check");
    }

    @Test
    void shouldStopWaitingWhenInterrupted() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Poll.until(Duration.ofSeconds(30), Duration.ofMillis(1), () -> false))
                .isInstanceOf(InterruptedException.class);
    }
}
