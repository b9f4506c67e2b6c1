package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * SIGTERM on the packaged jar while a request is in flight (its body half sent): readiness goes DOWN
 * at once, the request is still read and answered whole, a new one is answered too (with
 * Connection: close), and the process exits once the delay is over and nothing is left in flight,
 * well within the shipped bound (a 5 s delay, then up to 20 s). Before quarkus.shutdown.* were set,
 * the connection was dropped about 50 ms after the signal.
 */
class GracefulShutdownIT {

    @Test
    void sigtermTakesReadinessDownFinishesWhatIsInFlightAndExits() throws Exception {
        byte[] body = NextActionResourceTest.CONTRACT_EXAMPLE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (RunningJar jar = RunningJar.start("graceful-shutdown"); RawHttp inFlight = new RawHttp(jar.port(), 30_000)) {
            // Expect: 100-continue makes the service say when it has the head and starts reading the body
            inFlight.send(RawHttp.post("/api/v1/next-action", body.length).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
            assertThat(inFlight.head()).startsWith("HTTP/1.1 100 ");
            inFlight.send(java.util.Arrays.copyOf(body, 100));

            long signalled = System.nanoTime();
            jar.process().destroy(); // SIGTERM
            await("readiness is DOWN").atMost(Duration.ofSeconds(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .pollInSameThread().until(() -> jar.status("/q/health/ready") == 503);
            long down = millisSince(signalled);
            assertThat(jar.status("/q/health/live")).as("liveness meanwhile").isEqualTo(200);

            // the rest of the body a second into the delay, as from a slow client: it is still read
            Thread.sleep(1_000);
            inFlight.send(java.util.Arrays.copyOfRange(body, 100, body.length));
            RawHttp.Answer answer = inFlight.answer();
            assertThat(answer.status()).as(answer.head()).isEqualTo(200);
            assertThat(answer.body()).contains("\"next\"");

            try (RawHttp late = new RawHttp(jar.port(), 10_000)) {
                RawHttp.Answer lateAnswer = late.send(RawHttp.post("/api/v1/next-action", body.length)).send(body).answer();
                assertThat(lateAnswer.status()).as("a request during the delay").isEqualTo(200);
                assertThat(lateAnswer.header("Connection")).isEqualToIgnoringCase("close");
            }

            assertThat(jar.process().waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
            long exited = millisSince(signalled);
            System.out.printf("GracefulShutdownIT: readiness DOWN after %d ms, the process exited after %d ms%n", down, exited);
            assertThat(exited).as("milliseconds until the process exited").isBetween(5_000L, 25_000L);
            assertThat(jar.log()).contains("stopped in").doesNotContain("ERROR");
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
