package io.newsroute.ingest.sources;

import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which articles a source already published, by id and by text fingerprint, so the same
 * story is published once: again under the same canonical URL (same id, via {@link ArticleIds}) or
 * under another URL with the same normalised text. Reads articles, writes nothing; its memory
 * ({@link #snapshot()}, {@link #restore(Map)}) is kept in the {@link SourceState} file by the
 * long-running sources. Holds at most {@code capacity} articles, forgetting the oldest first.
 * Thread-safe.
 */
public final class Deduplicator {

    /** Default number of articles remembered. */
    public static final int DEFAULT_CAPACITY = 1_000_000;
    /** Bodies shorter than this (normalised) are fingerprinted together with their title. */
    static final int MIN_BODY_ONLY_CHARS = 200;

    private static final HexFormat HEX = HexFormat.of();

    /** What {@link #claim(Article)} decided. */
    public enum Verdict {
        /** Not seen: publish it. */
        NEW,
        /** Its id was already published. */
        DUPLICATE_ID,
        /** Its text was already published under another id. */
        DUPLICATE_TEXT
    }

    private final int capacity;
    private final LinkedHashMap<String, String> fingerprintById;
    private final Map<String, String> idByFingerprint = new HashMap<>();
    /** Ids claimed but not yet acknowledged by Kafka: kept out of {@link #snapshot()}. */
    private final Set<String> unconfirmed = new HashSet<>();

    public Deduplicator() {
        this(DEFAULT_CAPACITY);
    }

    public Deduplicator(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.fingerprintById = new LinkedHashMap<>();
    }

    /** Decides whether the article is new and, when it is, remembers it. */
    public synchronized Verdict claim(Article article) {
        if (fingerprintById.containsKey(article.id())) {
            return Verdict.DUPLICATE_ID;
        }
        String fp = fingerprint(article);
        if (idByFingerprint.containsKey(fp)) {
            return Verdict.DUPLICATE_TEXT;
        }
        remember(article.id(), fp);
        unconfirmed.add(article.id());
        return Verdict.NEW;
    }

    /** Marks a claimed article as published (acknowledged by Kafka), so {@link #snapshot()} includes it. */
    public synchronized void confirm(Article article) {
        unconfirmed.remove(article.id());
    }

    /** Forgets an article claimed as new whose publishing then failed, so a later attempt may publish it. */
    public synchronized void release(Article article) {
        String fp = fingerprintById.remove(article.id());
        unconfirmed.remove(article.id());
        if (fp != null) {
            idByFingerprint.remove(fp, article.id());
        }
    }

    /** How many articles are remembered. */
    public synchronized int size() {
        return fingerprintById.size();
    }

    /**
     * Id to fingerprint of the published articles, oldest first: an article claimed but not yet
     * acknowledged is left out, so a state file written meanwhile (by another source sharing this
     * deduplicator) cannot make it look published after a crash.
     */
    public synchronized Map<String, String> snapshot() {
        Map<String, String> out = new LinkedHashMap<>(fingerprintById);
        out.keySet().removeAll(unconfirmed);
        return out;
    }

    /** Adds remembered articles (id to fingerprint), e.g. from a state file. */
    public synchronized void restore(Map<String, String> idToFingerprint) {
        idToFingerprint.forEach(this::remember);
    }

    /** The text fingerprint: SHA-256 of the normalised body (with the title when the body is short), 32 hex chars. */
    public static String fingerprint(Article article) {
        String body = ArticleIds.normaliseText(article.body());
        String text =
                body.length() >= MIN_BODY_ONLY_CHARS ? body : ArticleIds.normaliseText(article.title()) + "\n" + body;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private void remember(String id, String fp) {
        String old = fingerprintById.put(id, fp);
        if (old != null) {
            idByFingerprint.remove(old, id);
        }
        idByFingerprint.put(fp, id);
        while (fingerprintById.size() > capacity) {
            Map.Entry<String, String> eldest =
                    fingerprintById.entrySet().iterator().next();
            fingerprintById.remove(eldest.getKey());
            unconfirmed.remove(eldest.getKey());
            idByFingerprint.remove(eldest.getValue(), eldest.getKey());
        }
    }
}
