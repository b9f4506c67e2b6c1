package com.followupadvisor.api;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The problems the transport answers itself, before a resource sees the request (a body too slow,
 * too large or compressed, a head too large, no Host), and the one way they are sent: the same
 * problem documents as the resources' ({@link ProblemMappers#write}).
 */
final class TransportProblems {

    /** How long a connection stays open after an answer that ends it: enough for a client on loopback or a LAN to read it. */
    static final long LINGER_MILLIS = 2_000;

    private TransportProblems() {
    }

    static Problem overTransportLimit(String size) {
        return ProblemMappers.tooLarge("The request body has " + size + " bytes; the limit is "
                + BodyTooLargeException.inWords(NextActionResource.MAX_BODY_BYTES) + " for one state and "
                + BodyTooLargeException.inWords(BatchResource.MAX_BODY_BYTES) + " for a batch.");
    }

    static Problem timedOut(Duration deadline) {
        return new Problem(ProblemMappers.TYPES + "request-timeout", "Request body too slow", 408,
                "The request body did not arrive within " + seconds(deadline) + " of the request's head; "
                        + "the connection is closed.", null);
    }

    static Problem unsupportedEncoding() {
        return new Problem(ProblemMappers.TYPES + "unsupported-content-encoding", "Unsupported content encoding", 415,
                "Send the body uncompressed, without a Content-Encoding header.", null);
    }

    static Problem busy() {
        return new Problem(ProblemMappers.TYPES + "busy", "Too many request bodies at once", 503,
                "The service holds as many request bodies as it can right now; try again in a moment.", null);
    }

    static Problem requestLineTooLong(int length, int limit) {
        return new Problem(ProblemMappers.TYPES + "uri-too-long", "Request line too long", 414,
                "The request line has " + length + " characters; the limit is " + limit + ".", null);
    }

    static Problem headersTooLarge(long bytes, int limit) {
        return new Problem(ProblemMappers.TYPES + "headers-too-large", "Request header fields too large", 431,
                "The request's headers have " + bytes + " bytes; the limit is " + BodyTooLargeException.inWords(limit) + ".", null);
    }

    static Problem missingHost() {
        return new Problem(ProblemMappers.TYPES + "missing-host", "Missing Host header", 400,
                "An HTTP/1.1 request needs a Host header.", null);
    }

    /** Any other client error the router raises itself: named as ProblemMappers names one. */
    static Problem clientError(int status) {
        return status == 404 ? ProblemMappers.notFound()
                : new Problem(ProblemMappers.TYPES + "http-" + status, HttpResponseStatus.valueOf(status).reasonPhrase(), status,
                        "The request was refused.", null);
    }

    /**
     * Answers with the problem. With {@code close}, the rest of the request will not be read, so the
     * connection cannot carry another one: the answer says {@code Connection: close}, and the
     * connection is closed {@link #LINGER_MILLIS} after the answer is written. Closing at once
     * would make the kernel reset a connection whose client is still sending, and a reset can throw
     * away the answer before the client reads it; meanwhile what still arrives is read and dropped.
     */
    static void send(RoutingContext ctx, ObjectMapper json, Problem problem, boolean close) {
        var response = ctx.response();
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        boolean http1 = ctx.request().version() != HttpVersion.HTTP_2;
        if (close && http1) {
            response.putHeader("Connection", "close");
        }
        response.end(ProblemMappers.write(json, problem)).onComplete(written -> {
            if (close && http1) {
                ctx.vertx().setTimer(LINGER_MILLIS, id -> ctx.request().connection().close());
            }
        });
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
