package io.newsroute.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RoutingHeadersTest {

    private static Headers withValue(String value) {
        Headers h = new RecordHeaders();
        h.add(RoutingHeaders.COUNTRIES, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        return h;
    }

    @Test
    void shouldReadBackTheCodesItWroteInOrder() {
        Headers h = new RecordHeaders();
        RoutingHeaders.putCountries(h, List.of("LA", "JP", "CN"));

        assertThat(new String(h.lastHeader(RoutingHeaders.COUNTRIES).value(), StandardCharsets.US_ASCII))
                .isEqualTo("LA,JP,CN");
        assertThat(RoutingHeaders.countries(h)).contains(List.of("LA", "JP", "CN"));
    }

    @Test
    void shouldWriteAnEmptyValueForAnArticleWithoutCountries() {
        Headers h = new RecordHeaders();
        RoutingHeaders.putCountries(h, List.of());

        assertThat(h.lastHeader(RoutingHeaders.COUNTRIES).value()).isEmpty();
        assertThat(RoutingHeaders.countries(h)).contains(List.of());
    }

    @Test
    void shouldBeAbsentWhenThereIsNoHeader() {
        assertThat(RoutingHeaders.countries(new RecordHeaders())).isEmpty();
    }

    @Test
    void shouldTreatAMalformedValueAsAbsent() {
        for (String bad :
                new String[] {"jp", "JP,", ",JP", "JP,,FR", "JPN", "J", "JP;FR", "JP, FR", "../x", "\u00c9S", "J1"}) {
            assertThat(RoutingHeaders.countries(withValue(bad))).as(bad).isEmpty();
        }
        assertThat(RoutingHeaders.countries(withValue(null))).isEmpty();
    }

    @Test
    void shouldReplaceAnExistingHeaderSoAForgedOneCannotPassThrough() {
        Headers h = withValue("KP");
        h.add(RoutingHeaders.COUNTRIES, "RU".getBytes(StandardCharsets.US_ASCII));
        RoutingHeaders.putCountries(h, List.of("FR"));

        assertThat(h.headers(RoutingHeaders.COUNTRIES)).hasSize(1);
        assertThat(RoutingHeaders.countries(h)).contains(List.of("FR"));
    }

    @Test
    void shouldLeaveOutCodesThatCannotNameACountryTopic() {
        Headers h = new RecordHeaders();
        RoutingHeaders.putCountries(h, Arrays.asList("jp", "../x", null, "ZZ", "JP"));

        assertThat(RoutingHeaders.countries(h)).contains(List.of("ZZ", "JP"));
    }

    @Test
    void shouldKeepOtherHeaders() {
        Headers h = new RecordHeaders();
        h.add("trace", new byte[] {1});
        RoutingHeaders.putCountries(h, List.of("JP"));

        assertThat(h.lastHeader("trace").value()).containsExactly(1);
    }
}
