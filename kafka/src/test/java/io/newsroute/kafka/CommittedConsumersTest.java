package io.newsroute.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class CommittedConsumersTest {

    @Test
    void shouldReadOnlyCommittedRecordsAndKeepTheCallersOtherSettings() {
        Properties given = new Properties();
        given.put("security.protocol", "SASL_SSL");
        given.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");

        Properties p = CommittedConsumers.readCommitted(given);

        assertThat(p)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        assertThat(given).doesNotContainKey(ConsumerConfig.ISOLATION_LEVEL_CONFIG);
    }

    @Test
    void shouldStartFromTheEarliestOffsetWithoutAutomaticCommitsForAReaderThatOwnsItsPosition() {
        Properties p = CommittedConsumers.fromStart(new Properties());

        assertThat(p)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }
}
