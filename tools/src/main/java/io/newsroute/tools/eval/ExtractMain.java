package io.newsroute.tools.eval;

import io.newsroute.extract.ExtractCommandSupport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-alone entry point for {@link ExtractCommandSupport#extractAll}: reads the HTML files and
 * folders named on the command line, writes JSON lines to standard output. Used by
 * {@code bench/eval-extraction.sh} when the {@code newsroute} launcher is not available.
 */
public final class ExtractMain {

    private ExtractMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ExtractMain FILE_OR_DIR...");
            System.exit(2);
        }
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            paths.add(Path.of(a));
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        ExtractCommandSupport.extractAll(paths, out);
    }
}
