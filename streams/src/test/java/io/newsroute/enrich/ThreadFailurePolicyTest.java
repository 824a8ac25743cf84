package io.newsroute.enrich;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    private final AtomicLong now = new AtomicLong();
    private final ThreadFailurePolicy policy = new ThreadFailurePolicy(2, Duration.ofMinutes(1), now::get);

    @Test
    void shouldShutTheClientDownOnAFatalErrorWrappedByStreams() {
        StreamsException e = new StreamsException(
                "Error encountered sending record",
                new TopicAuthorizationException("not authorised to write news.articles.enriched"));

        assertThat(policy.onFailure(e)).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(policy.onFailure(new OutOfMemoryError("heap"))).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(policy.replaced()).isZero();
    }

    @Test
    void shouldReplaceAThreadAfterATransientFailureButNotForever() {
        StreamsException e = new StreamsException("task failed", new IllegalStateException("boom"));

        assertThat(policy.onFailure(e)).isEqualTo(REPLACE_THREAD);
        assertThat(policy.onFailure(e)).isEqualTo(REPLACE_THREAD);
        assertThat(policy.onFailure(e)).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(policy.replaced()).isEqualTo(2);
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        StreamsException e = new StreamsException("task failed");
        policy.onFailure(e);
        policy.onFailure(e);
        now.addAndGet(Duration.ofMinutes(2).toNanos());

        assertThat(policy.onFailure(e)).isEqualTo(REPLACE_THREAD);
    }
}
