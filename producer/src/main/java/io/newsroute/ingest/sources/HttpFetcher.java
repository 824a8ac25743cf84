package io.newsroute.ingest.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches feeds and pages over HTTP(S) with the JDK client: a deadline per attempt covering headers
 * and body, retries with exponential backoff on I/O errors, timeouts, 429 and 5xx, a per-host rate
 * limit, and a cap on the body size (Content-Length checked first, the stream cut at the cap).
 * Reads URLs and extra request headers (e.g. If-None-Match), writes {@link Response}s; a request
 * that fails for good raises {@link FetchException} with a reason for the log.
 */
public final class HttpFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

    /**
     * How to fetch.
     *
     * @param connectTimeout connection set-up limit
     * @param timeout        limit of one attempt, headers and body
     * @param retries        attempts after the first
     * @param backoff        wait before the first retry, doubled each time
     * @param maxBytes       largest body read
     * @param userAgent      User-Agent header
     */
    public record Options(
            Duration connectTimeout, Duration timeout, int retries, Duration backoff, long maxBytes, String userAgent) {

        public static Options defaults() {
            return new Options(
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(20),
                    3,
                    Duration.ofSeconds(1),
                    5L * 1024 * 1024,
                    "newsroute/0.1 (+https://github.com/newsroute)");
        }
    }

    /**
     * A response after the last attempt.
     *
     * @param uri     the URI finally answered (after redirects)
     * @param status  HTTP status
     * @param headers response headers
     * @param body    the body (empty for 304)
     */
    public record Response(URI uri, int status, Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null
                        && e.getKey().equalsIgnoreCase(name)
                        && !e.getValue().isEmpty()) {
                    return Optional.of(e.getValue().get(0));
                }
            }
            return Optional.empty();
        }
    }

    /** A fetch that failed for good; the message says why. */
    public static final class FetchException extends Exception {
        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }

        public FetchException(String message) {
            super(message);
        }
    }

    /** The body was larger than allowed. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("body larger than " + max + " bytes");
        }
    }

    private final HttpClient client;
    private final Options options;
    private final HostRateLimiter limiter;
    private final HostRateLimiter.Sleeper sleeper;

    public HttpFetcher(HttpClient client, Options options, HostRateLimiter limiter, HostRateLimiter.Sleeper sleeper) {
        this.client = client;
        this.options = options;
        this.limiter = limiter;
        this.sleeper = sleeper;
    }

    /** A client for the options: HTTP/1.1 and 2, normal redirects (never https to http). */
    public static HttpClient client(Options options) {
        return HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** GETs the URI with the extra headers; any status is returned, failures after the retries raise. */
    public Response get(URI uri, Map<String, String> headers) throws FetchException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept-Encoding", "identity");
        headers.forEach(b::header);
        HttpRequest request = b.build();
        String lastReason = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                long wait = options.backoff().toNanos() << Math.min(attempt - 1, 16);
                LOG.debug("Retrying {} in {} ms after: {}", uri, wait / 1_000_000, lastReason);
                sleeper.sleepNanos(wait);
            }
            limiter.acquire(uri.getHost());
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> capped(info));
            try {
                HttpResponse<byte[]> r = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
                if (r.statusCode() == 429 || r.statusCode() >= 500) {
                    lastReason = "HTTP " + r.statusCode();
                    if (attempt < options.retries()) {
                        continue;
                    }
                }
                return new Response(r.uri(), r.statusCode(), r.headers().map(), r.body());
            } catch (TimeoutException e) {
                future.cancel(true);
                lastReason = "timed out after " + options.timeout().toMillis() + " ms";
            } catch (ExecutionException e) {
                Throwable cause = rootCause(e);
                if (cause instanceof TooLargeException) {
                    throw new FetchException(cause.getMessage(), cause);
                }
                if (cause instanceof IllegalArgumentException) {
                    throw new FetchException("bad request: " + cause.getMessage(), cause);
                }
                lastReason = cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            }
        }
        throw new FetchException(lastReason + " (after " + (options.retries() + 1) + " attempts)");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
            if (c instanceof TooLargeException) {
                return c;
            }
        }
        return c;
    }

    private HttpResponse.BodySubscriber<byte[]> capped(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(options.maxBytes(), declared > options.maxBytes());
    }

    /** Collects the body up to the cap; cancels the stream and fails beyond it. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final boolean declaredTooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long max, boolean declaredTooLarge) {
            this.max = max;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge) {
                s.cancel();
                result.completeExceptionally(new TooLargeException(max));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buf.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(max));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buf.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buf.toByteArray());
        }
    }
}
