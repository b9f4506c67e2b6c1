package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attacks of the second hardening round, against the packaged jar launched as the README says
 * ({@code java @jvm.options -jar}: a 256 MiB heap, and the process exits on running out of memory),
 * on one start shared by every case (the start the ITs share, {@link RunningJar#shared()}): after each,
 * the same process must still be there and answer. Each case took this process down, or stalled it,
 * before the round.
 */
class HardeningIT {

    private static final String HEADER = "package advice;\nimport com.followupadvisor.advice.*;\n";
    /** Other applications of a state no scenario has, for a rule to pick it out (the rules see no company). */
    private static final int ONLY_HERE = 17;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ExecutorService CLIENTS = Executors.newCachedThreadPool();

    private static RunningJar jar;

    @BeforeAll
    static void start() throws Exception {
        jar = RunningJar.shared();
    }

    @AfterAll
    static void stop() {
        CLIENTS.shutdownNow();
        // the jar is shared: it stops when the JVM exits
    }

    /** After every case: the very process that started is alive, and answers health and a state. */
    @AfterEach
    void stillServing() throws Exception {
        assertThat(jar.process().isAlive()).as("the service is still running; its log:\n%s", tail()).isTrue();
        assertThat(jar.status("/q/health/live")).isEqualTo(200);
        assertThat(post("/api/v1/next-action", state("Acme", "Analyst", "Sam Lee", 1)).statusCode()).isEqualTo(200);
    }

    @Test
    void fiveMegabytesOfUnknownFieldsGetAShortRefusal() throws Exception {
        String fields = IntStream.range(0, 480_000).mapToObj(i -> "\"k" + i + "\":0").collect(Collectors.joining(","));
        HttpResponse<String> beside = post("/api/v1/next-action/batch", "{\"items\":[]," + fields + "}");
        assertThat(beside.statusCode()).isEqualTo(400);
        assertThat(beside.body()).hasSizeLessThan(2_000).contains("\"field\":\"$\"");

        HttpResponse<String> inAState = post("/api/v1/next-action/batch", "{\"items\":[{\"state\":{" + fields + "}}]}");
        assertThat(inAState.statusCode()).isEqualTo(400);
        assertThat(inAState.body()).hasSizeLessThan(2_000).contains("items[0].state");
    }

    @Test
    void batchesOfTheLongestValuesAtOnceAreAnsweredOrRefusedNeverFatal() throws Exception {
        String batch = batch(1_000);
        assertThat(batch.getBytes(StandardCharsets.UTF_8).length).as("the issue's 2.3 MB batch").isGreaterThan(2_000_000);
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> postQuietly("/api/v1/next-action/batch", batch), CLIENTS))
                .toList();
        List<Integer> statuses = sent.stream().map(f -> f.join().statusCode()).toList();
        assertThat(statuses).as("each answered whole, or refused for now").containsAnyOf(200).allMatch(s -> s == 200 || s == 503);
        sent.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).forEach(r ->
                assertThat(r.body()).startsWith("{\"results\":[").endsWith("]}").contains("\"index\":999"));
    }

    @Test
    void clientsThatSendBatchesAndNeverReadHoldNoMemory() throws Exception {
        byte[] batch = batch(150).getBytes(StandardCharsets.UTF_8);
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket("localhost", jar.port());
                socket.setReceiveBufferSize(4096);
                socket.getOutputStream().write(RawHttp.post("/api/v1/next-action/batch", batch.length).getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(batch);
                idle.add(socket);
            }
            // while they hold their answers unread, the service answers others
            assertThat(jar.status("/q/health/live")).isEqualTo(200);
            assertThat(post("/api/v1/next-action", state("Acme", "Analyst", "Sam Lee", 1)).statusCode()).isEqualTo(200);
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        // their places are given back once their connections close
        eventually("a batch is answered again").until(() -> postQuietly("/api/v1/next-action/batch", batch(2)).statusCode() == 200);
    }

    @Test
    void aRuleSlowOnOneStateStallsNothingElse() throws Exception {
        String before = rulesVersion();
        release(rules().resolve("zz-spin.drl"), HEADER + """
                rule "Spin for one state"
                when Application( activeApplications == SPINS )
                then long n = 0; while (n >= 0) { n = (n + 1) % 1000; }
                end
                """.replace("SPINS", String.valueOf(ONLY_HERE)));
        try {
            eventually("the slow rule is live (no scenario has its state)").until(() -> !before.equals(rulesVersion()));
            List<CompletableFuture<HttpResponse<String>>> spinning = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> postQuietly("/api/v1/next-action",
                            state("Spin Inc", "Analyst", "Sam Lee", 1, "面".repeat(199), ONLY_HERE)), CLIENTS))
                    .toList();
            // the issue's figures: liveness timed out at 30 s, a cheap request took 16.9 s; a 10 s client timeout fails either
            for (int i = 0; i < 5; i++) {
                assertThat(jar.status("/q/health/live")).isEqualTo(200);
                assertThat(jar.status("/")).isEqualTo(200);
            }
            assertThat(spinning).as("the slow requests are still being worked on").anyMatch(f -> !f.isDone());
            assertThat(spinning.stream().map(f -> f.join().statusCode())).containsOnly(503);
        } finally {
            Files.delete(rules().resolve("zz-spin.drl"));
            eventually("the rules are back as they were").until(() -> before.equals(rulesVersion()));
        }
    }

    @Test
    void aTemplateThatRepeatsItsValuesIsRefusedPerRequestAndItsMessagesAreShort() throws Exception {
        Path thanks = rules().resolve("wording/en/thanks.txt");
        String original = Files.readString(thanks);
        String before = rulesVersion();
        release(thanks, original + "{#if company == 'Long Inc'}" + "{company}{role}{candidateName}".repeat(33_768) + "{/if}");
        try {
            eventually("the template is live (no scenario takes its branch)").until(() -> !before.equals(rulesVersion()));
            HttpResponse<String> answer = post("/api/v1/next-action", state("Long Inc", "R".repeat(200), "C".repeat(200), 20));
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).hasSizeLessThan(1_000);
            assertThat(get("/api/v1/rules").body()).hasSizeLessThan(100_000);
            assertThat(get("/q/health/ready").body()).hasSizeLessThan(100_000);
            assertThat(jar.log().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(5_000));
        } finally {
            release(thanks, original);
            eventually("the rules are back as they were").until(() -> before.equals(rulesVersion()));
        }
    }

    @Test
    void aRuleThatWouldWriteAFileOrChangeTheJvmNeverGoesLive() throws Exception {
        Path written = Path.of("target", "hardening-written-by-a-rule.txt").toAbsolutePath();
        Files.deleteIfExists(written);
        String before = rulesVersion();
        release(rules().resolve("zz-outside.drl"), HEADER + """
                rule "Write a file"
                when Application( activeApplications == %d )
                then
                    new java.util.Formatter("%s").format("x").close();
                    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
                    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
                    java.util.stream.LongStream.range(0, 1_000_000_000_000L).parallel().sum();
                end
                """.formatted(ONLY_HERE, written));
        try {
            eventually("the rule is refused").until(() -> rulesReport().contains("zz-outside.drl:"));
            String report = get("/api/v1/rules").body();
            assertThat(report).contains("zz-outside.drl:6", "zz-outside.drl:7", "zz-outside.drl:8", "zz-outside.drl:9");
            assertThat(post("/api/v1/next-action", state("Write Inc", "Analyst", "Sam Lee", 1, "面".repeat(199), ONLY_HERE))
                    .statusCode()).isEqualTo(200);
            assertThat(rulesVersion()).isEqualTo(before);
            assertThat(written).doesNotExist();
        } finally {
            Files.delete(rules().resolve("zz-outside.drl"));
            // the shared jar's rules as they were, reported so, for the next test on it
            eventually("the rules are whole again").until(() -> !rulesReport().contains("zz-outside.drl:"));
        }
    }

    @Test
    void framingFieldsLanguagesAndThePageAreRefusedOrSentAsACarefulServerWould() throws Exception {
        String pipelined = "GET /api/v1/rules HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String head = "POST /api/v1/next-action HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
        // finding 7: a body length two ways, or a coding nobody knows: the connection ends, nothing behind is answered
        for (String[] request : new String[][] {
            {head + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "400"},
            {head + "Transfer-Encoding: xchunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "501"}}) {
            try (RawHttp client = new RawHttp(jar.port(), 10_000)) {
                RawHttp.Answer answer = client.send(request[0] + pipelined).answer();
                assertThat(answer.status()).as(answer.head()).isEqualTo(Integer.parseInt(request[1]));
                assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
                // the bytes of an unread body may get the HTTP decoder's bare 400; the request behind is never answered
                assertThat(new String(client.socket().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .as("what came behind the answer").doesNotContain(" 200 ", "\"rules\"");
            }
        }
        // finding 8: q=0 is "not this one"; a malformed q-value is the service's 400, naming the header
        HttpResponse<String> notGerman = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jar.port()
                + "/api/v1/next-action")).header("Content-Type", "application/json").header("Accept-Language", "de;q=0")
                .POST(HttpRequest.BodyPublishers.ofString(state("Acme", "Analyst", "Sam Lee", 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notGerman.statusCode()).isEqualTo(200);
        assertThat(notGerman.headers().firstValue("Content-Language")).isNotEqualTo(java.util.Optional.of("de"));
        HttpResponse<String> badWeight = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jar.port()
                + "/api/v1/next-action")).header("Content-Type", "application/json").header("Accept-Language", "de;q=1.5")
                .POST(HttpRequest.BodyPublishers.ofString(state("Acme", "Analyst", "Sam Lee", 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badWeight.statusCode()).isEqualTo(400);
        assertThat(badWeight.body()).contains("Accept-Language");
        // finding 6: a one-line field with a line break, an address that is two, a lone surrogate
        HttpResponse<String> fields = post("/api/v1/next-action", state("Acme", "Analyst\\rBcc: evil@x.example\\r", "Sam\\uD800", 1)
                .replace("p0@acme.example", "dana>,mallory\\\"<@evil.example"));
        assertThat(fields.statusCode()).isEqualTo(400);
        assertThat(fields.body()).contains("\"role\"", "\"candidateName\"", "interview.interviewers[0].email");
        // finding 6: the calendar has no control byte and no line over 75 octets
        HttpResponse<byte[]> ics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jar.port()
                + "/api/v1/next-action/calendar")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(state("公".repeat(200), "職".repeat(200), "名".repeat(200), 3))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ics.statusCode()).isEqualTo(200);
        for (String line : new String(ics.body(), StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line.chars()).as(line).noneMatch(c -> c < 0x20 || c == 0x7f);
        }
        // finding 9: the page revalidates, runs only its own scripts, is never framed; TRACE is not a method here
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jar.port() + "/"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(405);
    }

    // ---- requests -------------------------------------------------------------------------------

    /**
     * Puts {@code text} in {@code file} in one step, as a release does: written beside it under a
     * hidden name (the service reads no hidden file), then moved into place, so the watcher never
     * sees the file half written (an empty template, say, is a valid one).
     */
    private static void release(Path file, String text) throws IOException {
        Path hidden = file.resolveSibling("." + file.getFileName() + ".new");
        Files.writeString(hidden, text);
        Files.move(hidden, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path rules() {
        return jar.rules();
    }

    private static String rulesVersion() {
        String body = postQuietly("/api/v1/next-action", state("Acme", "Analyst", "Sam Lee", 1)).body();
        int at = body.indexOf("\"version\":\"");
        return at < 0 ? "" : body.substring(at + 11, body.indexOf('"', at + 11));
    }

    /** A state the fixture rules answer with a thank-you draft per interviewer and a plan. */
    private static String state(String company, String role, String candidate, int interviewers) {
        return state(company, role, candidate, interviewers, "面".repeat(199));
    }

    private static String state(String company, String role, String candidate, int interviewers, String names) {
        return state(company, role, candidate, interviewers, names, 4);
    }

    private static String state(String company, String role, String candidate, int interviewers, String names,
            int otherApplications) {
        String people = IntStream.range(0, interviewers).mapToObj(i -> "{\"name\": \"" + names + (char) ('A' + i)
                + "\", \"email\": \"p" + i
                + "@acme.example\"}").collect(Collectors.joining(","));
        return """
                {"asOf": "2026-11-12T18:00", "company": "%s", "role": "%s", "candidateName": "%s",
                 "interview": {"at": "2026-11-12T10:00", "interviewers": [%s]},
                 "otherOpportunities": {"activeApplications": %d, "upcomingInterviews": 1}}""".formatted(company, role, candidate,
                people, otherApplications);
    }

    /** {@code n} items as the issue sent them: company, role and name of 200 CJK characters, 20 interviewers. */
    private static String batch(int n) {
        String item = "{\"state\": " + state("公".repeat(200), "職".repeat(200), "名".repeat(200), 20, "Person ") + "}";
        return IntStream.range(0, n).mapToObj(i -> item).collect(Collectors.joining(",", "{\"items\": [", "]}"));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jar.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + jar.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rulesReport() {
        try {
            return get("/api/v1/rules").body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> postQuietly(String path, String body) {
        try {
            return post(path, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail() throws IOException {
        String log = jar.log();
        return log.substring(Math.max(0, log.length() - 5_000));
    }
}
