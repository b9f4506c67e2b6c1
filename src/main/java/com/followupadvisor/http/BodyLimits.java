package com.followupadvisor.http;

import java.util.Set;

/**
 * How large a request body may be: a state, a history, or a batch of them. The resources refuse a
 * larger body they are given; {@link RequestBodies} stops reading one as soon as it passes its limit.
 */
public final class BodyLimits {

    /** One application state, {@code POST /api/v1/next-action}. */
    public static final int STATE_BYTES = 64 * 1024;

    /**
     * One application's history, {@code POST /api/v2/next-action}: up to 200 events with notes of up
     * to 1,000 characters and 30 people run past a state's 64 KiB.
     */
    public static final int HISTORY_BYTES = 512 * 1024;

    /** A batch of states or histories, {@code POST /api/v1/next-action/batch} and {@code /api/v2/...}. */
    public static final int BATCH_BYTES = 8 * 1024 * 1024;

    /** The MCP server's endpoint: a tool call's arguments are a history, in a JSON-RPC envelope. */
    public static final String MCP_PATH = "/mcp";

    /** The batches' paths, whose bodies may be larger. */
    static final Set<String> BATCH_PATHS = Set.of("/api/v1/next-action/batch", "/api/v2/next-action/batch");

    private BodyLimits() {
    }

    /** The limit for a body sent to {@code path}. */
    static long forPath(String path) {
        return BATCH_PATHS.contains(path) ? BATCH_BYTES
                : path.startsWith("/api/v2/") || path.equals(MCP_PATH) ? HISTORY_BYTES : STATE_BYTES;
    }
}
