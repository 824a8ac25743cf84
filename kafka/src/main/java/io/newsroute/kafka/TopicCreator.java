package io.newsroute.kafka;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates topics that do not exist yet through the Admin client (idempotent: a topic that already
 * exists is fine) and remembers which it has seen, so each is created at most once per process.
 * A topic it cannot create is reported with a {@link TopicCreationException} that says whether trying
 * again may help.
 */
public final class TopicCreator implements TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

    private final Admin admin;
    private final int partitions;
    private final short replicationFactor;
    private final Map<String, String> topicConfigs;
    private final Set<String> known = new HashSet<>();

    public TopicCreator(Admin admin, int partitions, short replicationFactor, Map<String, String> topicConfigs) {
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.topicConfigs = Map.copyOf(topicConfigs);
    }

    /** A creator with the partitions, replication and min.insync.replicas the configuration names. */
    public static TopicCreator fromConfig(Admin admin, NewsrouteConfig config) {
        return new TopicCreator(
                admin,
                config.getInt(NewsrouteConfig.TOPIC_PARTITIONS),
                (short) config.getInt(NewsrouteConfig.TOPIC_REPLICATION_FACTOR),
                Map.of("min.insync.replicas", config.require(NewsrouteConfig.TOPIC_MIN_INSYNC_REPLICAS)));
    }

    /**
     * Creates the pipeline's own topics of a configuration (raw, enriched, dead letters) with a
     * short-lived Admin client, for commands that need no Admin client afterwards.
     */
    public static void ensurePipelineTopics(NewsrouteConfig config) {
        try (Admin admin = Admin.create(config.clientProperties("admin"))) {
            fromConfig(admin, config).ensurePipelineTopics(config.topics());
        }
    }

    /** Creates the pipeline's own topics: raw, enriched and dead letters. */
    public void ensurePipelineTopics(Topics topics) {
        ensure(Set.of(topics.raw(), topics.enriched(), topics.dlq()));
    }

    /**
     * Makes sure each topic exists before anything is written to it.
     *
     * @throws TopicCreationException when some cannot be created: {@link TopicCreationException#retriable()}
     *         for a temporary failure (timeout, no controller), else the topics that cannot be created
     *         (not authorised, invalid, refused by the cluster) with their reasons, the others existing
     */
    @Override
    public void ensure(Set<String> topics) {
        Set<String> missing = new HashSet<>(topics);
        missing.removeAll(known);
        if (missing.isEmpty()) {
            return;
        }
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            known.addAll(existing);
            missing.removeAll(existing);
            if (!missing.isEmpty()) {
                create(missing);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + missing, e);
        } catch (ExecutionException e) {
            throw failure(missing, e.getCause());
        } catch (TimeoutException e) {
            throw new TopicCreationException("cannot list topics within 30 s", e, true, Map.of());
        }
    }

    private void create(Set<String> missing) throws InterruptedException {
        List<NewTopic> create = missing.stream()
                .map(t -> new NewTopic(t, partitions, replicationFactor).configs(topicConfigs))
                .toList();
        var result = admin.createTopics(create);
        Map<String, String> permanent = new TreeMap<>();
        Throwable retriable = null;
        for (var e : result.values().entrySet()) {
            try {
                e.getValue().get(30, TimeUnit.SECONDS);
                LOG.info("Created topic {} ({} partitions, replication {})", e.getKey(), partitions, replicationFactor);
                known.add(e.getKey());
            } catch (ExecutionException ex) {
                Throwable cause = ex.getCause();
                if (cause instanceof TopicExistsException) {
                    known.add(e.getKey());
                } else if (isPermanent(cause)) {
                    LOG.warn("Cannot create topic {}: {}", e.getKey(), cause.toString());
                    permanent.put(e.getKey(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
                } else {
                    retriable = cause;
                }
            } catch (TimeoutException ex) {
                retriable = ex;
            }
        }
        if (retriable != null) {
            throw new TopicCreationException(
                    "cannot create topics " + missing + " yet: " + retriable, retriable, true, Map.of());
        }
        if (!permanent.isEmpty()) {
            throw new TopicCreationException("cannot create topics " + permanent, null, false, permanent);
        }
    }

    /** Not authorised, an invalid name or settings the cluster refuses: trying again will not help. */
    static boolean isPermanent(Throwable cause) {
        return cause instanceof AuthorizationException
                || cause instanceof InvalidTopicException
                || cause instanceof PolicyViolationException
                || cause instanceof InvalidReplicationFactorException
                || cause instanceof InvalidPartitionsException
                || cause instanceof InvalidConfigurationException
                || cause instanceof UnsupportedVersionException;
    }

    private static TopicCreationException failure(Set<String> missing, Throwable cause) {
        if (isPermanent(cause)) {
            Map<String, String> all = new TreeMap<>();
            missing.forEach(t -> all.put(t, cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            return new TopicCreationException("cannot create topics " + missing + ": " + cause, cause, false, all);
        }
        return new TopicCreationException("cannot create topics " + missing + " yet: " + cause, cause, true, Map.of());
    }
}
