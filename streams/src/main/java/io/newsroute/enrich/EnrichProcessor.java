package io.newsroute.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsroute.common.metrics.NewsrouteMetrics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.serde.EnrichedRecords;
import io.newsroute.kafka.DeadLetterHeaders;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.RoutingHeaders;
import io.newsroute.kafka.SchemaHeaders;
import io.newsroute.tagger.ArticleEnricher;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a raw record (JSON bytes), parses, validates and tags it. Forwards an {@link EnrichOutcome}:
 * the enriched article with its country codes in the {@value RoutingHeaders#COUNTRIES} header (so the
 * router need not parse it) and the record version in {@value SchemaHeaders#SCHEMA}, or the raw bytes
 * with dead-letter headers saying why it was rejected and neither of those headers. Never throws for bad input, so one malformed article cannot stop the pipeline; a
 * failure after tagging (forwarding to the dedup store and the sinks) is thrown, so the task fails and
 * its transaction is aborted instead of a good article being dead-lettered.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, byte[], EnrichOutcome> {

    static final String STAGE = "enrich";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final JsonSerde<Article> articleSerde;
    private final ArticleValidator validator;
    private final ArticleEnricher tagger;
    private FixedKeyProcessorContext<String, EnrichOutcome> context;
    private Counter read;
    private Counter tagged;
    private Timer taggingTime;

    EnrichProcessor(JsonSerde<Article> articleSerde, ArticleValidator validator, ArticleEnricher tagger) {
        this.articleSerde = articleSerde;
        this.validator = validator;
        this.tagger = tagger;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
        this.read = NewsrouteMetrics.read(context.applicationId());
        this.tagged = NewsrouteMetrics.tagged(context.applicationId());
        this.taggingTime = NewsrouteMetrics.taggingTime(context.applicationId());
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        byte[] raw = record.value();
        read.increment();
        String reason = validator.checkSize(raw);
        Throwable error = null;
        EnrichedArticle enriched = null;
        if (reason == null) {
            try {
                Article article = validator.validate(articleSerde.deserialize(null, raw), record.key());
                long t0 = System.nanoTime();
                enriched = tagger.enrich(article);
                taggingTime.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
                tagged.increment();
            } catch (SerializationException | InvalidArticleException e) {
                reason = e.getMessage();
                error = e;
            } catch (RuntimeException e) {
                reason = "tagging failed: " + e;
                error = e;
            }
        }
        if (enriched != null) {
            // outside the try: a failure downstream (the dedup store, the sink, serialization) is not this
            // record's fault and must fail the task (its transaction aborts), never be dead-lettered as bad input
            RoutingHeaders.putCountries(
                    record.headers(),
                    enriched.countries().stream().map(CountryTag::code).toList());
            SchemaHeaders.put(record.headers(), EnrichedRecords.SCHEMA_VERSION);
            context.forward(record.withValue(EnrichOutcome.ok(enriched)));
            return;
        }
        reject(record, reason, error);
    }

    private void reject(FixedKeyRecord<String, byte[]> record, String reason, Throwable error) {
        Optional<RecordMetadata> meta = context.recordMetadata();
        String topic = meta.map(RecordMetadata::topic).orElse(null);
        int partition = meta.map(RecordMetadata::partition).orElse(-1);
        long offset = meta.map(RecordMetadata::offset).orElse(-1L);
        LOG.warn("Rejected record {}-{}@{} key={}: {}", topic, partition, offset, record.key(), reason);
        record.headers().remove(RoutingHeaders.COUNTRIES);
        record.headers().remove(SchemaHeaders.SCHEMA); // the value is the raw input, not an enriched record
        DeadLetterHeaders.add(record.headers(), STAGE, reason, error, topic, partition, offset);
        NewsrouteMetrics.deadLettered(STAGE, NewsrouteMetrics.reasonKind(reason));
        context.forward(record.withValue(EnrichOutcome.rejected(record.value())));
    }
}
