package io.newsroute.enrich.trends;

import io.newsroute.common.model.EnrichedArticle;

/**
 * One routed article as the trends keep it: its record time and the article with its body cut to an
 * excerpt (see {@link ArticleDigest}). Immutable.
 *
 * @param timestamp the record time (epoch milliseconds)
 * @param article   the article, body shortened, evidence kept where it falls in the kept text
 */
public record LatestArticle(long timestamp, EnrichedArticle article) {}
