package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.Waits;
import com.followupadvisor.rules.release.RulesReloader;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Load with faults, on loopback only: client threads keep asking for advice while the test
 * rewrites a rule file again and again, a good version and a broken one in turn. Every request
 * must get a 200, and every answer must come whole from one rule set: the state asked about has
 * a {@code next.dueBy} that moves with the edited number, so each {@code rules.version} must
 * always come with the same {@code dueBy}. Bounded in time and count; figures are printed.
 *
 * <p>The short run (5 s) is part of every build; the long one runs with
 * {@code ./mvnw -B test -Pload} ({@code -Dload.seconds=N}, default 60).
 */
@QuarkusTest
@TestProfile(FixtureCopyProfile.class)
class LoadWithFaultsTest {

    /**
     * The profile's copy of the fixture rules, without the scenario that pins the follow-up day;
     * each run puts the files back as they were, for the other tests on the same copy.
     */
    static final Path DIR = FixtureCopyProfile.DIR;
    private static final int CLIENTS = 4;
    private static final String NUMBERS = "advice-numbers.properties";
    private static final String NUMBER = "followUpAfterDays = 5 ";
    private static final String TEMPLATE = "wording/en/follow-up.txt";
    private static final String EXTRA = "zz-broken.drl";
    /** On the fixture rules, waiting until followUpAfterDays after the 9th: 5 gives the 14th, 6 the 15th, 7 the 16th. */
    private static final String STATE = """
            {"asOf": "2026-11-12T09:00", "company": "Acme", "interview": {"at": "2026-11-09T10:00"},
             "thankYou": {"sentAt": "2026-11-09T17:00"}}""";
    private static final Map<Integer, String> DUE_BY = Map.of(5, "2026-11-14", 6, "2026-11-15", 7, "2026-11-16");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each broken version is refused with a line in the log: checked here, not shown on the console. */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(RulesReloader.class);

    @TestHTTPResource("/api/v1/next-action")
    URI nextAction;

    @TestHTTPResource("/api/v1/rules")
    URI catalogue;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void rulesAsBuilt() throws IOException {
        FixtureCopyProfile.assertAsBuilt();
    }

    @Test
    void answersStayWholeAndSuccessfulWhileRuleFilesAreRewrittenGoodAndBroken() throws Exception {
        run(Duration.ofSeconds(5));
    }

    @Test
    @Tag("load")
    void theSameForAMinute() throws Exception {
        run(Duration.ofSeconds(Long.getLong("load.seconds", 60)));
    }

