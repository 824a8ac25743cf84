package io.newsroute.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class SchemaHeadersTest {

    @Test
    void shouldReplaceAnEarlierSchemaHeader() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(SchemaHeaders.SCHEMA, "1".getBytes(StandardCharsets.US_ASCII));

        SchemaHeaders.put(headers, 2);

        assertThat(headers.headers(SchemaHeaders.SCHEMA)).hasSize(1);
        assertThat(SchemaHeaders.version(headers)).hasValue(2);
    }

    @Test
    void shouldTreatAMissingOrMalformedHeaderAsAbsent() {
        RecordHeaders headers = new RecordHeaders();
        assertThat(SchemaHeaders.version(headers)).isEmpty();

        headers.add(SchemaHeaders.SCHEMA, "v2".getBytes(StandardCharsets.US_ASCII));
        assertThat(SchemaHeaders.version(headers)).isEmpty();
    }
}
