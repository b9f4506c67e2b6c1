package com.followupadvisor.api.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.followupadvisor.history.ActionIds;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.Candidate;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.history.Person;
import com.followupadvisor.history.PersonRole;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.Limits;

/**
 * Contract 2.0's request, {@value #HISTORY}, as {@code HistoryReader} reads it: every part with
 * exactly the fields of its record ({@link Schemas#object} checks), the same limits (from
 * {@link Limits}), and its events from {@link EventSchemas}. Added by the document's filter, since
 * the history records are the model, not annotated request classes; the 1.1 parts a history
 * shares ({@code Timeline}, {@code OtherOpportunities}, {@code Channel}, {@code InterviewFormat})
 * are referred to by name.
 */
public final class HistorySchemas {

    /** The request body of the {@code /api/v2/next-action} operations and a v2 batch item's state. */
    public static final String HISTORY = "ApplicationHistory";

    private static final String EMAIL = "A valid email address, as in 1.1.";

    private HistorySchemas() {
    }

    /** Adds the request schema and its parts to {@code openAPI}'s components (again, when called twice). */
    public static void addTo(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        EventSchemas.addTo(components);
        components.addSchema("PersonRole", Schemas.enumeration(PersonRole.values(), "What part a person plays; a REFERRER "
                + "referred the candidate: kept informed, never chased."));
        components.addSchema("Person", person());
        components.addSchema("Candidate", Schemas.object(Candidate.class, "Who signs the drafts.", Schemas.ordered(
                "name", Schemas.line(null, 1, Limits.TEXT),
                "email", email(),
                "phone", phone()), List.of()));
        components.addSchema("HistoryHolidays", holidays());
        components.addSchema(HISTORY, history());
    }

    private static Schema history() {
        return Schemas.object(ApplicationHistory.class, "One job application as its history: who is involved and what "
                + "happened, as events. Dates and times are local to the applicant: a date is YYYY-MM-DD, a date-time "
                + "YYYY-MM-DDTHH:MM[:SS] with no offset. Unknown fields are rejected, and every free text but an event's "
                + "`note` is one line.", Schemas.ordered(
                "asOf", Schemas.dateTime("\"Now\"; default: the current time in `timezone`."),
                "timezone", Schemas.string("IANA time zone id; default: the service's configured zone."),
                "language", Schemas.string("`en` or `de`; default: the request's `Accept-Language`, else `en`.")
                        .pattern(Limits.LANGUAGE),
                "applicationId", Schemas.string("Your id for this application; it prefixes every action id. Default: a short "
                        + "digest of company, role and the first interview's `at`.").minLength(1).maxLength(100)
                        .pattern(ActionIds.APPLICATION_ID),
                "company", Schemas.line("The employer; not blank.", 1, Limits.TEXT).pattern(Limits.ONE_LINE_NOT_BLANK),
                "role", Schemas.line("Job title.", 0, Limits.TEXT),
                "candidate", Schemas.ref("Candidate", null),
                "firstChoice", Schemas.bool("This job is the candidate's first choice."),
                "people", Schemas.array(Schemas.ref("Person", null), Limits.PEOPLE, "Everyone involved; ids unique."),
                "contact", Schemas.personId("The id of who coordinates the process, never a REFERRER; default: the first "
                        + "RECRUITER, else the first HIRING_MANAGER, else the first person of the latest interview."),
                "events", Schemas.array(Schemas.ref(EventSchemas.EVENT, null), Limits.EVENTS, "What happened, and interviews "
                        + "scheduled, in any order; at least one INTERVIEW.").minItems(1),
                "otherOpportunities", Schemas.ref("OtherOpportunities", "The candidate's other applications and "
                        + "interviews; they shape the keep-searching advice and the follow-ups' words."),
                "holidays", Schemas.ref("HistoryHolidays", null)), List.of("company", "events"));
    }

    private static Schema person() {
        return Schemas.object(Person.class, "Someone involved in the process, named by `id` in events and `contact`.",
                Schemas.ordered(
                        "id", Schemas.personId("Unique in the request."),
                        "name", Schemas.line("Without a name, drafts greet without one.", 1, Limits.TEXT),
                        "email", email(),
                        "phone", phone(),
                        "title", Schemas.line(null, 0, Limits.TEXT),
                        "addressAs", Schemas.line("How drafts greet the person; default: name.", 1, Limits.ADDRESS_AS),
                        "role", Schemas.ref("PersonRole", "INTERVIEWER when absent.")), List.of("id"));
    }

    private static Schema holidays() {
        String region = Limits.REGION.substring(1, Limits.REGION.length() - 1);
        return Schemas.object(ApplicationState.Holidays.class, "Whose days off count, besides weekends.", Schemas.ordered(
                "region", Schemas.string("A country, optionally with a subdivision (DE, DE-BY, US-NY), or NONE for weekends "
                        + "only. Default: the country of `timezone`, else the service's configured region.")
                        .pattern("^(" + region + "|" + HistoryReader.NO_REGION + ")$"),
                "closedDays", Schemas.array(Schemas.date(null), Limits.CLOSED_DAYS, "Further days the employer is closed.")),
                List.of());
    }

    private static Schema email() {
        return Schemas.string(EMAIL).format("email").maxLength(Limits.EMAIL);
    }

    private static Schema phone() {
        return Schemas.string("Digits, spaces and +()-./").maxLength(Limits.PHONE).pattern(Limits.PHONE_NUMBER);
    }
}
