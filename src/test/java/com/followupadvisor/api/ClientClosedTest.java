package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.channels.ClosedChannelException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpClosedException;

/** A client gone away, as Quarkus REST hands it to the mappers, is a client error; other failures stay 500s. */
class ClientClosedTest {

    private final ProblemMappers mappers = new ProblemMappers(new ObjectMapper());

    @Test
    void theConnectionClosedUnderTheBodyIsNoInternalError() {
        // what the blocking body reader throws when the connection closes while it waits for the body
        Response answer = mappers.unexpected(
                new IOException(new IOException(new HttpClosedException("Connection was closed"))), request());

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
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
    void anyOtherIOExceptionIsStillAnInternalError() {
        assertThat(mappers.unexpected(new IOException("disk full"), request()).getStatus()).isEqualTo(500);
    }

    private static ContainerRequestContext request() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/next-action" : null);
        return (ContainerRequestContext) Proxy.newProxyInstance(ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getUriInfo" -> uri;
                    default -> null;
                });
    }
}
