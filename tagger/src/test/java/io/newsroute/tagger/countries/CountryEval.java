package io.newsroute.tagger.countries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroute.common.model.CountryTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Evaluation harness used by {@code bench/eval-countries.sh} when the {@code newsroute} CLI is absent:
 * reads JSON-lines articles ({@code id}, {@code title}, {@code subtitle}, {@code body}) on stdin, writes
 * {@code {"id": ..., "countries": [...]}} lines on stdout. Optional argument: the routing threshold.
 * With {@code --debug} it writes every candidate with its relevance instead.
 */
public final class CountryEval {

    private CountryEval() {}

    public static void main(String[] args) throws IOException {
        CountryTagger tagger = CountryTagger.standard();
        boolean debug = false;
        for (String a : args) {
            if (a.equals("--debug")) {
                debug = true;
            } else {
                tagger = tagger.withMinRelevance(Double.parseDouble(a));
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            ObjectNode result = mapper.createObjectNode();
            result.set("id", node.get("id"));
            ArrayNode codes = result.putArray("countries");
            String title = node.path("title").asText(null);
            String subtitle = node.path("subtitle").asText(null);
            String body = node.path("body").asText(null);
            if (debug) {
                for (CountryTag t : tagger.candidates(title, subtitle, body)) {
                    codes.add(t.code() + " " + t.relevance() + (t.primary() ? " P " : " ")
                            + t.mentions().stream()
                                    .map(m -> m.text() + "@" + m.field().charAt(0))
                                    .toList());
                }
            } else {
                for (CountryTag t : tagger.tag(title, subtitle, body)) {
                    codes.add(t.code());
                }
            }
            out.println(mapper.writeValueAsString(result));
        }
        out.flush();
    }
}
