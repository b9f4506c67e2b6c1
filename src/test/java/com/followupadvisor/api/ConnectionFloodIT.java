package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A flood of idle connections against the packaged jar, the way the SRE's probe did it (some
 * 20,000 in 3.3 s took every file descriptor, liveness with them): 15,000 connections as fast as
 * one thread opens them, none of which ever sends a byte. The jar keeps its cap (1000) and closes
 * the rest as they come, so its file descriptors stay far from the limit (a burst leaves a few
 * thousand waiting to be closed, gone seconds after it; without the cap it held all 15,000 until the
 * idle timeout); a keep-alive connection opened
 * before the flood goes on being answered while new ones are refused; and once the idle timeout
 * (30 s) has closed the flood's connections, new ones are answered again though the flood's client
 * never closed its sockets.
 * About a minute; runs with {@code ./mvnw -B verify -Pload}.
 */
@Tag("load")
class ConnectionFloodIT {

    private static final int FLOOD = 15_000;
    /** The jar's cap on connections, as application.properties sets it. */
    private static final int CAP = maxConnections();

    @Test
    void aFloodOfIdleConnectionsNeitherExhaustsFileDescriptorsNorStopsTheServiceForLong() throws Exception {
        // the shared jar: the flood neither stops nor reconfigures it, and this waits until it answers new connections again
        RunningJar jar = RunningJar.shared();
        try (RawHttp keptAlive = new RawHttp(jar.port(), 10_000)) {
            long before = jar.openFiles();
            assertThat(live(keptAlive)).isEqualTo(200);

            List<Socket> flood = new ArrayList<>();
            long start = System.nanoTime();
            long most = 0;
            try {
                for (int i = 0; i < FLOOD; i++) {
                    flood.add(new Socket("localhost", jar.port()));
                    if (i % 1000 == 999) {
                        most = Math.max(most, jar.openFiles());
                    }
                }
                long openedIn = (System.nanoTime() - start) / 1_000_000;
                most = Math.max(most, jar.openFiles());
                int liveDuringFlood = live(keptAlive);
                boolean newRefused = refused(jar);
                long settledIn = -1;
                long settleFrom = System.nanoTime();
                try {
                    await("the jar holds no more than the cap's connections").atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                            .pollInterval(Duration.ofMillis(100)).pollInSameThread().until(() -> jar.openFiles() <= before + CAP + 200);
                    settledIn = (System.nanoTime() - settleFrom) / 1_000_000;
                } catch (ConditionTimeoutException e) {
                    // settledIn stays -1: asserted below, with the figures
                }
                long settled = jar.openFiles();
                System.out.printf("ConnectionFloodIT: %d connections opened in %d ms; the jar had %d files open before, "
                        + "at most %d during the flood, %d within %d ms after it; liveness on a connection from before: %d; "
                        + "a new connection refused: %s%n",
                        FLOOD, openedIn, before, most, settled, settledIn, liveDuringFlood, newRefused);

                // Connections over the cap are closed as they come, not at once: a burst leaves a few thousand
                // waiting to be closed, more the busier the machine (3,900 to 8,239 seen at a load of 2 to 10);
                // without the cap the jar held every one until the idle timeout. So the peak only has to stay
                // clear of the flood, and what tells a cap is that the backlog is gone within seconds,
                // leaving the cap's connections (idle until the timeout) and the few from before.
                assertThat(most).as("files the jar has open during the flood").isLessThan(FLOOD * 3 / 4);
                assertThat(settledIn).as("milliseconds until the jar holds no more than the cap's connections "
                        + "(%d files, %d before the flood); it held %d", before + CAP + 200, before, settled)
                        .isBetween(0L, 10_000L);
                assertThat(liveDuringFlood).as("liveness on the connection opened before the flood").isEqualTo(200);
                assertThat(newRefused).as("a new connection while the flood holds the cap is refused").isTrue();

                long recovered = -1;
                try {
                    await("a new connection is answered again").atMost(Duration.ofSeconds(45)).pollDelay(Duration.ZERO)
                            .pollInterval(Duration.ofMillis(500)).pollInSameThread().until(() -> !refused(jar));
                    recovered = (System.nanoTime() - start) / 1_000_000;
                } catch (ConditionTimeoutException e) {
                    // recovered stays -1: asserted below
                }
                System.out.printf("ConnectionFloodIT: new connections answered again %d ms after the flood began; "
                        + "the jar has %d files open%n", recovered, jar.openFiles());
                assertThat(recovered).as("milliseconds until a new connection is answered again").isBetween(0L, 45_000L);
            } finally {
                for (Socket socket : flood) {
                    close(socket);
                }
            }
        }
    }

    private static int maxConnections() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.limits.max-connections"));
    }

    /** Whether a new connection is closed by the jar instead of answered. */
    private static boolean refused(RunningJar jar) {
        try (RawHttp client = new RawHttp(jar.port(), 5_000)) {
            return live(client) != 200;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static int live(RawHttp client) throws IOException {
        return client.send("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n").answer().status();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that is asked of it
        }
    }
}
