package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Clients that send a head and a first byte of body and then nothing more hold no worker thread:
 * while 250 of them wait (more than the 200 worker threads Quarkus starts with), a normal request,
 * the rules catalogue and readiness are answered at once. The body is read on the event loop
 * ({@link RequestBodies}); the resource method runs only once the body is whole.
 */
@QuarkusTest
class StalledBodiesTest {

    private static final int STALLED = 250;

    @Test
    void aNormalRequestIsAnsweredWithinASecondWhile250BodiesStall() throws Exception {
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

            long start = System.nanoTime();
            given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE).post("/api/v1/next-action")
                    .then().statusCode(200);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("StalledBodiesTest: a normal request took %d ms while %d bodies stalled%n", millis, STALLED);
            assertThat(millis).as("milliseconds for a normal request while %d bodies stall", STALLED).isLessThan(1000);

            given().get("/api/v1/rules").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200);
            assertThat(threadsBlockedReadingABody()).as("worker threads blocked reading a request body").isEmpty();
        } finally {
            for (RawHttp client : stalled) {
                client.close();
            }
        }
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
