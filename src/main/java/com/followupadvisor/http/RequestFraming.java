package com.followupadvisor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a request's body ends (RFC 9112 §6): a request whose framing a server in front of this one
 * could read differently is refused, and its connection closed, so that no request can be smuggled
 * behind it.
 *
 * <ul>
 * <li>Transfer-Encoding in an HTTP/1.0 request, or together with a Content-Length, or with chunked
 * not last or given twice: 400 (§6.1, §6.3).</li>
 * <li>a transfer coding other than chunked ({@code gzip, chunked}, {@code xchunked}): 501, the
 * answer §6.1 asks for a coding the server does not understand. The HTTP decoder reads only
 * chunked; {@code xchunked} it took for no body at all, so the body's bytes were read as the next
 * request.</li>
 * <li>{@code Transfer-Encoding: chunked} in HTTP/1.1: read as chunked and answered as usual, then the
 * connection is closed. The HTTP decoder (Netty's) removes a Content-Length sent with it before the
 * service sees the request, so the service cannot tell whether there was one; §6.1 lets a server
 * read such a request by its Transfer-Encoding alone, provided it closes the connection after
 * answering, so every chunked request ends its connection.</li>
 * </ul>
 *
 * <p>Each of these answers ends with the connection; what was pipelined behind the request is not
 * answered ({@link TransportProblems#closing}).
 */
@ApplicationScoped
public class RequestFraming {

    private final ObjectMapper json;

    RequestFraming(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // before every other handler, the access log's too: a request that gets no answer leaves no line
        router.route().order(Integer.MIN_VALUE).handler(this::unlessClosing);
        // with RequestHeads' checks: after the access log and the configured headers, before the body is read
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    /** A request behind an answer that ends its connection is left unanswered until the connection closes. */
    private void unlessClosing(RoutingContext ctx) {
        if (!TransportProblems.closing(ctx.request().connection())) {
            ctx.next();
        }
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        List<String> fields = request.headers().getAll("Transfer-Encoding");
        if (fields.isEmpty() || request.version() == HttpVersion.HTTP_2) {
            ctx.next();
            return;
        }
        Problem refused = refusal(request.version(), fields, request.getHeader("Content-Length") != null);
        if (refused != null) {
            TransportProblems.send(ctx, json, refused, true);
            return;
        }
        TransportProblems.closeAfterAnswer(ctx);
        ctx.next();
    }

    /** Why a request with these Transfer-Encoding fields is refused, or null when it is read as chunked. */
    static Problem refusal(HttpVersion version, List<String> fields, boolean hasLength) {
        if (version == HttpVersion.HTTP_1_0) {
            return TransportProblems.ambiguousLength("An HTTP/1.0 request cannot use Transfer-Encoding; "
                    + "send its body with a Content-Length instead.");
        }
        if (hasLength) {
            return TransportProblems.ambiguousLength("The request has both Content-Length and Transfer-Encoding; "
                    + "send one of them.");
        }
        String given = String.join(", ", fields);
        List<String> codings = codings(given);
        int chunked = (int) codings.stream().filter("chunked"::equals).count();
        if (chunked > 1 || chunked == 1 && !codings.get(codings.size() - 1).equals("chunked") || codings.isEmpty()) {
            return TransportProblems.ambiguousLength("The request's Transfer-Encoding is \""
                    + TransportProblems.quoted(given) + "\"; it must end with chunked, given once.");
        }
        return codings.equals(List.of("chunked")) ? null : TransportProblems.unsupportedTransferCoding(given);
    }

    /** The codings of a list field, lower case, without empty elements (RFC 9110 §5.6.1). */
    private static List<String> codings(String field) {
        List<String> codings = new ArrayList<>();
        for (String element : field.split(",")) {
            String coding = element.trim().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty()) {
                codings.add(coding);
            }
        }
        return codings;
    }
}
