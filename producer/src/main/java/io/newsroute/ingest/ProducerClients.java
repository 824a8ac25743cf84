package io.newsroute.ingest;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.kafka.JsonSerde;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds the idempotent article producer from the configuration. */
public final class ProducerClients {

    private ProducerClients() {}

    public static Properties producerProperties(NewsrouteConfig config) {
        Properties p = new Properties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                Math.max(1024 * 1024, config.getInt(NewsrouteConfig.ARTICLE_MAX_BYTES) * 2));
        p.putAll(config.clientProperties("producer"));
        return p;
    }

    public static ArticlePublisher publisher(NewsrouteConfig config) {
        return new ArticlePublisher(
                new KafkaProducer<>(producerProperties(config), new StringSerializer(), JsonSerde.of(Article.class)),
                config.topics().raw());
    }
}
