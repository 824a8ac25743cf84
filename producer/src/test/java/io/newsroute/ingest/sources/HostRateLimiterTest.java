package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {

    @Test
    void shouldSpaceRequestsToTheSameHostButNotAcrossHosts() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        List<Long> waits = new ArrayList<>();
        HostRateLimiter limiter = new HostRateLimiter(2.0, now::get, nanos -> {
            waits.add(nanos);
            now.addAndGet(nanos);
        });

        limiter.acquire("a.example");
        limiter.acquire("b.example");
        limiter.acquire("A.example");
        limiter.acquire("a.example");

        assertThat(waits).containsExactly(500_000_000L, 500_000_000L);
    }
}
