package io.newsroute.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.JsonSerde;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class EnrichProcessorTest {

    private static final JsonSerde<Article> ARTICLES = JsonSerde.of(Article.class);

    /** Forwarded outcomes; the first forward of an enriched article fails like a sink whose serializer throws. */
    private final List<EnrichOutcome> forwarded = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private FixedKeyProcessorContext<String, EnrichOutcome> failingSinkContext() {
        return (FixedKeyProcessorContext<String, EnrichOutcome>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {FixedKeyProcessorContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "forward" -> {
                            EnrichOutcome o = (EnrichOutcome) ((FixedKeyRecord<?, ?>) args[0]).value();
                            forwarded.add(o);
                            if (o.isOk()) {
                                throw new SerializationException("sink cannot serialize the enriched record");
                            }
                            return null;
                        }
                        case "recordMetadata" -> {
                            return Optional.empty();
                        }
                        case "applicationId" -> {
                            return "enrich-processor-test";
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private static FixedKeyRecord<String, byte[]> record(String key, byte[] value) {
        return InternalFixedKeyRecordFactory.create(new Record<>(key, value, 0L, new RecordHeaders()));
    }

    @Test
    void shouldLetADownstreamFailureFailTheTaskInsteadOfDeadLetteringAGoodArticle() {
        EnrichProcessor processor = new EnrichProcessor(
                ARTICLES, new ArticleValidator(100_000), a -> EnrichedArticle.of(a, List.of(), List.of(), "test"));
        processor.init(failingSinkContext());
        byte[] good = ARTICLES.serialize(
                null,
                new Article(
                        "a1",
                        null,
                        "test",
                        "Title",
                        null,
                        List.of(),
                        null,
                        "en",
                        "A body about Japan.",
                        Instant.EPOCH));

        assertThatThrownBy(() -> processor.process(record("a1", good))).isInstanceOf(SerializationException.class);
        assertThat(forwarded).hasSize(1);
        assertThat(forwarded.get(0).isOk()).isTrue();
    }

    @Test
    void shouldStillDeadLetterATaggerFailure() {
        EnrichProcessor processor = new EnrichProcessor(ARTICLES, new ArticleValidator(100_000), a -> {
            throw new IllegalArgumentException("tagger broke");
        });
        processor.init(failingSinkContext());
        byte[] good = ARTICLES.serialize(
                null, new Article("a2", null, "test", "Title", null, List.of(), null, "en", "A body.", Instant.EPOCH));

        processor.process(record("a2", good));

        assertThat(forwarded).hasSize(1);
        assertThat(forwarded.get(0).isOk()).isFalse();
        assertThat(forwarded.get(0).rejected()).isEqualTo(good);
    }
}
