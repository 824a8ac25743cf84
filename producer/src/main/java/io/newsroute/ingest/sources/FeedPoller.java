package io.newsroute.ingest.sources;

import io.newsroute.common.metrics.NewsrouteMetrics;
import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleIds;
import io.newsroute.extract.HtmlExtractor;
import io.newsroute.extract.HtmlFragments;
import io.newsroute.extract.NoArticleTextException;
import io.newsroute.extract.PageBytes;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds and publishes each new item once. For each feed it sends a conditional GET
 * (If-None-Match / If-Modified-Since from the last complete poll; 304 means nothing new), parses the
 * feed safely ({@link FeedParser}), and for each item not seen before fetches its page and extracts
 * the article with {@link HtmlExtractor}; when the page cannot be fetched or holds no article text it
 * falls back to the item's own content (content:encoded, content, description, summary). Writes
 * articles through the {@link SourcePublisher} and remembers handled item keys and the feed's
 * validators in the {@link SourceState} file, so later polls and restarts do not republish.
 *
 * <p>An item whose article Kafka did not acknowledge, or whose page failed transiently (network,
 * timeout, HTTP 408/429/5xx) while the feed carries no content for it, is not marked seen, and the feed's validators
 * are then not stored, so the next poll tries it again. Each failure is logged once with the URL
 * and the reason.
 */
