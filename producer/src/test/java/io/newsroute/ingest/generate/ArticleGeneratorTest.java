package io.newsroute.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    @Test
    void shouldGenerateTheSameArticlesForTheSameSeed() {
        assertThat(new ArticleGenerator(7, 4000).next("a")).isEqualTo(new ArticleGenerator(7, 4000).next("a"));
    }

    @Test
    void shouldStartWithAWireDatelineAndReachTheTargetSize() {
        Article a = new ArticleGenerator(1, 4000).next("gen-1");

        assertThat(a.body()).matches("(?s)^[A-Z .]+, [A-Z][a-z]{2} \\d{1,2} - .*");
        assertThat(a.body().length()).isBetween(4000, 5000);
        assertThat(a.id()).isEqualTo("gen-1");
        assertThat(a.title()).isNotBlank();
    }
}
