package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldReadRssItemsWithContentAndCreators() throws Exception {
        String xml = LocalWebResources.read("rss.xml").replace("{BASE}", "https://coastal.example");

        FeedParser.Feed feed =
                parser.parse(xml.getBytes(StandardCharsets.UTF_8), URI.create("https://coastal.example/rss"));

        assertThat(feed.title()).isEqualTo("Coastal Times");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.key()).isEqualTo("coastal-2");
        assertThat(first.link()).isEqualTo("https://coastal.example/news/harbour?utm_source=rss");
        assertThat(first.content()).startsWith("<p>The harbour of Brest");
        assertThat(first.authors()).containsExactly("Ana Costa");
    }

    @Test
    void shouldRefuseADoctypeWithoutResolvingItsEntities() {
        String xml = LocalWebResources.read("xxe.xml").replace("{BASE}", "http://127.0.0.1:9");

        assertThatThrownBy(() -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(FeedParser.FeedException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldRefuseADocumentThatIsNotAFeed() {
        assertThatThrownBy(() -> parser.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(FeedParser.FeedException.class)
                .hasMessageContaining("not an RSS or Atom feed");
    }

    /** Reads the test resources under /sources. */
    static final class LocalWebResources {
        static String read(String name) {
            try (var in = FeedParserTest.class.getResourceAsStream("/sources/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
