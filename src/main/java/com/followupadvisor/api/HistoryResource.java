package com.followupadvisor.api;

import java.time.Clock;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
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

import com.followupadvisor.advising.Answer;
import com.followupadvisor.answers.AdviceService;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.http.BodyLimits;
import com.followupadvisor.http.Problem;
import com.followupadvisor.http.RequestBodies;

import io.smallrye.common.annotation.NonBlocking;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/v2/next-action}: given this application's history, where does it stand and what
 * next? Read and checked on the event loop, answered on the answer pool, as 1.1's.
 */
@Path("/api/v2/next-action")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Advice", description = "What to do next, for one application or many.")
public class HistoryResource {

    private final AdviceService advice;
    private final HistoryReader reader;
    private final CalendarWriter calendar;

    HistoryResource(AdviceService advice, Clock clock, AdvisorConfig config) {
        this.advice = advice;
        this.reader = new HistoryReader(config.timezone(), advice::languages, clock, config.holidays().region().orElse(null));
        this.calendar = new CalendarWriter(clock);
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CalendarWriter.MEDIA_TYPE})
    @Operation(operationId = "nextActionV2", summary = "Where one application stands and what to do next (contract 2.0)",
            description = "Takes the application's history as events and returns where it stands (`status`), the single most "
                    + "important action now (`next`), the others due now (`also`) and the steps still to come (`plan`), each "
                    + "with an id, its dates, reason and drafts. As an iCalendar file: `POST /api/v2/next-action/calendar`.")
    @RequestBody(required = true, description = "The application's history.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationHistory"),
            examples = @ExampleObject(name = "a question open", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "200", description = "The advice.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HistoryResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid history; every bad field is listed by its path.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over its limit.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header names nothing this operation can answer with.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The loaded rules could not answer this history (a fault in the rules), "
            + "or the service is answering as many requests as it may at once (with Retry-After).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> nextAction(
            @Parameter(description = "Also return, for each rule that fired, the facts it matched and the values it read: "
                    + "`true` or `false` (the default).", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("explain") String explain,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context RoutingContext request) {
        boolean explained = QueryParameters.check(uri, "explain").flag("explain");
        ApplicationHistory history = read(headers, RequestBodies.of(request));
        boolean asCalendar = NextActionResource.wantsCalendar(headers);
        return advice.answerLater(history, explained, answer -> asCalendar ? calendar(history, answer)
                : Response.ok(HistoryResponse.of(answer), MediaType.APPLICATION_JSON_TYPE)
                        .header("Content-Language", answer.language()).build());
    }

    @POST
    @NonBlocking
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CalendarWriter.MEDIA_TYPE)
    @Operation(operationId = "nextActionV2Calendar", summary = "The advice for one application's history as a calendar file",
            description = "As 1.1's calendar, for a 2.0 history: one all-day event per action with something to do, its UID "
                    + "the action's id, so importing a newer export updates the events.")
    @RequestBody(required = true, description = "The application's history.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationHistory")))
    @APIResponse(responseCode = "200", description = CalendarWriter.RESPONSE_DESCRIPTION, content = @Content(
            mediaType = CalendarWriter.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "400", description = "The body is not a valid history; every bad field is listed by its path.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The rules could not answer, or the service is busy (with Retry-After).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> nextActionCalendar(@Context HttpHeaders headers, @Context UriInfo uri,
            @Context RoutingContext request) {
        QueryParameters.check(uri);
        ApplicationHistory history = read(headers, RequestBodies.of(request));
        return advice.answerLater(history, false, answer -> calendar(history, answer));
    }

    private ApplicationHistory read(HttpHeaders headers, byte[] body) {
        NextActionResource.checkBody(headers, body, BodyLimits.HISTORY_BYTES, "history");
        return advice.inLanguage(reader.read(body), AcceptLanguage.preferred(headers, advice.languages()));
    }

    private Response calendar(ApplicationHistory history, Answer answer) {
        return CalendarWriter.response(calendar.write(history.company(), answer), answer.language());
    }
}
