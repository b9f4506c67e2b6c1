package com.followupadvisor.http;

/**
 * How large a request body may be: a state, or a batch of them. The resources refuse a larger
 * body they are given; {@link RequestBodies} stops reading one as soon as it passes its limit.
 */
public final class BodyLimits {

    /** One application state, {@code POST /api/v1/next-action}. */
    public static final int STATE_BYTES = 64 * 1024;

    /** A batch of states, {@code POST /api/v1/next-action/batch}. */
    public static final int BATCH_BYTES = 8 * 1024 * 1024;

    /** The batch's path, whose bodies may be larger. */
    static final String BATCH_PATH = "/api/v1/next-action/batch";

    private BodyLimits() {
    }

    /** The limit for a body sent to {@code path}. */
    static long forPath(String path) {
        return BATCH_PATH.equals(path) ? BATCH_BYTES : STATE_BYTES;
    }
}
