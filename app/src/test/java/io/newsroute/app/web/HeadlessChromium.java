package io.newsroute.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroute.common.serde.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's WebSocket
 * client (no driver library): navigate, evaluate JavaScript, collect console errors and uncaught
 * exceptions, take a screenshot. Each instance has a fresh profile folder, deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The Chromium binary: {@code $CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH; {@code null} when none. */
    static Path binary() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    static HeadlessChromium launch(Path binary, int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("newsroute-chromium");
        Process p = new ProcessBuilder(
                        binary.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-dev-shm-usage",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--window-size=" + width + "," + height,
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .start();
        String browserUrl = waitForDevTools(p);
        int port = URI.create(browserUrl).getPort();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = Json.mapper()
                .readTree(http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        String pageUrl = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                pageUrl = t.get("webSocketDebuggerUrl").asText();
            }
        }
        if (pageUrl == null) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium has no page target: " + targets);
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        Listener listener = new Listener(self);
        WebSocket ws = http.newWebSocketBuilder()
                .buildAsync(URI.create(pageUrl), listener)
                .get(30, TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(p, profile, ws);
        for (String domain : List.of("Runtime.enable", "Log.enable", "Page.enable")) {
            self[0].call(domain, Json.mapper().createObjectNode());
        }
        return self[0];
    }

    private static String waitForDevTools(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> r.lines().forEach(l -> {}), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("Chromium exited before DevTools started:\n" + seen);
    }

    /** Receives the DevTools messages: answers to calls, and the events that report errors. */
    private static final class Listener implements WebSocket.Listener {
        private final HeadlessChromium[] self;
        private final StringBuilder partial = new StringBuilder();

        Listener(HeadlessChromium[] self) {
            this.self = self;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                while (self[0] == null) {
                    Thread.onSpinWait();
                }
                self[0].onMessage(text);
            }
            ws.request(1);
            return null;
        }
    }

    private void onMessage(String text) {
        try {
            JsonNode m = Json.mapper().readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = calls.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
                return;
            }
            String method = m.path("method").asText();
            JsonNode params = m.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails").toString());
            } else if (method.equals("Runtime.consoleAPICalled")
                    && params.path("type").asText().equals("error")) {
                errors.add("console.error: " + params.path("args").toString());
            } else if (method.equals("Log.entryAdded")
                    && params.path("entry").path("level").asText().equals("error")) {
                errors.add("log: " + params.path("entry").path("text").asText() + " "
                        + params.path("entry").path("url").asText());
            }
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e);
        }
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        calls.put(id, f);
        ObjectNode msg = Json.mapper().createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(Json.mapper().writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        JsonNode answer = f.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Json.mapper().createObjectNode().put("url", url));
    }

    /** The value of a JavaScript expression (JSON-serialisable), awaiting it when it is a promise. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call(
                "Runtime.evaluate",
                Json.mapper()
                        .createObjectNode()
                        .put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    void screenshot(Path file) throws Exception {
        JsonNode r =
                call("Page.captureScreenshot", Json.mapper().createObjectNode().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
    }

    /** The JavaScript errors seen so far (console errors, uncaught exceptions, failed loads). */
    List<String> errors() {
        return new ArrayList<>(errors);
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }
}
