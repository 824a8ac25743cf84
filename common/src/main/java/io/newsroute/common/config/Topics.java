package io.newsroute.common.config;

import io.newsroute.common.model.CountryCodes;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of Newsroute's topics: raw articles, enriched articles, the dead-letter topic, and the
 * prefix of the per-country topics ({@code news.country.jp}).
 */
public record Topics(String raw, String enriched, String dlq, String countryPrefix) {

    /** The default names. */
    public static Topics defaults() {
        return NewsrouteConfig.defaults().topics();
    }

    /**
     * The topic of one country, or empty when {@code code} is not an ISO 3166-1 alpha-2 code: only
     * valid codes ever become topic names, whatever a record says.
     */
    public Optional<String> countryTopic(String code) {
        if (!CountryCodes.isValid(code)) {
            return Optional.empty();
        }
        return Optional.of(countryPrefix + code.toLowerCase(Locale.ROOT));
    }

    /** The country code of a country topic, or empty when the name is not one. */
    public Optional<String> countryOf(String topic) {
        if (topic == null || !topic.startsWith(countryPrefix)) {
            return Optional.empty();
        }
        String code = topic.substring(countryPrefix.length()).toUpperCase(Locale.ROOT);
        return CountryCodes.isValid(code) ? Optional.of(code) : Optional.empty();
    }

    /** A regular expression matching every country topic. */
    public String countryTopicPattern() {
        return Pattern.quote(countryPrefix) + "[a-z]{2}";
    }
}
