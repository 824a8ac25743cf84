package io.newsroute.enrich.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The latest articles of one country, newest first, at most a configured number: the value of the
 * {@value TrendsTopology#LATEST_STORE} key-value store. Immutable.
 *
 * @param articles newest first
 */
public record LatestArticles(List<LatestArticle> articles) {

    private static final Comparator<LatestArticle> NEWEST_FIRST =
            Comparator.comparingLong(LatestArticle::timestamp).reversed();

    public LatestArticles {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /** None yet. */
    public static LatestArticles empty() {
        return new LatestArticles(List.of());
    }

    /**
     * A copy with {@code a} added in time order (replacing an article of the same id), keeping the
     * {@code max} newest; a late article older than all of a full list is not added.
     */
    public LatestArticles with(LatestArticle a, int max) {
        List<LatestArticle> l = new ArrayList<>(articles.size() + 1);
        for (LatestArticle old : articles) {
            if (!old.article().id().equals(a.article().id())) {
                l.add(old);
            }
        }
        l.add(a);
        l.sort(NEWEST_FIRST);
        return new LatestArticles(l.size() > max ? l.subList(0, max) : l);
    }
}
