package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.followupadvisor.http.RequestBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Clients that send a head and a first byte of body and then nothing more hold no worker thread:
 * while 250 of them wait (more than the 200 worker threads Quarkus starts with), a normal request,
 * the rules catalogue and readiness are answered, and no worker thread is blocked reading a body.
 * The body is read on the event loop ({@link RequestBodies}); the resource method runs only once the
 * body is whole. When the stalled clients hang up, each is one line in the log (captured here, not
 * printed).
 */
@QuarkusTest
class StalledBodiesTest {

    private static final int STALLED = 250;

    @RegisterExtension
    final CapturedLog log = new CapturedLog(RequestBodies.class);

    @Test
    void aNormalRequestIsAnsweredWhile250BodiesStall() throws Exception {
        given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE).post("/api/v1/next-action")
                .then().statusCode(200);
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                String path = List.of("/api/v1/next-action", "/api/v1/next-action/batch", "/api/v1/next-action/calendar").get(i % 3);
                // Expect: 100-continue makes the service say when it starts to read the body
                RawHttp client = new RawHttp(RestAssured.port, 10_000);
                stalled.add(client);
                client.send(RawHttp.post(path, 5000).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
            }
            int reading = 0;
            for (RawHttp client : stalled) {
                String head;
                try {
                    head = client.head();
                } catch (SocketTimeoutException e) {
                    head = "nothing within 10 s";
                }
                assertThat(head).as("stalled body %d of %d: the service started reading it", reading + 1, STALLED)
                        .startsWith("HTTP/1.1 100 ");
                client.send("{\"company\": ");
                reading++;
            }

            // answered, not merely in time: with the bodies on worker threads it would wait for one to free up
            // (the 10 s the clients hold them), and a thread would be seen blocked below
            given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE).post("/api/v1/next-action")
                    .then().statusCode(200);
            given().get("/api/v1/rules").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200);
            assertThat(threadsBlockedReadingABody()).as("worker threads blocked reading a request body").isEmpty();
        } finally {
            for (RawHttp client : stalled) {
                client.close();
            }
        }
        // each client that hung up mid-body is one line, a warning without a stack trace
        eventually("a line for each stalled client that hung up").until(() -> hungUp().size() == STALLED);
        assertThat(hungUp()).allSatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).isNull();
        });
    }

    private List<LogRecord> hungUp() {
        return log.records().stream().filter(r -> r.getLoggerName().equals(RequestBodies.class.getName())
                && CapturedLog.line(r).contains("the client closed the connection before the whole body arrived")).toList();
    }

    /** The threads waiting in Quarkus REST's blocking body reader (they run in this JVM: the service is in-process). */
    private static List<String> threadsBlockedReadingABody() {
        List<String> blocked = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement frame : thread.getValue()) {
                if (frame.getClassName().contains("VertxBlockingInput") && frame.getMethodName().equals("readBlocking")) {
                    blocked.add(thread.getKey().getName());
                    break;
                }
            }
        }
        return blocked;
    }
}
