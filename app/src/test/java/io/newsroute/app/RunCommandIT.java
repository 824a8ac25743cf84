package io.newsroute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first command, {@code newsroute run}, on the repository's seeds with its own embedded broker. */
class RunCommandIT {

    @Test
    void shouldRunTheSeedsThroughAnEmbeddedBrokerAndPrintEachCountryTopic() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = io.newsroute.app.NewsrouteCommand.commandLine()
                    .execute("run", "--seeds", "../seeds", "--timeout", "90");
        } finally {
            System.setOut(original);
        }
        String out = buf.toString(StandardCharsets.UTF_8);

        assertThat(code).as(out).isZero();
        assertThat(out)
                .contains(
                        "Starting an embedded Kafka broker",
                        "news.country.la (1 article)",
                        "news.country.jp (1 article)",
                        "Laos-Japan Relations in the Spotlight",
                        "Prashanth Parameswaran");
    }
}
