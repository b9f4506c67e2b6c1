package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.http.Problem;
import com.followupadvisor.http.RequestBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The transport's limits at work, with small figures so that each case takes a few seconds: a body
 * has 1.5 s to arrive, 100 KiB of bodies may be held at once, 20 connections may be open and an
 * idle one is closed after 3 s. (The shipped figures are {@link TransportSettingsTest}'s; the
 * same at their real size, against the packaged jar, {@code ConnectionFloodIT}'s.)
 */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
public class TightLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.http.body-deadline", "PT1.5S", "advisor.http.body-memory", "100K",
                    "quarkus.http.limits.max-connections", "20", "quarkus.http.idle-timeout", "3S");
        }
    }

    @Inject
    RequestBodies bodies;

    // a body's deadline

    @Test
    void aBodyTrickledAtOneByteEveryHalfSecondIsCutOffAtTheDeadline() throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            client.send(RawHttp.post("/api/v1/next-action", 200));
            long start = System.nanoTime();
            for (int i = 0; i < 20 && !client.answerWaiting(); i++) {
                client.send("{");
                Thread.sleep(500);
            }
            RawHttp.Answer answer = client.answer();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertProblem(answer, 408, "request-timeout");
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(millis).as("milliseconds until the answer").isBetween(1_000L, 4_000L);
            assertThat(client.closedByPeer()).as("the connection is closed after the answer").isTrue();
        }
    }

    @Test
    void aBodyThatNeverComesIsCutOffAtTheDeadline() throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            client.send(RawHttp.post("/api/v1/next-action/batch", 5000) + "{\"items\": [");

            assertProblem(client.answer(), 408, "request-timeout");
            assertThat(client.closedByPeer()).isTrue();
        }
    }

    @Test
    void aBodyInTimeIsAnswered() {
        given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE).post("/api/v1/next-action")
                .then().statusCode(200);
    }

    // the bodies held at once

    @Test
    void aBodyThatWouldTakeTheHeldBodiesOverTheirBudgetIsRefusedUntilThereIsRoom() throws Exception {
        int length = 60 * 1024;
        try (RawHttp first = new RawHttp(RestAssured.port, 10_000); RawHttp second = new RawHttp(RestAssured.port, 10_000)) {
            // all but its last byte: held while the service waits for the rest
            first.send(RawHttp.post("/api/v1/next-action", length) + " ".repeat(length - 1));
            waitUntil(() -> bodies.held() >= length - 1);

            second.send(RawHttp.post("/api/v1/next-action", length) + " ".repeat(length));
            assertProblem(second.answer(), 503, "busy");

            first.send(" ");
            RawHttp.Answer answer = first.answer();
            assertThat(answer.status()).as(answer.head()).isEqualTo(400); // blanks are no state, but it was read
        }
        waitUntil(() -> bodies.held() == 0);
    }

    // the connections

    @Test
    void connectionsOverTheCapAreClosedAtOnceAndTheOthersAnswered() throws Exception {
        List<RawHttp> open = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                open.add(new RawHttp(RestAssured.port, 100));
            }
            List<RawHttp> kept = new ArrayList<>();
            for (RawHttp client : open) {
                if (!client.closedByPeer()) {
                    kept.add(client);
                }
            }
            System.out.printf("TightLimitsTest: the service kept %d of 30 connections open%n", kept.size());
            assertThat(kept).as("connections of 30 the service kept open (cap 20)").hasSizeBetween(1, 20);

            // the newest: the idle timeout (3 s) has not closed it yet
            RawHttp client = kept.get(kept.size() - 1);
            client.socket().setSoTimeout(10_000);
            client.send("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(client.answer().status()).isEqualTo(200);
        } finally {
            for (RawHttp client : open) {
                client.close();
            }
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterTheIdleTimeoutAndAFullCapEmptiesItself() throws Exception {
        // the connections other tests left open have been closed (by their clients, or by the 3 s idle timeout)
        eventually("the service holds no connection").until(() -> serviceConnections() == 0);
        List<RawHttp> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                idle.add(new RawHttp(RestAssured.port, 10_000));
            }
            long start = System.nanoTime();
            assertThat(idle.get(0).closedByPeer()).as("closed by the service").isTrue();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("milliseconds an idle connection stays open (idle timeout 3 s)").isBetween(1_000L, 6_000L);
            for (RawHttp client : idle) {
                assertThat(client.closedByPeer()).isTrue();
            }
            given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE).post("/api/v1/next-action")
                    .then().statusCode(200);
        } finally {
            for (RawHttp client : idle) {
                client.close();
            }
        }
    }

    public static void assertProblem(RawHttp.Answer answer, int status, String type) throws IOException {
        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.head()).startsWith(Problem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://followupadvisor.com/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        eventually("the bodies held").atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
    }

    /**
     * The connections the service has open: its end of each established TCP connection on its port
     * (Linux: /proc/net/tcp and tcp6; the service runs in this process, the port is its own).
     */
    private static long serviceConnections() throws IOException {
        String port = String.format(":%04X", RestAssured.port);
        long open = 0;
        for (Path table : List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"))) {
            if (Files.exists(table)) {
                // sl local_address rem_address st ...; st 01 is ESTABLISHED
                open += Files.readAllLines(table).stream().skip(1).map(line -> line.trim().split("\\s+"))
                        .filter(field -> field[1].endsWith(port) && field[3].equals("01")).count();
            }
        }
        return open;
    }
}
