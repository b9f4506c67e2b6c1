package com.followupadvisor.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose head the service will not take with a problem document, like every other
 * error: headers over {@link #MAX_HEADER_BYTES} (431), a request line over {@link #MAX_REQUEST_LINE}
 * (414), an HTTP/1.1 request without a Host (400), TRACE (405), and any other client error the router
 * raises before a resource is chosen.
 *
 * <p>Why here and not in the HTTP decoder: Vert.x answers what its decoder refuses with a bare
 * status through the HTTP server's {@code invalidRequestHandler}, and Quarkus 3.34 gives no way to
 * set one (quarkusio/quarkus#55082). So the decoder's limits ({@code quarkus.http.limits.max-header-size},
 * {@code max-initial-line-length}) are set well above these, as a hard stop on memory, and these
 * limits are checked once the head has been decoded. A head past the hard stop still gets the bare
 * status.
 */
@ApplicationScoped
public class RequestHeads {

    /** The request line: method, target and protocol (Quarkus's default for its decoder, 4096). */
    public static final int MAX_REQUEST_LINE = 4096;
    /** All header lines, each with its ": " and line end (Quarkus's default for its decoder, 20K). */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    private final ObjectMapper json;
    private final AllowedMethods allowedMethods;

    RequestHeads(ObjectMapper json, AllowedMethods allowedMethods) {
        this.json = json;
        this.allowedMethods = allowedMethods;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::clientError);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        if (line > MAX_REQUEST_LINE) {
            TransportProblems.send(ctx, json, TransportProblems.requestLineTooLong(line, MAX_REQUEST_LINE), true);
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        if (headers > MAX_HEADER_BYTES) {
            TransportProblems.send(ctx, json, TransportProblems.headersTooLarge(headers, MAX_HEADER_BYTES), true);
            return;
        }
        if (request.method() == HttpMethod.TRACE) {
            // No path implements TRACE, which echoes a request back, cookies and credentials with it; but
            // the /q/ endpoints answered it as GET, and the page's paths with a 404.
            List<String> allowed = allowedMethods.atAnyPath(ctx.normalizedPath());
            ctx.response().putHeader("Allow", String.join(", ", allowed));
            TransportProblems.send(ctx, json, Problem.methodNotAllowed(allowed), !request.isEnded());
            return;
        }
        ctx.next();
    }

    /**
     * A client error raised by the router itself, before any handler runs: Vert.x Web fails an
     * HTTP/1.1 request without a Host with a 400, which Quarkus's error handler would answer as
     * its own JSON and log as an ERROR. Server errors are left to that handler.
     */
    private void clientError(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400 || status > 499 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        Problem problem = request.version() != HttpVersion.HTTP_1_0 && request.authority() == null
                ? TransportProblems.missingHost() : TransportProblems.clientError(status);
        TransportProblems.send(ctx, json, problem, !request.isEnded());
    }
}
