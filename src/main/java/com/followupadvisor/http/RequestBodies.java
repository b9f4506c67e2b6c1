package com.followupadvisor.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.config.AdvisorConfig;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Reads every request body on the event loop, before Quarkus REST sees the request, so that a
 * resource method (on a worker thread) starts with its whole body in memory and never waits on the
 * socket: a client that stalls or trickles its body holds a connection and a timer, not a worker.
 * Quarkus REST reads a blocking method's body with a blocking read on the worker, whose only bound is
 * {@code quarkus.http.read-timeout} per read, so 200 stalled bodies used to take every worker.
 *
 * <p>A body must arrive whole within {@code advisor.http.body-deadline} of the request's head (else
 * 408), stay under the transport's limit also when sent in chunks (413, as {@link TransportLimit}
 * answers a declared length), and come uncompressed (415). Of a body over the contract's limit for
 * its path (64 KiB, 8 MiB for a batch) only the length is kept, and the answer is the resource's
 * own 413. All bodies held at once stay under {@code advisor.http.body-memory} (else 503).
 */
@ApplicationScoped
public class RequestBodies {

    /** After the access log's handler (it then logs these answers too) and {@link TransportLimit}; before Quarkus REST. */
    static final int ORDER = Integer.MIN_VALUE + 2;
    /** nginx's "client closed request": what the access log says of a request whose client left before its body was whole. */
    static final int CLIENT_CLOSED = 499;
    private static final Logger LOG = Logger.getLogger(RequestBodies.class);

    private final Duration deadline;
    private final long transportLimit;
    private final long memory;
    private final AtomicLong held = new AtomicLong();
    private final ObjectMapper json;

    RequestBodies(AdvisorConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize transportLimit) {
        this.deadline = config.http().bodyDeadline();
        this.memory = config.http().bodyMemory().map(MemorySize::asLongValue).orElse(Runtime.getRuntime().maxMemory() / 4);
        this.transportLimit = transportLimit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::read);
    }

    /** Bytes of request bodies held right now, over all requests. */
    public long held() {
        return held.get();
    }

    private void read(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || !hasBody(request)) {
            ctx.next();
            return;
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            ctx.response().putHeader("Accept-Encoding", "identity");
            TransportProblems.send(ctx, json, TransportProblems.unsupportedEncoding(), true);
            return;
        }
        long keep = BodyLimits.forPath(ctx.normalizedPath());
        new Reading(ctx, keep).start();
    }

    /**
     * A body follows the head: HTTP/1.x says so with Content-Length or Transfer-Encoding. HTTP/2 is
     * off ({@code quarkus.http.http2=false}); were it on, its bodies would be left to Quarkus REST,
     * which pauses the request it is handed, and pausing an HTTP/2 request that has ended throws.
     */
    private static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return false;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * The body this filter read for {@code request}, as bytes (empty when there was none). A resource
     * answered on the event loop takes it from here: Quarkus REST's own {@code byte[]} reader, run on
     * the event loop, handed such a resource a body of 64 KiB with zero bytes in it.
     */
    public static byte[] of(RoutingContext request) {
        io.vertx.ext.web.RequestBody body = request.body();
        Buffer bytes = body == null ? null : body.buffer();
        return bytes == null ? new byte[0] : bytes.getBytes();
    }

    /** One request's body on its way in; every method runs on the request's event loop. */
    private final class Reading {

        private final RoutingContext ctx;
        private final long keep;
        private Buffer body = Buffer.buffer();
        private long received;
        private long timer;
        private boolean done;

        Reading(RoutingContext ctx, long keep) {
            this.ctx = ctx;
            this.keep = keep;
        }

        void start() {
            HttpServerRequest request = ctx.request();
            // until the body is whole: if the client leaves now, the access log says so, not 200
            ctx.response().setStatusCode(CLIENT_CLOSED);
            ctx.addEndHandler(ended -> release());
            timer = ctx.vertx().setTimer(deadline.toMillis(), id -> stop(TransportProblems.timedOut(deadline)));
            request.handler(this::chunk);
            request.endHandler(v -> end());
            request.exceptionHandler(this::failed);
            if (request.headers().contains("Expect", "100-continue", true)) {
                ctx.response().writeContinue();
            }
            request.resume();
        }

        private void chunk(Buffer data) {
            if (done) {
                return; // after an answer that ends the connection: dropped while the connection lingers
            }
            received += data.length();
            if (received > transportLimit) {
                stop(TransportProblems.overTransportLimit("more than " + transportLimit));
            } else if (body != null && body.length() + data.length() > keep) {
                release(); // over the contract's limit: only its length matters now
            } else if (body != null) {
                if (held.addAndGet(data.length()) > memory) {
                    held.addAndGet(-data.length());
                    stop(TransportProblems.busy());
                } else {
                    body.appendBuffer(data);
                }
            }
        }

        private void end() {
            if (done) {
                return;
            }
            done = true;
            ctx.vertx().cancelTimer(timer);
            if (body == null) {
                // read whole, so the connection can carry the next request
                TransportProblems.send(ctx, json, Problem.tooLarge(new BodyTooLargeException(received, keep).getMessage()), false);
                return;
            }
            ctx.response().setStatusCode(200);
            ctx.setBody(body);
            // a route with Vert.x's body handler of its own (the MCP endpoint's) takes this body instead
            // of waiting for one already read: the handler skips a request it has seen
            ((RoutingContextInternal) ctx).visitHandler(RoutingContextInternal.BODY_HANDLER);
            ctx.next();
        }

        /** Ends the reading, once: the deadline cancelled, the body's memory given back; false when it had ended already. */
        private boolean finish() {
            if (done) {
                return false;
            }
            done = true;
            ctx.vertx().cancelTimer(timer);
            release();
            return true;
        }

        private void stop(Problem problem) {
            if (finish()) {
                TransportProblems.send(ctx, json, problem, true);
            }
        }

        private void failed(Throwable e) {
            if (!finish()) {
                return;
            }
            // routine (a closed tab, a dropped network, a client's timeout) and nothing to fix here: one line, no trace
            String why = e instanceof HttpClosedException ? "the client closed the connection before the whole body arrived"
                    : "the request body could not be read (" + e.getClass().getSimpleName() + ")";
            LOG.warnf("%s %s: %s; it gets no answer", ctx.request().method(), ctx.normalizedPath(), why);
        }

        private void release() {
            if (body != null) {
                held.addAndGet(-body.length());
                body = null;
            }
        }
    }
}
