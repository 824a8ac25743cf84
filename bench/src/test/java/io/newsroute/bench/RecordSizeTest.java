package io.newsroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.serde.EnrichedRecords;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.tagger.ArticleTagger;
import io.newsroute.tagger.Taggers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The size of the routed record against the raw article on the benchmark's generated articles (issue
 * 19: at most 1.25 times), version 2 against version 1. Each routed copy counts: an article routed to
 * three countries is three routed records. Prints the figures.
 */
class RecordSizeTest {

    private static final JsonSerde<Article> RAW = JsonSerde.of(Article.class);
    private static final JsonSerde<EnrichedArticle> ENRICHED = JsonSerde.of(EnrichedArticle.class);

    @Test
    void shouldRouteRecordsAtMostAQuarterLargerThanTheRawArticle() {
        ArticleTagger tagger = Taggers.fromConfig(NewsrouteConfig.defaults()); // as the pipeline tags
        long raw = 0;
        long v1 = 0;
        long v2 = 0;
        long records = 0;
        int themes = 0;
        int mentions = 0;
        ArticlePool pool = ArticlePool.generate(500, 4096, 1);
        for (Article a : pool.articles()) {
            EnrichedArticle e = tagger.enrich(a);
            int copies = e.countries().size();
            raw += RAW.serialize("t", a).length;
            v1 += (long) copies * EnrichedRecords.expandedJson(e).getBytes(StandardCharsets.UTF_8).length;
            v2 += (long) copies * ENRICHED.serialize("t", e).length;
            records += copies;
            themes += e.themes().size();
            mentions += io.newsroute.common.serde.MentionTable.of(e).size();
        }
        double meanRaw = (double) raw / pool.size();
        double meanV1 = (double) v1 / records;
        double meanV2 = (double) v2 / records;
        System.out.printf(
                Locale.ROOT,
                "record sizes on %d generated articles (%d routed records): raw %.0f B,"
                        + " v1 %.0f B (%.3f), v2 %.0f B (record_ratio %.3f); %.1f themes, %.1f distinct mentions per article%n",
                pool.size(),
                records,
                meanRaw,
                meanV1,
                meanV1 / meanRaw,
                meanV2,
                meanV2 / meanRaw,
                (double) themes / pool.size(),
                (double) mentions / pool.size());

        assertThat(records).isGreaterThan(pool.size());
        assertThat(meanV2 / meanRaw).isLessThanOrEqualTo(1.25);
        assertThat(meanV2).isLessThan(meanV1);
    }
}
