package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.http.AllowedMethods;
import com.followupadvisor.http.Problem;

import io.vertx.core.http.HttpClosedException;

/** A client gone away, as Quarkus REST hands it to the mappers, is a client error; other failures stay 500s. */
class ClientClosedTest {

    private static final String REQUEST = "POST /api/v1/next-action";

    private final ProblemMappers mappers = new ProblemMappers(new ObjectMapper(), new AllowedMethods(java.util.List.of()));

    /** What the mapper logs for each case, checked here, not shown on the console. */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(ProblemMappers.class);

    @Test
    void theConnectionClosedUnderTheBodyIsNoInternalError() {
        // what the blocking body reader throws when the connection closes while it waits for the body
        Response answer = mappers.unexpected(
                new IOException(new IOException(new HttpClosedException("Connection was closed"))), REQUEST, false, false);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(log.lines()).singleElement().asString().startsWith("WARN").contains("before its answer was written");
    }

    @Test
    void theFailuresOfAClientGoneAway() {
        assertThat(ProblemMappers.clientClosed(new IOException(new IOException(new HttpClosedException("Connection was closed")))))
                .isTrue();
        // the connection had closed before the reader started
        assertThat(ProblemMappers.clientClosed(new IOException(new ClosedChannelException()))).isTrue();
        assertThat(ProblemMappers.clientClosed(new HttpClosedException("Stream was closed"))).isTrue();

        assertThat(ProblemMappers.clientClosed(new IOException("Read timed out"))).isFalse();
        assertThat(ProblemMappers.clientClosed(new IllegalStateException(new IOException("disk full")))).isFalse();
    }

    @Test
    void anIOExceptionOnAConnectionTheClientHasClosedIsTheClientGoneAway() {
        // what writing the answer throws once the client has reset the connection
        assertThat(mappers.unexpected(new IOException(new IOException("Connection reset by peer")), REQUEST, true, true)
                .getStatus()).isEqualTo(400);
        assertThat(mappers.unexpected(new IOException("Connection has been closed"), REQUEST, true, true).getStatus())
                .isEqualTo(400);
        assertThat(log.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("WARN")
                .contains("while its answer was being written"));
    }

    @Test
    void anyOtherIOExceptionIsStillAnInternalError() {
        assertThat(mappers.unexpected(new IOException("disk full"), REQUEST, false, false).getStatus()).isEqualTo(500);
        // the type and where, never the message (it may quote the request)
        assertThat(log.lines()).singleElement().asString().startsWith("ERROR").contains("Unexpected", "java.io.IOException")
                .doesNotContain("disk full");
    }

    @Test
    void aFaultThatIsNoIOExceptionIsAnInternalErrorEvenWhenTheClientHasGone() {
        assertThat(mappers.unexpected(new NullPointerException(), REQUEST, true, false).getStatus()).isEqualTo(500);
        assertThat(log.lines()).singleElement().asString().startsWith("ERROR").contains("Unexpected", "java.lang.NullPointerException");
    }
}
