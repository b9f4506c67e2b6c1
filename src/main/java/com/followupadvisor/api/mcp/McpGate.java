package com.followupadvisor.api.mcp;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.http.BodyLimits;
import com.followupadvisor.http.Problem;
import com.followupadvisor.http.TransportProblems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.mcp.server.runtime.ConnectionManager;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * In front of the MCP extension's routes:
 * <ul>
 * <li>a request a browser sends from a page gets a 403 unless the page's origin is one listed in
 * {@code quarkus.http.cors.origins} (the MCP specification: servers must validate {@code Origin},
 * against DNS rebinding). The CORS filter lets a page of the service's own origin through, but a
 * page of evil.example whose name is made to point at this machine is of the service's origin as
 * far as the browser's Host and Origin say; so here even that one must be listed. Requests without
 * {@code Origin}, as every client that is not a browser sends them, pass. The extension checks
 * origins itself only when bound to localhost;</li>
 * <li>only Streamable HTTP is served: {@code GET /mcp}, a stream for messages the server starts, is a
 * 405 (the specification allows it; these tools send none), and the older SSE transport
 * ({@code /mcp/sse}, {@code /mcp/messages/...}), which holds a connection per client and a session on
 * one replica, is a 404;</li>
 * <li>no MCP session outlives its {@code initialize}: the extension keeps one in memory per
 * {@code initialize} (with the client's description, as long as the body) for 10 idle minutes, so
 * a client repeating {@code initialize} filled the heap; and a session lives on one replica. Each
 * call is answered in a session made for it alone ({@code auto-init}), as on any replica; a client
 * notices nothing, as these tools keep nothing between calls. So {@code notifications/initialized}
 * is acknowledged here (the extension 1.13.0 answers it with an error for a session it does not
 * hold) and {@code DELETE /mcp}, the end of a session, is a 405, as the specification allows.</li>
 * </ul>
 */
@ApplicationScoped
class McpGate {

    static final String PATH = BodyLimits.MCP_PATH;
    /** After the transport's checks and RequestBodies (which reads the body within its limits); before the extension. */
    private static final int ORDER = Integer.MIN_VALUE + 3;

    private final ObjectMapper json;
    private final List<String> origins;
    private final ConnectionManager sessions;

    McpGate(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.cors.origins") java.util.Optional<List<String>> origins,
            ConnectionManager sessions) {
        this.json = json;
        this.sessions = sessions;
        this.origins = origins.orElse(List.of()).stream().map(McpGate::normalized).toList();
    }

    void install(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(this::check);
        router.routeWithRegex(PATH + "/.+").order(ORDER).handler(ctx -> send(ctx, Problem.notFound()));
    }

    private void check(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin != null && !allowed(origin)) {
            send(ctx, new Problem(Problem.TYPES + "origin-not-allowed", "Origin not allowed", 403,
                    "Pages of this origin may not call the MCP server; its operator can list trusted origins in "
                            + "quarkus.http.cors.origins.", null));
            return;
        }
        if (ctx.request().method() != HttpMethod.POST) {
            ctx.response().putHeader("Allow", "POST");
            send(ctx, Problem.methodNotAllowed(List.of("POST")));
            return;
        }
        if (ctx.body() != null && ctx.body().buffer() != null) {
            JsonNode message;
            try {
                message = json.readTree(ctx.body().buffer().getBytes());
            } catch (java.io.IOException e) {
                // the extension would log the parser's message, which quotes the body's bad token
                ctx.response().putHeader("Content-Type", "application/json").end(
                        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the body is not JSON\"}}");
                return;
            }
            String method = message.path("method").asText("");
            if (method.equals("notifications/initialized") && !message.has("id")) {
                ctx.response().setStatusCode(202).end();
                return;
            }
            if (initializes(message)) {
                ctx.addEndHandler(ended -> {
                    String session = ctx.response().headers().get("Mcp-Session-Id");
                    if (session != null) {
                        sessions.remove(session);
                    }
                });
            }
            if (withoutNullArguments(message)) {
                try {
                    ctx.setBody(Buffer.buffer(json.writeValueAsBytes(message)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        ctx.next();
    }

    /** Whether the message, or one of a batch, is an {@code initialize}: its session is dropped once answered. */
    private static boolean initializes(JsonNode message) {
        if (message.isArray()) {
            for (JsonNode one : message) {
                if (one.path("method").asText("").equals("initialize")) {
                    return true;
                }
            }
            return false;
        }
        return message.path("method").asText("").equals("initialize");
    }

    /**
     * Drops the arguments given as {@code null} from each message's {@code params.arguments}, in place:
     * the REST API reads a field that is null as one left out, and the extension fails a call with a
     * null argument with an internal error (it copies the arguments with {@code Map.copyOf}).
     */
    static boolean withoutNullArguments(JsonNode message) {
        if (message.isArray()) {
            boolean changed = false;
            for (JsonNode one : message) {
                changed |= withoutNullArguments(one);
            }
            return changed;
        }
        JsonNode arguments = message.path("params").path("arguments");
        if (!(arguments instanceof ObjectNode args)) {
            return false;
        }
        List<String> nulls = new java.util.ArrayList<>();
        args.fields().forEachRemaining(f -> {
            if (f.getValue().isNull()) {
                nulls.add(f.getKey());
            }
        });
        args.remove(nulls);
        return !nulls.isEmpty();
    }

    boolean allowed(String origin) {
        return origins.contains(normalized(origin));
    }

    private static String normalized(String origin) {
        String o = origin.trim().toLowerCase(java.util.Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private void send(RoutingContext ctx, Problem problem) {
        TransportProblems.send(ctx, json, problem, false);
    }
}
