package io.newsroute.enrich;

import io.newsroute.common.model.Article;
import io.newsroute.extract.MarkupStripper;

/**
 * Decides whether a raw record is an article the pipeline can tag, and cleans its text of control
 * characters and of markup ({@link MarkupStripper}: the body, title and subtitle become plain text). Plain Java; the topology sends what it rejects to the dead-letter topic with the reason.
 */
public final class ArticleValidator {

    private final int maxBytes;

    /** @param maxBytes the largest raw record accepted, in bytes */
    public ArticleValidator(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Rejects a record before parsing when it is too large; returns the reason or {@code null}. */
    public String checkSize(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return "empty record";
        }
        if (raw.length > maxBytes) {
            return "article too large: " + raw.length + " bytes, limit " + maxBytes;
        }
        return null;
    }

    /**
     * Checks a parsed article and returns it cleaned.
     *
     * @throws InvalidArticleException with the reason when it cannot be tagged
     */
    public Article validate(Article a, String key) {
        if (a == null) {
            throw new InvalidArticleException("not an article: null value");
        }
        if (a.body() == null || a.body().isBlank()) {
            throw new InvalidArticleException("article has no body");
        }
        String id = a.id() == null || a.id().isBlank() ? key : a.id();
        if (id == null || id.isBlank()) {
            throw new InvalidArticleException("article has no id and the record no key");
        }
        if (id.length() > 200) {
            throw new InvalidArticleException("article id longer than 200 characters");
        }
        // the body, title and subtitle are shown to people: plain text only, markup removed
        String body = MarkupStripper.strip(clean(a.body()));
        if (body.isBlank()) {
            throw new InvalidArticleException("article has no text after removing control characters and markup");
        }
        return new Article(
                id,
                clean(a.url()),
                clean(a.source()),
                MarkupStripper.strip(clean(a.title())),
                MarkupStripper.strip(clean(a.subtitle())),
                a.authors().stream().map(ArticleValidator::clean).toList(),
                clean(a.published()),
                clean(a.language()),
                body,
                a.ingestedAt());
    }

    /** Removes control characters other than newline and tab, so a record cannot drive a terminal. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\r';
            if (bad && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null && !bad) {
                b.append(c);
            } else if (b != null && c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                b.append('\n');
            }
        }
        return b == null ? s : b.toString();
    }
}
