package io.newsroute.app.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for Ctrl-C (SIGINT) or SIGTERM, then runs the given cleanup on the JVM's shutdown hook and lets
 * the waiting command return. Long-running commands ({@code broker}, {@code enrich}, {@code route},
 * {@code subscribe}) use it so everything they started is stopped on exit.
 */
public final class Shutdown {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch cleaned = new CountDownLatch(1);
    private final Thread hook;

    public Shutdown(Runnable onStop) {
        this.hook = new Thread(
                () -> {
                    stopped.countDown();
                    try {
                        onStop.run();
                    } finally {
                        cleaned.countDown();
                    }
                },
                "newsroute-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Blocks until a stop signal arrives. */
    public void await() throws InterruptedException {
        stopped.await();
        cleaned.await();
    }

    /** Waits up to {@code timeout} for a stop signal; when one came, also for the cleanup, and returns true. */
    public boolean await(Duration timeout) throws InterruptedException {
        if (!stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        cleaned.await();
        return true;
    }

    /** Unregisters the hook after a normal end (the command cleans up itself). */
    public void release() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
            cleaned.countDown();
        }
    }
}
