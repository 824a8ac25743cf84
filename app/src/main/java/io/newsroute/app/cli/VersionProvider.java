package io.newsroute.app.cli;

import io.newsroute.tagger.ArticleTagger;
import org.apache.kafka.common.utils.internals.AppInfoParser;
import picocli.CommandLine;

/** Prints the Newsroute, tagger, Kafka and Java versions for {@code --version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String own = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "newsroute " + (own == null ? "dev" : own),
            "tagger " + ArticleTagger.VERSION,
            "kafka " + AppInfoParser.getVersion(),
            "java " + System.getProperty("java.version")
        };
    }
}