public final class FeedPoller implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final List<URI> feeds;
    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final HtmlExtractor extractor;
    private final SourcePublisher publisher;
    private final SourceState state;
    private final Duration interval;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);

    public FeedPoller(
            List<URI> feeds,
            HttpFetcher fetcher,
            HtmlExtractor extractor,
            SourcePublisher publisher,
            SourceState state,
            Duration interval,
            Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.publisher = publisher;
        this.state = state;
        this.interval = interval;
        this.clock = clock;
    }

    /** What one poll of one feed did. */
    public record PollResult(
            URI feed, boolean notModified, int newItems, int published, int fromFeedContent, int failed) {}

    /** Polls every feed, then again every interval, until {@link #close()}. */
    @Override
    public void run() {
        try {
            do {
                pollAll();
            } while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Stopped polling {} feeds", feeds.size());
    }

    /** Polls each feed once. */
    public List<PollResult> pollAll() throws InterruptedException {
        List<PollResult> out = new ArrayList<>();
        for (URI feed : feeds) {
            if (stop.getCount() == 0) {
                break;
            }
            out.add(poll(feed));
        }
        return out;
    }

    /** Polls one feed and publishes its new items. */
    public PollResult poll(URI feed) throws InterruptedException {
        String key = feed.toString();
        SourceState.FeedEntry known = state.feed(key);
        HttpFetcher.Response response;
        try {
            response = fetcher.get(feed, conditionalHeaders(known));
        } catch (HttpFetcher.FetchException e) {
            return failedPoll(feed, e.getMessage());
        }
        if (response.status() == 304) {
            LOG.debug("Feed {} not modified", feed);
            return new PollResult(feed, true, 0, 0, 0, 0);
        }
        if (response.status() != 200) {
            return failedPoll(feed, "HTTP " + response.status());
        }
        FeedParser.Feed parsed;
        try {
            parsed = parser.parse(response.body(), response.uri());
        } catch (FeedParser.FeedException e) {
            return failedPoll(feed, e.getMessage());
        }
        Tally tally = publishNewItems(parsed, feed, new HashSet<>(known.seen()));
        String etag = tally.complete ? response.header("ETag").orElse(null) : known.etag();
        String lastModified = tally.complete ? response.header("Last-Modified").orElse(null) : known.lastModified();
        state.putFeed(key, etag, lastModified, tally.seen);
        try {
            state.save();
        } catch (IOException e) {
            LOG.error("Cannot write state file {}: {}", state.file(), e.toString());
        }
        if (tally.newItems > 0) {
            LOG.info(
                    "Feed {}: {} new items, {} published ({} from the feed's own content), {} failed",
                    feed,
                    tally.newItems,
                    tally.published,
                    tally.fromFeed,
                    tally.failed);
        }
        return new PollResult(feed, false, tally.newItems, tally.published, tally.fromFeed, tally.failed);
    }

    /** The request headers: the accepted feed types, and the validators of the last complete poll. */
    private static Map<String, String> conditionalHeaders(SourceState.FeedEntry known) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "Accept",
                "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (known.etag() != null) {
            headers.put("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            headers.put("If-Modified-Since", known.lastModified());
        }
        return headers;
    }

    /** Logs why the feed itself could not be read; its poll counts one failure. */
    private PollResult failedPoll(URI feed, String reason) {
        fail("feed " + feed + ": " + reason);
        return new PollResult(feed, false, 0, 0, 0, 1);
    }

    /** What one poll did with the feed's items; {@code seen} lists the item keys not to try again. */
    private static final class Tally {
        final List<String> seen = new ArrayList<>();
        int newItems;
        int published;
        int fromFeed;
        int failed;
        /** Every item was handled: the feed's validators may be stored. */
        boolean complete = true;
    }

    /** Publishes the feed's items not in {@code alreadySeen}, oldest first (feeds list the newest first). */
    private Tally publishNewItems(FeedParser.Feed parsed, URI feed, Set<String> alreadySeen)
            throws InterruptedException {
        Tally tally = new Tally();
        List<FeedItem> items = new ArrayList<>(parsed.items());
        Collections.reverse(items);
        for (FeedItem item : items) {
            if (stop.getCount() == 0) {
                tally.complete = false;
                break;
            }
            String itemKey = item.key();
            if (!alreadySeen.contains(itemKey) && !tally.seen.contains(itemKey)) {
                tally.newItems++;
                publishItem(item, parsed.title(), feed, tally);
            }
        }
        return tally;
    }

    /** Publishes one new item, counting the outcome in {@code tally}. */
    private void publishItem(FeedItem item, String feedTitle, URI feed, Tally tally) throws InterruptedException {
        Built built = article(item, feedTitle, feed);
        if (built == Built.RETRY) {
            tally.failed++;
            tally.complete = false; // the page may come back: not marked seen, tried again next poll
            return;
        }
        if (built == null) {
            tally.failed++;
            tally.seen.add(item.key()); // nothing to publish, ever: do not try it again
            return;
        }
        SourcePublisher.Outcome outcome = publisher.publish(List.of(built.article()));
        if (!outcome.ok()) {
            tally.failed++;
            tally.complete = false; // not marked seen: tried again next poll
            return;
        }
        tally.seen.add(item.key());
        if (!outcome.published().isEmpty()) {
            tally.published++;
            if (built.fromFeed()) {
                tally.fromFeed++;
            }
        }
    }

    private record Built(Article article, boolean fromFeed) {
        /** Neither page nor feed content, but the page failed transiently: try the item again later. */
        static final Built RETRY = new Built(null, false);
    }

    /** The item's article: from its page, else from the feed's content; null (logged) when neither has text. */
    private Built article(FeedItem item, String feedTitle, URI feed) throws InterruptedException {
        String fallbackSource = feedTitle != null ? feedTitle : feed.getHost();
        boolean pageMayComeBack = false;
        if (item.link() != null) {
            try {
                return new Built(fromPage(item, fallbackSource), false);
            } catch (PageException e) {
                LOG.warn(
                        "Page {} of feed {} failed: {}; using the feed item's content",
                        item.link(),
                        feed,
                        e.getMessage());
                pageMayComeBack = e.transientFailure;
            }
        }
        Article fromFeed = fromItem(item, fallbackSource);
        if (fromFeed == null && pageMayComeBack) {
            fail("item " + item.key() + " of feed " + feed
                    + ": page failed and no content in the feed; tried again next poll");
            return Built.RETRY;
        }
        if (fromFeed == null) {
            fail("item " + item.key() + " of feed " + feed + ": no page and no content in the feed");
            return null;
        }
        return new Built(fromFeed, true);
    }

    private static final class PageException extends Exception {
        /** A failure that may pass (network, timeout, HTTP 408/429/5xx). */
        final boolean transientFailure;

        PageException(String message) {
            this(message, false);
        }

        PageException(String message, boolean transientFailure) {
            super(message);
            this.transientFailure = transientFailure;
        }
    }

    private Article fromPage(FeedItem item, String fallbackSource) throws PageException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(item.link());
        } catch (IllegalArgumentException e) {
            throw new PageException("bad link: " + e.getMessage());
        }
        HttpFetcher.Response page;
        try {
            page = fetcher.get(uri, Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"));
        } catch (HttpFetcher.FetchException e) {
            throw new PageException(e.getMessage(), true);
        }
        if (page.status() != 200) {
            int st = page.status();
            throw new PageException("HTTP " + st, st == 408 || st == 429 || st >= 500);
        }
        String type = page.header("Content-Type").orElse("");
        if (!PageBytes.looksLikeHtml(type, page.body())) {
            throw new PageException("not an HTML page: " + (type.isEmpty() ? "no Content-Type" : type));
        }
        String html = PageBytes.decode(type, page.body());
        try {
            Article a = extractor
                    .extract(html, page.uri().toString())
                    .toArticle(item.link(), fallbackSource, clock.instant());
            return fillIn(a, item);
        } catch (NoArticleTextException e) {
            throw new PageException("no article text: " + e.getMessage());
        }
    }

    /** Fills what the page left out (title, date, authors) from the feed item. */
    private static Article fillIn(Article a, FeedItem item) {
        String title = a.title() == null || a.title().isBlank() ? item.title() : a.title();
        String published = a.published() != null ? a.published() : item.published();
        List<String> authors = a.authors().isEmpty() ? item.authors() : a.authors();
        return new Article(
                a.id(),
                a.url(),
                a.source(),
                title,
                a.subtitle(),
                authors,
                published,
                a.language(),
                a.body(),
                a.ingestedAt());
    }

    private Article fromItem(FeedItem item, String source) {
        String html = item.content() != null ? item.content() : item.summary();
        if (html == null) {
            return null;
        }
        String body = HtmlFragments.toText(html);
        if (body.isBlank()) {
            return null;
        }
        String title = HtmlFragments.inlineText(item.title());
        String subtitle =
                item.content() != null && item.summary() != null ? HtmlFragments.inlineText(item.summary()) : null;
        if (subtitle != null && (subtitle.isBlank() || body.startsWith(subtitle))) {
            subtitle = null;
        }
        return new Article(
                ArticleIds.of(item.link(), title, body),
                item.link(),
                source,
                title,
                subtitle,
                item.authors(),
                item.published(),
                null,
                body,
                clock.instant());
    }

    private void fail(String reason) {
        LOG.warn("Failed: {}", reason);
        NewsrouteMetrics.feedFetchError();
        publisher.stats().failed(reason);
    }

    /** Stops after the current item. */
    @Override
    public void close() {
        stop.countDown();
    }
}
