package io.newsroute.pipeline;

import io.newsroute.common.model.EnrichedArticle;
import java.util.List;
import java.util.Map;

/**
 * What one {@code newsroute run} did: the articles published, where each arrived, and what was
 * dead-lettered or could not be read.
 *
 * @param published     ids published to the raw topic
 * @param duplicates    articles skipped because their id was already published
 * @param readFailures  files or lines that could not be read, with the reason
 * @param byCountryTopic country topic → the articles in it
 * @param deadLetters   dead-lettered keys → reason
 */
public record RunReport(
        List<String> published,
        int duplicates,
        List<String> readFailures,
        Map<String, List<EnrichedArticle>> byCountryTopic,
        Map<String, String> deadLetters) {}