    private void run(Duration length) throws Exception {
        String numbers = Files.readString(DIR.resolve(NUMBERS));
        String template = Files.readString(DIR.resolve(TEMPLATE));
        assertThat(numbers).contains(NUMBER);

        Map<String, Set<String>> dueByOfVersion = new ConcurrentHashMap<>();
        Map<String, String> expected = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicLong requests = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    ask(requests, dueByOfVersion, failures);
                }
            });
        }

        String original = version();
        String version = original;
        expected.put(version, DUE_BY.get(5));
        int good = 0;
        int broken = 0;
        long end = System.nanoTime() + length.toNanos();
        try {
            while (System.nanoTime() < end) {
                int fault = broken % 5;
                switch (fault) {
                    case 0 -> write(NUMBERS, numbers.replace(NUMBER, NUMBER.replace("5", "oops")));
                    case 1 -> write(NUMBERS, numbers.replace(NUMBER, NUMBER.replace(" = 5 ", " 5 ")));
                    case 2 -> write(NUMBERS, numbers.substring(0, numbers.length() / 2));   // a save cut short
                    case 3 -> write(TEMPLATE, template.replace("{/if}", ""));                 // unterminated sections
                    default -> write(EXTRA, "package advice;\nrule \"Keep searching\"\n"
                            + "when\nthen\nend\n");                                             // a duplicate rule name
                }
                broken++;
                await(report -> "FAILED".equals(report.path("lastReload").path("status").asText()), "broken version " + broken);

                int number = 5 + (good + 1) % 3;
                write(TEMPLATE, template);
                Files.deleteIfExists(DIR.resolve(EXTRA));
                // the comment makes every good version a new one (its own rules.version), though numbers repeat
                write(NUMBERS, numbers.replace(NUMBER, NUMBER.replace("5", String.valueOf(number)))
                        + "\n# load-with-faults edit " + (good + 1) + "\n");
                String before = version;
                JsonNode report = await(r -> !r.path("version").asText().equals(before)
                        && "OK".equals(r.path("lastReload").path("status").asText()), "good version " + (good + 1));
                version = report.path("version").asText();
                expected.put(version, DUE_BY.get(number));
                good++;
            }
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            // the files as they were: the version digests them, so the original version answers again
            write(TEMPLATE, template);
            Files.deleteIfExists(DIR.resolve(EXTRA));
            write(NUMBERS, numbers);
            await(r -> original.equals(r.path("version").asText()) && !"FAILED".equals(r.path("lastReload").path("status").asText()),
                    "original version");
        }

        System.out.printf("Load with faults, %d s, %d clients: %d requests, %d good reloads, %d broken versions injected, "
                + "%d failed requests, %d rule-set versions answered%n",
                length.toSeconds(), CLIENTS, requests.get(), good, broken, failures.size(), dueByOfVersion.size());
        assertThat(failures).as("requests that did not get a 200 with an answer").isEmpty();
        assertThat(requests.get()).isPositive();
        assertThat(good).isPositive();
        // each answer comes whole from one rule set: one version, one dueBy, and the one its number gives
        assertThat(dueByOfVersion).allSatisfy((v, dueBys) -> assertThat(dueBys).as("dueBy answered with version " + v)
                .hasSize(1).isSubsetOf(DUE_BY.values()));
        expected.forEach((v, dueBy) -> {
            if (dueByOfVersion.containsKey(v)) {
                assertThat(dueByOfVersion.get(v)).as("dueBy answered with version " + v).containsExactly(dueBy);
            }
        });
        assertThat(dueByOfVersion).hasSizeGreaterThan(1);
        assertThat(expected.keySet()).hasSize(good + 1);
        int injected = broken;
        eventually("a line for each broken version").untilAsserted(() -> assertThat(log.lines()).as("reloads refused")
                .filteredOn(line -> line.contains("still answering with version")).hasSizeGreaterThanOrEqualTo(injected));
    }

    private void ask(AtomicLong requests, Map<String, Set<String>> dueByOfVersion, List<String> failures) {
        HttpRequest request = HttpRequest.newBuilder(nextAction).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(STATE)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            requests.incrementAndGet();
            if (response.statusCode() != 200) {
                failures.add(response.statusCode() + " " + response.body());
                return;
            }
            JsonNode answer = JSON.readTree(response.body());
            dueByOfVersion.computeIfAbsent(answer.path("rules").path("version").asText(), v -> ConcurrentHashMap.newKeySet())
                    .add(answer.path("next").path("dueBy").asText());
        } catch (IOException e) {
            requests.incrementAndGet();
            failures.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(String file, String text) throws IOException {
        Files.writeString(DIR.resolve(file), text);
    }

    private String version() throws Exception {
        return catalogue().path("version").asText();
    }

    private JsonNode catalogue() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(catalogue).timeout(Duration.ofSeconds(10)).GET().build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Reads the rule catalogue until {@code condition} holds, and returns it; gives up after {@link Waits#AT_MOST}. */
    private JsonNode await(Predicate<JsonNode> condition, String what) {
        AtomicReference<JsonNode> report = new AtomicReference<>();
        eventually("the " + what + " to be loaded").untilAsserted(() -> {
            report.set(catalogue());
            assertThat(condition.test(report.get())).as("last report: %s", report.get().path("lastReload")).isTrue();
        });
        return report.get();
    }
}
