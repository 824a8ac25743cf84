package io.newsroute.kafka;

import java.util.Map;
import org.apache.kafka.common.KafkaException;

/**
 * Some topics could not be created. {@link #retriable()} says whether trying again may help (a timeout,
 * a broker or controller not available); otherwise {@link #uncreatable()} names each topic that cannot
 * be created with its reason (not authorised, an invalid name, a policy or configuration the cluster
 * refuses), and the other topics of the request exist. Reads and writes nothing.
 */
public final class TopicCreationException extends KafkaException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> uncreatable;
    private final boolean retriable;

    public TopicCreationException(String message, Throwable cause, boolean retriable, Map<String, String> uncreatable) {
        super(message, cause);
        this.retriable = retriable;
        this.uncreatable = Map.copyOf(uncreatable);
    }

    /** Whether the failure is temporary, so the same request may succeed later. */
    public boolean retriable() {
        return retriable;
    }

    /** Topic to reason, for the topics that cannot be created (empty when {@link #retriable()}). */
    public Map<String, String> uncreatable() {
        return uncreatable;
    }
}
