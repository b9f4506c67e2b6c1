package com.followupadvisor.api.mcp;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.http.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * In front of the MCP extension's routes:
 * <ul>
 * <li>a browser's request from a page of another origin gets a 403 (the MCP specification: servers
 * must validate {@code Origin}, against DNS rebinding: a page of evil.example whose name is made to
 * point at this machine sends {@code Origin: http://evil.example}). Requests without {@code Origin}
 * (every client that is not a browser) and from local pages pass; other origins are listed in
 * {@code advisor.mcp.origins}. The extension checks origins itself only when bound to localhost;</li>
 * <li>only Streamable HTTP is served: {@code GET /mcp}, a stream for messages the server starts, is a
 * 405 (the specification allows it; these tools send none), and the older SSE transport
 * ({@code /mcp/sse}, {@code /mcp/messages/...}), which holds a connection per client and a session on
 * one replica, is a 404.</li>
 * </ul>
 */
@ApplicationScoped
class McpGate {

    static final String PATH = "/mcp";
    /** After the transport's checks and RequestBodies (which reads the body within its limits); before the extension. */
    private static final int ORDER = Integer.MIN_VALUE + 3;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final ObjectMapper json;
    private final List<String> origins;

    McpGate(ObjectMapper json, AdvisorConfig config) {
        this.json = json;
        this.origins = config.mcp().origins().orElse(List.of()).stream().map(McpGate::normalized).toList();
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
                            + "advisor.mcp.origins.", null));
            return;
        }
        if (ctx.request().method() == HttpMethod.GET) {
            ctx.response().putHeader("Allow", "POST, DELETE");
            send(ctx, Problem.methodNotAllowed(List.of("POST", "DELETE")));
            return;
        }
        if (ctx.request().method() == HttpMethod.POST && ctx.body() != null && ctx.body().buffer() != null) {
            JsonNode message;
            try {
                message = json.readTree(ctx.body().buffer().getBytes());
            } catch (java.io.IOException e) {
                // the extension would log the parser's message, which quotes the body's bad token
                ctx.response().putHeader("Content-Type", "application/json").end(
                        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the body is not JSON\"}}");
                return;
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
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() != null && LOCAL_HOSTS.contains(uri.getHost())
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return true;
            }
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page, a file) and anything else that is no origin
        }
        return origins.contains(normalized(origin));
    }

    private static String normalized(String origin) {
        String o = origin.trim().toLowerCase(java.util.Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private void send(RoutingContext ctx, Problem problem) {
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff").end(problem.write(json));
    }
}
