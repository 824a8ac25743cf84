package io.newsroute.enrich;

import io.newsroute.common.time.Poll;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;

/** Waiting on a Kafka Streams application's state, for the enrich and trends applications. Reads no topic. */
public final class StreamsStates {

    private static final Duration PACE = Duration.ofMillis(50);

    private StreamsStates() {}

    /**
     * Waits until {@code streams} is running.
     *
     * @throws IllegalStateException if it stops (ERROR, NOT_RUNNING) or is not running after {@code timeout}
     */
    public static void awaitRunning(KafkaStreams streams, Duration timeout, String name) throws InterruptedException {
        boolean running = Poll.until(timeout, PACE, () -> {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException(name + " stopped: " + state);
            }
            return state == KafkaStreams.State.RUNNING;
        });
        if (!running) {
            throw new IllegalStateException(name + " not running after " + timeout + ": " + streams.state());
        }
    }
}
