package com.followupadvisor.api;

import java.time.Clock;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.followupadvisor.answers.AdviceService;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.http.BodyLimits;
import com.followupadvisor.http.BodyTooLargeException;
import com.followupadvisor.http.Problem;
import com.followupadvisor.http.RequestBodies;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateReader;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.ext.web.RoutingContext;

/** {@code POST /api/v1/next-action}: given this application's state, what next? */
@Path("/api/v1/next-action")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Advice", description = "What to do next, for one application or many.")
public class NextActionResource {


    private final AdviceService advice;
    private final StateReader reader;
    private final CalendarWriter calendar;

    NextActionResource(AdviceService advice, Clock clock, AdvisorConfig config) {
        this.advice = advice;
        this.reader = new StateReader(config.timezone(), advice::languages, clock,
                config.holidays().region().orElse(null));
        this.calendar = new CalendarWriter(clock);
    }

    // The body is read and checked on the event loop that read it (RequestBodies): it is in memory,
    // at most 64 KiB, and checking it is cheap. The answer is worked out on the answer pool
    // (AnswerPool: one thread a core, a bounded queue), so that a rule slow on some input holds a
    // pool thread, not the event loop that health checks and every other request share. On Quarkus's
    // worker threads it reached a third of the event loop's throughput on 2 cores, most of the
    // difference 32 threads contending; the pool has one a core (docs/performance.md).
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CalendarWriter.MEDIA_TYPE})
    @Operation(operationId = "nextAction", summary = "What to do next for one application",
            description = "Returns the single most important action now (`next`), the other actions that apply now "
                    + "(`also`), and the actions still to come (`plan`), each with its dates, reason and drafts. "
                    + "The same as an iCalendar file: `POST /api/v1/next-action/calendar` (or this path with "
                    + "`Accept: text/calendar`).")
    @RequestBody(required = true, description = "The application state.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationState.class),
            examples = {
                @ExampleObject(name = "follow-up due", summary = "The employer's date has passed", value = ApiExamples.FOLLOW_UP_DUE),
                @ExampleObject(name = "before the interview", summary = "No timeline known yet", value = ApiExamples.BEFORE_INTERVIEW),
                @ExampleObject(name = "rejected", summary = "A closed application", value = ApiExamples.REJECTED)}))
    @APIResponse(responseCode = "200", description = "The advice.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextActionResponse.class),
                examples = @ExampleObject(name = "follow-up due", value = ApiExamples.FOLLOW_UP_ANSWER))})
    @APIResponse(responseCode = "400", description = "The body is not a valid application state; every bad field is listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "413", description = "The body is over 64 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header names nothing this operation can answer with.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The loaded rules could not answer this state (a fault in the rules), "
            + "or the service is answering as many requests as it may at once (with Retry-After).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> nextAction(
            @Parameter(description = "Also return, for each rule that fired, the facts it matched and the values it read: "
                    + "`true` or `false` (the default).", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("explain") String explain,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context RoutingContext request) {
        // read from the query itself, to refuse a repeated one; the parameter above documents it
        boolean explained = QueryParameters.check(uri, "explain").flag("explain");
        ApplicationState state = read(headers, RequestBodies.of(request));
        boolean asCalendar = wantsCalendar(headers);
        return advice.answerLater(state, explained, answer -> asCalendar ? calendar(state, answer)
                : Response.ok(NextActionResponse.of(answer), MediaType.APPLICATION_JSON_TYPE)
                        .header("Content-Language", state.language()).build());
    }

    @POST
    @NonBlocking
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CalendarWriter.MEDIA_TYPE)
    @Operation(operationId = "nextActionCalendar", summary = "The advice for one application as a calendar file",
            description = "The same advice as `POST /api/v1/next-action`, as an iCalendar file (RFC 5545): one all-day event "
                    + "per action with something to do (every action but WAIT, KEEP_SEARCHING and NONE) in next, also and "
                    + "plan, spanning its window, with the reason and the drafts in its description and a reminder on its "
                    + "first morning. An overdue action is an event on the date of asOf. UIDs are stable per application "
                    + "and step, so importing a newer export updates the events.")
    @RequestBody(required = true, description = "The application state.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationState.class)))
    // binary: generated clients then hand the file over as it came (openapi-generator's Java client a File) rather
    // than parse it as JSON, which they do with any other string answer not sent as text/plain
    @APIResponse(responseCode = "200", description = CalendarWriter.RESPONSE_DESCRIPTION, content = @Content(
            mediaType = CalendarWriter.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"),
            example = "BEGIN:VCALENDAR\r\n...\r\nEND:VCALENDAR\r\n"))
    @APIResponse(responseCode = "400", description = "The body is not a valid application state; every bad field is listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over 64 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header names nothing this operation can answer with.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The loaded rules could not answer this state (a fault in the rules), "
            + "or the service is answering as many requests as it may at once (with Retry-After).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> nextActionCalendar(@Context HttpHeaders headers, @Context UriInfo uri, @Context RoutingContext request) {
        QueryParameters.check(uri);
        ApplicationState state = read(headers, RequestBodies.of(request));
        return advice.answerLater(state, false, answer -> calendar(state, answer));
    }

    private ApplicationState read(HttpHeaders headers, byte[] body) {
        checkBody(headers, body, BodyLimits.STATE_BYTES, "state");
        return advice.inLanguage(reader.read(body), AcceptLanguage.preferred(headers, advice.languages()));
    }

    /** A body sent as JSON, within {@code limit} bytes; {@code what} names it for the caller (a state, a history). */
    static void checkBody(HttpHeaders headers, byte[] body, int limit, String what) {
        if (headers.getMediaType() == null) {
            // JAX-RS takes a body without a Content-Type as whatever the method consumes; the contract does not
            throw new NotSupportedException("The request has no Content-Type; send the " + what + " as application/json.");
        }
        if (body != null && body.length > limit) {
            throw new BodyTooLargeException(body.length, limit);
        }
    }

    private Response calendar(ApplicationState state, com.followupadvisor.advising.Answer answer) {
        return CalendarWriter.response(calendar.write(state, answer), state.language());
    }

    /** JSON unless the caller asks for a calendar more than for JSON (a bare wildcard means JSON). */
    static boolean wantsCalendar(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(CalendarWriter.MEDIA_TYPE))) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
