package io.newsroute.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.config.ConfigException;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggersTest {

    private static final Article TRADE = new Article(
            "a1",
            null,
            "test",
            "Trade talks in Tokyo",
            null,
            List.of(),
            null,
            "en",
            "TOKYO - Japan and Laos held trade talks on tariffs, exports, investment, the economy and the budget. "
                    + "Parliament will vote on the deal; the minister said elections, football and a film festival "
                    + "were not discussed. Oil prices, bank loans and the stock market rose.",
            Instant.EPOCH);

    @Test
    void shouldKeepNoMoreThemesThanConfigured() {
        NewsrouteConfig two = NewsrouteConfig.defaults().with(NewsrouteConfig.TAGGER_THEMES_MAX, "2");

        assertThat(Taggers.fromConfig(NewsrouteConfig.defaults()).enrich(TRADE).themes())
                .hasSizeGreaterThan(2);
        assertThat(Taggers.fromConfig(two).enrich(TRADE).themes()).hasSize(2);
    }

    @Test
    void shouldRefuseAThemeCapBelowOne() {
        NewsrouteConfig none = NewsrouteConfig.defaults().with(NewsrouteConfig.TAGGER_THEMES_MAX, "0");

        assertThatThrownBy(() -> Taggers.fromConfig(none))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tagger.themes.max");
    }
}
