package io.newsroute.common.model;

import java.util.List;

/**
 * A country an article concerns.
 *
 * @param code      ISO 3166-1 alpha-2 code, upper case
 * @param name      English short name
 * @param relevance 0..1: how much the article is about this country
 * @param primary   whether the article is about this country (not a passing mention)
 * @param mentions  the evidence, in order of appearance (capped by configuration)
 */
public record CountryTag(String code, String name, double relevance, boolean primary, List<Mention> mentions) {
    public CountryTag {
        relevance = Math.round(relevance * 1000.0) / 1000.0; // three decimals
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
