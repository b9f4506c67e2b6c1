package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import com.followupadvisor.http.RequestHeads;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The transport's figures as shipped (application.properties, where each is explained; the tests'
 * profile leaves out the shutdown delay) and how they fit together; the cap on connections at work at its real size. ({@link TightLimitsTest} shows
 * each limit at work with small figures; ConnectionFloodIT the cap and idle timeout against the
 * packaged jar under a flood, with -Pload.)
 */
@QuarkusTest
class TransportSettingsTest {

    private static final int CAP = 1000;

    private final Config config = ConfigProvider.getConfig();

    @Test
    void theFiguresAreTheDocumentedOnesAndFitTogether() {
        Duration idle = duration("quarkus.http.idle-timeout");
        Duration deadline = duration("advisor.http.body-deadline");
        Duration delay = duration("quarkus.shutdown.delay");
        Duration timeout = duration("quarkus.shutdown.timeout");

        assertThat(shipped("quarkus.http.limits.max-connections")).isEqualTo(String.valueOf(CAP));
        assertThat(shipped("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        assertThat(idle).isEqualTo(Duration.ofSeconds(30));
        assertThat(deadline).isEqualTo(Duration.ofSeconds(10));
        assertThat(delay).isEqualTo(Duration.ofSeconds(5));
        assertThat(timeout).isEqualTo(Duration.ofSeconds(20));

        // a stalled body is answered with its 408 before its connection would be closed as idle
        assertThat(idle).isGreaterThan(deadline);
        // a request that came in while readiness was going down has its whole deadline and then some to finish
        assertThat(timeout).isGreaterThan(deadline.plus(Duration.ofSeconds(5)));
        // readiness down, then in-flight requests finished, within Kubernetes' default grace period of 30 s
        assertThat(delay.plus(timeout)).isLessThan(Duration.ofSeconds(30));
        // the decoder's hard stop is above the limits RequestHeads answers with a problem document
        assertThat(new MemorySizeConverter().convert(shipped("quarkus.http.limits.max-header-size")).asLongValue())
                .isGreaterThan(RequestHeads.MAX_HEADER_BYTES);
        assertThat(Integer.parseInt(shipped("quarkus.http.limits.max-initial-line-length"))).isGreaterThan(RequestHeads.MAX_REQUEST_LINE);
    }

    /** The value application.properties ships, whatever the tests' profile makes of it. */
    private String shipped(String key) {
        for (ConfigSource source : config.getConfigSources()) {
            if (source.getName().contains("application.properties") && source.getValue(key) != null) {
                return source.getValue(key);
            }
        }
        throw new AssertionError(key + " is not in application.properties");
    }

    private Duration duration(String key) {
        return new DurationConverter().convert(shipped(key));
    }

    @Test
    void connectionsOverTheCapAreClosedAtOnceAndTheServiceAnswersWhenTheyGo() throws Exception {
        List<RawHttp> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP + 50; i++) {
                open.add(new RawHttp(RestAssured.port, 10_000));
            }
            // the service closes those over the cap as it accepts them: wait until it has taken them all. 10 s at
            // most, a third of the idle timeout (30 s), which would close idle connections too, but far later
            List<RawHttp> closed = new ArrayList<>();
            for (RawHttp client : open) {
                client.socket().setSoTimeout(1);
            }
            eventually("the service has closed the connections over the cap").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        for (RawHttp client : open) {
                            if (!closed.contains(client) && client.closedByPeer()) {
                                closed.add(client);
                            }
                        }
                        return closed.size() >= 50;
                    });
            int kept = open.size() - closed.size();
            System.out.printf("TransportSettingsTest: the service kept %d of %d connections open%n", kept, open.size());
            // fewer than the cap when other tests left connections open; never more, and never all
            assertThat(kept).as("connections of %d kept open (cap %d)", open.size(), CAP).isLessThanOrEqualTo(CAP);
            assertThat(open.size() - kept).as("connections closed at once").isGreaterThanOrEqualTo(50);
        } finally {
            for (RawHttp client : open) {
                close(client);
            }
        }
        given().get("/q/health/live").then().statusCode(200);
    }

    private static void close(RawHttp client) {
        try {
            client.close();
        } catch (IOException e) {
            // closing is all that is asked of it
        }
    }
}
