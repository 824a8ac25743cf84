package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void shouldStripBylinePrefixesAndRelativeTimes() {
        assertThat(AuthorNames.clean(List.of("Analysis by Jane Roe, Senior Political Writer"), null))
                .containsExactly("Jane Roe");
        assertThat(AuthorNames.clean(List.of("John Doe 1 day ago"), null)).containsExactly("John Doe");
    }

    @Test
    void shouldSplitListsAndTitleCaseCapitals() {
        assertThat(AuthorNames.clean(List.of("By MEG ROE and ERRIN DOE"), null))
                .containsExactly("Meg Roe", "Errin Doe");
    }

    @Test
    void shouldDropSiteNameDuplicatesAndJunk() {
        assertThat(AuthorNames.clean(
                        List.of("Coastal Courier", "Jane Roe", "jane@example.com", "STAFF NOVEMBER 20", "Jane Roe"),
                        "Coastal Courier"))
                .containsExactly("Jane Roe");
    }
}
