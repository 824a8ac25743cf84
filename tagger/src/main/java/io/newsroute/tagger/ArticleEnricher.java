package io.newsroute.tagger;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import java.util.List;

/**
 * Turns an article into an enriched article. {@link ArticleTagger} is the real one; the benchmarks'
 * no-op pipeline and the topology tests pass others.
 */
@FunctionalInterface
public interface ArticleEnricher {

    EnrichedArticle enrich(Article article);

    /** Tags nothing: the article with no countries and no themes (the benchmarks' no-op ceiling). */
    static ArticleEnricher noop() {
        return a -> EnrichedArticle.of(a, List.of(), List.of(), "noop");
    }
}
