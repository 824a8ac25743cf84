package io.newsroute.kafka;

import java.util.Set;

/** Makes sure topics exist before records are written to them. {@link TopicCreator} does it with the Admin client. */
@FunctionalInterface
public interface TopicProvisioner {

    /**
     * Creates whichever of {@code topics} do not exist yet; returns once they do.
     *
     * @throws TopicCreationException when some cannot be created (retriable, or naming those that never can be)
     */
    void ensure(Set<String> topics);
}
