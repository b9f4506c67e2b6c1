package com.followupadvisor.api;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.http.AllowedMethods;
import com.followupadvisor.http.BodyTooLargeException;
import com.followupadvisor.http.Problem;
import com.followupadvisor.rules.engine.RulesFailedException;
import com.followupadvisor.state.InvalidRequestException;

import io.vertx.core.http.HttpClosedException;

/** Every error the service returns, rendered as {@code application/problem+json} (RFC 9457). */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPES = Problem.TYPES;

    private final ObjectMapper json;
    private final AllowedMethods allowedMethods;

    ProblemMappers(ObjectMapper json, AllowedMethods allowedMethods) {
        this.json = json;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return problem(invalidRequest(e));
    }

    /**
     * The problem the REST API answers for {@code e}, one it expects (a bad request, a body over its
     * limit, a busy pool, rules that cannot answer); empty for any other. The MCP server's tool errors
     * carry the same problems.
     */
    public static java.util.Optional<Problem> expected(Throwable e) {
        if (e instanceof InvalidRequestException invalid) {
            return java.util.Optional.of(invalidRequest(invalid));
        }
        if (e instanceof BodyTooLargeException tooLarge) {
            return java.util.Optional.of(Problem.tooLarge(tooLarge.getMessage()));
        }
        if (e instanceof com.followupadvisor.answers.AnswerPool.BusyException busy) {
            return java.util.Optional.of(busyProblem(busy.getMessage()));
        }
        if (e instanceof RulesFailedException failed) {
            return java.util.Optional.of(rulesFailedProblem(failed));
        }
        return java.util.Optional.empty();
    }

    static Problem invalidRequest(InvalidRequestException e) {
        return new Problem(TYPES + "invalid-request", "Invalid application state", 400, e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e) {
        return problem(new Problem(TYPES + "invalid-query", "Invalid query parameters", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalidHeader(InvalidHeaderException e) {
        return problem(new Problem(TYPES + "invalid-header", "Invalid request header", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalidBatch(InvalidBatchException e) {
        // A type of its own: RFC 9457 wants one title per type, and this one is not about a state.
        return problem(new Problem(TYPES + "invalid-batch", "Invalid batch request", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e) {
        return problem(Problem.tooLarge(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return problem(new Problem(TYPES + "unsupported-media-type", "Unsupported media type", 415,
                "Send the application state as JSON, with the header Content-Type: application/json.", null));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(Problem.notFound());
    }

    /**
     * A 405 must list what the path does answer (RFC 9110 §15.5.6); Quarkus REST's exception lists
     * nothing, so the list comes from the resources' annotations.
     */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Set<String> listed = e.getResponse().getAllowedMethods();
        List<String> allowed = listed.isEmpty() ? allowedMethods.at(uri.getPath()) : List.copyOf(listed);
        Response problem = problem(Problem.methodNotAllowed(allowed));
        // written out rather than with allow(Set), which would lose the order
        return allowed.isEmpty() ? problem : Response.fromResponse(problem).header("Allow", String.join(", ", allowed)).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return problem(new Problem(TYPES + "not-acceptable", "Not acceptable", 406,
                "This resource answers in application/json; ask for that in the Accept header.", null));
    }

    @ServerExceptionMapper
    public Response otherHttp(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e);
        }
        return problem(new Problem(TYPES + "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getMessage(), null));
    }

    /** As many answers (or batches) are being worked out as may be: the caller may try again in a second. */
    @ServerExceptionMapper
    public Response busy(com.followupadvisor.answers.AnswerPool.BusyException e) {
        return Response.fromResponse(problem(busyProblem(e.getMessage()))).header("Retry-After", "1").build();
    }

    static Problem busyProblem(String detail) {
        return new Problem(TYPES + "busy", "Too many requests at once", 503, detail, null);
    }

    @ServerExceptionMapper
    public Response rulesFailed(RulesFailedException e) {
        return problem(rulesFailedProblem(e));
    }

    static Problem rulesFailedProblem(RulesFailedException e) {
        LOG.error(e.getMessage());
        return new Problem(TYPES + "rules-failed", "The rules could not answer", 503,
                "The rules could not settle on an answer for this state; the rule authors can see why in the log.", null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, ContainerRequestContext request, ServerRequestContext context) {
        ServerHttpResponse response = context.serverResponse();
        return unexpected(e, request.getMethod() + " " + request.getUriInfo().getPath(), response.closed(),
                response.headWritten());
    }

    /**
     * An exception no other mapper took. A client gone away is routine (a closed tab, a dropped
     * network, a client's timeout) and nothing to fix here, so one line and no trace; WARN rather
     * than DEBUG so that the request's fate is in the log at the levels it keeps. Such a request
     * gets no answer (what is returned here cannot be sent), and the metrics count it as a reset.
     */
    Response unexpected(Throwable e, String request, boolean connectionClosed, boolean answering) {
        if (clientClosed(e) || connectionClosed && causedBy(e, IOException.class)) {
            LOG.warnf("%s: the client closed the connection %s; it gets no answer", request,
                    answering ? "while its answer was being written" : "before its answer was written");
            return problem(new Problem(TYPES + "incomplete-request", "Client gone", 400,
                    "The connection closed before the request was answered.", null));
        }
        return internalError(e);
    }

    /**
     * Vert.x tells a request that its connection closed with an HttpClosedException ("Connection
     * was closed"); Quarkus REST's blocking body reader throws it wrapped in two IOExceptions, or an
     * IOException around a ClosedChannelException when the connection had closed before it began.
     * Writing an answer to a connection the client has reset fails with an IOException around
     * whatever the socket said ("Connection reset by peer", "Connection has been closed").
     */
    static boolean clientClosed(Throwable e) {
        return causedBy(e, HttpClosedException.class) || causedBy(e, ClosedChannelException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private Response internalError(Throwable e) {
        // The type and where it happened, not the message: an unforeseen exception's message can
        // quote the request, and names and email addresses must not reach the log.
        StringBuilder trace = new StringBuilder();
        for (StackTraceElement frame : e.getStackTrace()) {
            trace.append("\n\tat ").append(frame);
        }
        LOG.errorf("Unexpected %s%s", e.getClass().getName(), trace);
        return problem(new Problem(TYPES + "internal-error", "Internal error", 500,
                "Something went wrong on our side; it has been logged.", null));
    }

    private Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.write(json)).build();
    }


}
