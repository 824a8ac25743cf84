package io.newsroute.app.cli;

import io.newsroute.extract.ExtractCommandSupport;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsroute extract}: extracts articles from web pages, one JSON line per page (no Kafka). */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract the article (title, body, authors, date, ...) from HTML pages: one JSON line per page.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE_OR_DIR",
            arity = "1..*",
            description = "HTML pages (.html, .htm, also .gz) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        ExtractCommandSupport.extractAll(paths, out);
        out.flush();
        return 0;
    }
}
