package com.followupadvisor.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The problems the transport answers itself, before a resource sees the request (a body too slow,
 * too large or compressed, a head too large, no Host, a body whose length is ambiguous, TRACE), and
 * the one way they are sent: the same problem documents as the resources' ({@link Problem#write}).
 * Also how a connection is ended after an answer, with nothing answered behind it.
 */
public final class TransportProblems {

    /** How long a connection stays open after an answer that ends it: enough for a client on loopback or a LAN to read it. */
    static final long LINGER_MILLIS = 2_000;
    /** The longest piece of a client's header quoted back in a problem, as with a bad value in a body. */
    private static final int QUOTED = 40;

    /**
     * Connections that end after the answer now being written. Vert.x hands a pipelined request to
     * the router as soon as the answer before it ends, whatever that answer's Connection header
     * says (it keeps a connection open unless the request asked to close it), so such a request
     * would be answered during the linger; {@link RequestFraming} leaves it unanswered instead.
     * A connection leaves the set when it is closed, at most {@link #LINGER_MILLIS} after its answer.
     */
    private static final Set<HttpConnection> CLOSING = ConcurrentHashMap.newKeySet();

    private TransportProblems() {
    }

    static Problem overTransportLimit(String size) {
        return Problem.tooLarge("The request body has " + size + " bytes; the limit is "
                + BodyTooLargeException.inWords(BodyLimits.STATE_BYTES) + " for one state and "
                + BodyTooLargeException.inWords(BodyLimits.BATCH_BYTES) + " for a batch.");
    }

    static Problem timedOut(Duration deadline) {
        return new Problem(Problem.TYPES + "request-timeout", "Request body too slow", 408,
                "The request body did not arrive within " + seconds(deadline) + " of the request's head; "
                        + "the connection is closed.", null);
    }

    static Problem unsupportedEncoding() {
        return new Problem(Problem.TYPES + "unsupported-content-encoding", "Unsupported content encoding", 415,
                "Send the body uncompressed, without a Content-Encoding header.", null);
    }

    static Problem busy() {
        return new Problem(Problem.TYPES + "busy", "Too many request bodies at once", 503,
                "The service holds as many request bodies as it can right now; try again in a moment.", null);
    }

    static Problem requestLineTooLong(int length, int limit) {
        return new Problem(Problem.TYPES + "uri-too-long", "Request line too long", 414,
                "The request line has " + length + " characters; the limit is " + limit + ".", null);
    }

    static Problem headersTooLarge(long bytes, int limit) {
        return new Problem(Problem.TYPES + "headers-too-large", "Request header fields too large", 431,
                "The request's headers have " + bytes + " bytes; the limit is " + BodyTooLargeException.inWords(limit) + ".", null);
    }

    static Problem missingHost() {
        return new Problem(Problem.TYPES + "missing-host", "Missing Host header", 400,
                "An HTTP/1.1 request needs a Host header.", null);
    }

    static Problem ambiguousLength(String why) {
        return new Problem(Problem.TYPES + "ambiguous-body-length", "Ambiguous request body length", 400,
                why + " The connection is closed.", null);
    }

    static Problem unsupportedTransferCoding(String codings) {
        return new Problem(Problem.TYPES + "unsupported-transfer-coding", "Unsupported transfer coding", 501,
                "The request's Transfer-Encoding is \"" + quoted(codings) + "\"; this service understands the chunked "
                        + "transfer coding only. The connection is closed.", null);
    }

    /** A client's own text, cut as a bad value in a body is. */
    public static String quoted(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "...";
    }

    /** Any other client error the router raises itself: named as the resources name one. */
    static Problem clientError(int status) {
        return status == 404 ? Problem.notFound()
                : new Problem(Problem.TYPES + "http-" + status, HttpResponseStatus.valueOf(status).reasonPhrase(), status,
                        "The request was refused.", null);
    }

    /**
     * Answers with the problem. With {@code close}, the rest of the request will not be read, so the
     * connection cannot carry another one: the answer says {@code Connection: close}, nothing
     * pipelined behind the request is answered, and the connection is closed {@link #LINGER_MILLIS}
     * after the answer is written. Closing at once would make the kernel reset a connection whose
     * client is still sending, and a reset can throw away the answer before the client reads it;
     * meanwhile what still arrives of the body is read and dropped.
     */
    public static void send(RoutingContext ctx, ObjectMapper json, Problem problem, boolean close) {
        var response = ctx.response();
        var request = ctx.request();
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        // as application.properties sets on every answer, for those the router fails before its routes
        // run, where that header is set (an HTTP/1.1 request without Host)
        response.putHeader("X-Content-Type-Options", "nosniff");
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (close && http1) {
            CLOSING.add(request.connection());
            response.putHeader("Connection", "close");
            if (!request.isEnded()) {
                request.handler(dropped -> { });
                request.resume();
            }
        }
        response.end(problem.write(json)).onComplete(written -> {
            if (close && http1) {
                closeLater(ctx);
            }
        });
    }

    /**
     * Lets the request be answered as usual, then ends its connection as {@link #send} does: the
     * answer says {@code Connection: close}, nothing pipelined behind it is answered, and the
     * connection closes {@link #LINGER_MILLIS} after the answer.
     */
    static void closeAfterAnswer(RoutingContext ctx) {
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        CLOSING.add(ctx.request().connection());
        ctx.response().putHeader("Connection", "close");
        // called when the answer has been written, or the connection has closed before that
        ctx.addEndHandler(ended -> closeLater(ctx));
    }

    /** Whether the connection ends after an answer already given: a request on it gets none. */
    static boolean closing(HttpConnection connection) {
        return CLOSING.contains(connection);
    }

    private static void closeLater(RoutingContext ctx) {
        HttpConnection connection = ctx.request().connection();
        ctx.vertx().setTimer(LINGER_MILLIS, id -> connection.close().onComplete(closed -> CLOSING.remove(connection)));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
