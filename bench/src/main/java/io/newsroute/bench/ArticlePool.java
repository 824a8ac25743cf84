package io.newsroute.bench;

import io.newsroute.common.model.Article;
import io.newsroute.ingest.generate.ArticleGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed pool of synthetic articles from {@link ArticleGenerator} (never eval data), with the size of
 * the text the taggers read (title, subtitle and body, as UTF-8 bytes), so a rate in articles per
 * second can be turned into MB/s.
 */
public final class ArticlePool {

    private final List<Article> articles;
    private final long textBytes;

    private ArticlePool(List<Article> articles) {
        this.articles = List.copyOf(articles);
        long bytes = 0;
        for (Article a : articles) {
            bytes += textBytes(a);
        }
        this.textBytes = bytes;
    }

    /** {@code size} articles of about {@code targetBytes} each, deterministic for {@code seed}. */
    public static ArticlePool generate(int size, int targetBytes, long seed) {
        ArticleGenerator generator = new ArticleGenerator(seed, targetBytes);
        List<Article> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(generator.next("bench-" + seed + "-" + i));
        }
        return new ArticlePool(out);
    }

    /** The UTF-8 size of the text a tagger reads: title, subtitle and body. */
    public static long textBytes(Article a) {
        return utf8Length(a.title()) + utf8Length(a.subtitle()) + utf8Length(a.body());
    }

    private static long utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    public List<Article> articles() {
        return articles;
    }

    public int size() {
        return articles.size();
    }

    /** Mean text bytes per article. */
    public double meanTextBytes() {
        return articles.isEmpty() ? 0 : (double) textBytes / articles.size();
    }
}
