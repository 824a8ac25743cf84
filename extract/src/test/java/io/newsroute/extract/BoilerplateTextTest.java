package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTextTest {

    @Test
    void shouldRecognisePromptsGluedTogether() {
        assertThat(BoilerplateText.isPrompt("SubscribeThe Authors")).isTrue();
        assertThat(BoilerplateText.isPrompt("Want to read more?")).isTrue();
        assertThat(BoilerplateText.isPrompt("Share on Facebook")).isTrue();
        assertThat(BoilerplateText.isPrompt("ADVERTISEMENT")).isTrue();
    }

    @Test
    void shouldRecogniseNewsletterAndCookiePrompts() {
        assertThat(BoilerplateText.isPrompt("Sign up for our daily newsletter to get the news in your inbox."))
                .isTrue();
        assertThat(BoilerplateText.isPrompt("We use cookies to give you the best experience."))
                .isTrue();
    }

    @Test
    void shouldNotTakeArticleSentencesForPrompts() {
        assertThat(BoilerplateText.isPrompt("Subscribers to the service will pay more from January, the company said."))
                .isFalse();
        assertThat(BoilerplateText.isPrompt("Share prices fell sharply on Monday."))
                .isFalse();
        assertThat(BoilerplateText.isPrompt("Subscribed users grew by a third."))
                .isFalse();
    }

    @Test
    void shouldReadNamesFromBio() {
        assertThat(BoilerplateText.bioAuthors("Prashanth Parameswaran is an Associate Editor at The Diplomat."))
                .contains(List.of("Prashanth Parameswaran"));
        assertThat(BoilerplateText.bioAuthors("The minister is a member of the party in power."))
                .isEmpty();
    }

    @Test
    void shouldSplitBylines() {
        assertThat(BoilerplateText.bylineNames("By Jane Roe and John Doe")).containsExactly("Jane Roe", "John Doe");
    }
}
