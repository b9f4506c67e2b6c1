package com.followupadvisor.api;

import java.time.Clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.followupadvisor.advising.AdviceService;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateReader;




/** {@code POST /api/v1/next-action}: given this application's state, what next? */
@Path("/api/v1/next-action")
public class NextActionResource {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final AdviceService advice;
    private final StateReader reader;
    private final CalendarWriter calendar;

    NextActionResource(AdviceService advice, Clock clock, AdvisorConfig config) {
        this.advice = advice;
        this.reader = new StateReader(config.timezone(), advice::languages, clock);
        this.calendar = new CalendarWriter(clock);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CalendarWriter.MEDIA_TYPE})
    @Operation(operationId = "nextAction", summary = "What to do next for one application",
            description = "Returns the single most important action now (`next`), the other actions that apply now "
                    + "(`also`), and the actions still to come (`plan`), each with its dates, reason and drafts. "
                    + "With `Accept: text/calendar`, the same as an iCalendar file: one all-day event per dated action.")
    @RequestBody(required = true, description = "The application state.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationState.class),
            examples = {
                @ExampleObject(name = "follow-up due", summary = "The employer's date has passed", value = ApiExamples.FOLLOW_UP_DUE),
                @ExampleObject(name = "before the interview", summary = "No timeline known yet", value = ApiExamples.BEFORE_INTERVIEW),
                @ExampleObject(name = "rejected", summary = "A closed application", value = ApiExamples.REJECTED)}))
    @APIResponse(responseCode = "200", description = "The advice.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextActionResponse.class),
                examples = @ExampleObject(name = "follow-up due", value = ApiExamples.FOLLOW_UP_ANSWER)),
        @Content(mediaType = CalendarWriter.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                example = "BEGIN:VCALENDAR\r\n...\r\nEND:VCALENDAR\r\n")})
    @APIResponse(responseCode = "400", description = "The body is not a valid application state; every bad field is listed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "413", description = "The body is over 64 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The loaded rules could not answer this state (a fault in the rules).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response nextAction(
            @Parameter(description = "Also return, for each rule that fired, the facts it matched and the values it read.")
            @QueryParam("explain") boolean explain,
            @Context HttpHeaders headers,
            byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException(body.length, MAX_BODY_BYTES);
        }
        ApplicationState state = advice.inLanguage(reader.read(body), headers.getAcceptableLanguages());
        Answer answer = advice.answer(state, explain);
        if (wantsCalendar(headers)) {
            return Response.ok(calendar.write(state, answer), CalendarWriter.MEDIA_TYPE + ";charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"follow-up-plan.ics\"").build();
        }
        return Response.ok(NextActionResponse.of(answer), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Language", state.language()).build();
    }

    /** JSON unless the caller asks for a calendar more than for JSON (a bare wildcard means JSON). */
    private static boolean wantsCalendar(HttpHeaders headers) {
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
