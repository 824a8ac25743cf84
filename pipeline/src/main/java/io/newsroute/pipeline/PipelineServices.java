package io.newsroute.pipeline;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.enrich.EnrichApp;
import io.newsroute.kafka.TopicCreator;
import io.newsroute.route.CountryRouter;
import io.newsroute.route.RouterClients;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running pipeline services against one cluster: the pipeline topics (created idempotently), the
 * enrichment streams application and the country router on its own thread. Closing stops both.
 */
public final class PipelineServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineServices.class);

    private final Admin admin;
    private final EnrichApp enrich;
    private final CountryRouter router;
    private final Thread routerThread;

    private PipelineServices(Admin admin, EnrichApp enrich, CountryRouter router) {
        this.admin = admin;
        this.enrich = enrich;
        this.router = router;
        this.routerThread = new Thread(router, "newsroute-router");
    }

    /** Creates the topics, then starts enrichment and routing; returns once the streams app runs. */
    public static PipelineServices start(NewsrouteConfig config, Topology topology, Duration timeout)
            throws InterruptedException {
        Admin admin = Admin.create(config.clientProperties("admin"));
        PipelineServices services = null;
        try {
            TopicCreator.fromConfig(admin, config).ensurePipelineTopics(config.topics());
            EnrichApp enrich = new EnrichApp(config, topology);
            services = new PipelineServices(admin, enrich, RouterClients.create(config, admin));
            enrich.start();
            services.routerThread.start();
            enrich.awaitRunning(timeout);
            LOG.info("Pipeline running against {}", config.bootstrapServers());
            return services;
        } catch (RuntimeException | InterruptedException e) {
            if (services != null) {
                services.close();
            } else {
                admin.close();
            }
            throw e;
        }
    }

    /** Stream threads of the enrichment app that failed and were replaced (0 when nothing crashed). */
    public int enrichThreadReplacements() {
        return enrich.replacedThreads();
    }

    /** The state of the enrichment streams app. */
    public KafkaStreams.State enrichState() {
        return enrich.state();
    }

    /** The enrichment streams app's Kafka Streams instance (for its metrics). */
    public KafkaStreams enrichStreams() {
        return enrich.streams();
    }

    /** Whether the router thread is still alive. */
    public boolean routerAlive() {
        return routerThread.isAlive();
    }

    @Override
    public void close() {
        try {
            router.stop();
            routerThread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                enrich.close();
            } finally {
                admin.close(Duration.ofSeconds(5));
            }
        }
    }
}
