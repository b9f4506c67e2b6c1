package com.followupadvisor.api.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Discriminator;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.followupadvisor.history.Event;
import com.followupadvisor.history.EventType;
import com.followupadvisor.history.QuestionTopic;
import com.followupadvisor.history.Stage;
import com.followupadvisor.state.KnownFields;
import com.followupadvisor.state.Limits;

/**
 * The schema of an event: a {@code oneOf} of one schema per {@link EventType}, told apart by
 * {@code type}. Each variant is generated from the enum, with {@link EventType#COMMON} and exactly
 * the fields its type takes ({@link EventType#fields()}), those it requires required, and no other
 * field, as {@code EventReader} reads it: a new event type gets its schema without anyone writing
 * one, and a new field without a schema below stops the build.
 */
public final class EventSchemas {

    /** The component every event in {@code events[]} refers to. */
    public static final String EVENT = "Event";

    /** The schema of each field an event may have, by name: those of {@link Event}, in the contract's order. */
    private static final Map<String, Supplier<Schema>> FIELDS = fields();

    private static final Map<EventType, String> MEANING = meanings();

    private EventSchemas() {
    }

    /** The name of {@code type}'s schema: {@code THANK_YOU} is {@code ThankYouEvent}. */
    public static String schemaName(EventType type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.append("Event").toString();
    }

    /** Adds {@value #EVENT}, one schema per event type, and the enums they use, to {@code components}. */
    static void addTo(Components components) {
        Discriminator discriminator = OASFactory.createDiscriminator().propertyName("type");
        Schema event = OASFactory.createSchema().description("One event of the history; `type` says which, and which "
                + "further fields it takes. `at` is a local date-time, or a date alone (00:00 of that day, sorted after the "
                + "timed events of that day). Only an INTERVIEW may be after `asOf`.").discriminator(discriminator);
        for (EventType type : EventType.values()) {
            components.addSchema(schemaName(type), variant(type));
            event.addOneOf(Schemas.ref(schemaName(type), null));
            discriminator.addMapping(type.name(), "#/components/schemas/" + schemaName(type));
        }
        components.addSchema(EVENT, event);
        components.addSchema("Stage", Schemas.enumeration(Stage.values(), "What kind of interview: after a SCREEN the next "
                + "step is another interview, not a decision."));
        components.addSchema("QuestionTopic", Schemas.enumeration(QuestionTopic.values(), "What the employer asked about."));
        components.addSchema("Attendance", Schemas.object(Event.Attendance.class, "A person at an interview.", Schemas.ordered(
                "person", Schemas.personId("The person's id, one of `people`."),
                "talkedAbout", Schemas.line("Something specific discussed with this person, which their thank-you note "
                        + "mentions.", 1, Limits.TALKED_ABOUT)), List.of("person")));
    }

    private static Schema variant(EventType type) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", Schemas.string(null).addEnumeration(type.name()));
        String when = type == EventType.INTERVIEW ? "When it takes place (held once `asOf` reaches it)" : "When it happened, "
                + "at or before `asOf`";
        properties.put("at", Schemas.string(when + ": a local date-time, or a date alone.").pattern(Schemas.DATE_OR_DATE_TIME));
        properties.put("id", Schemas.line("Your own id for the event; the advice ignores it.", 1, Limits.EVENT_ID));
        properties.put("note", Schemas.string("Your own text; the advice ignores it. It may have several lines.")
                .maxLength(Limits.NOTE));
        List<String> required = new ArrayList<>(List.of("type", "at"));
        FIELDS.forEach((field, schema) -> {
            if (type.fields().contains(field)) {
                properties.put(field, schema.get());
            }
            if (type.required().contains(field)) {
                required.add(field);
            }
        });
        String whose = type.isEmployers() ? "The employer's: " : "The candidate's: ";
        return Schemas.closed(whose + MEANING.getOrDefault(type, type.name() + "."), properties, required);
    }

    private static Map<String, Supplier<Schema>> fields() {
        Map<String, Supplier<Schema>> fields = new LinkedHashMap<>();
        fields.put("round", () -> Schemas.integer("Which interview of the process; default: its place among the INTERVIEW "
                + "events by `at`.", 1, Limits.ROUNDS));
        fields.put("stage", () -> Schemas.ref("Stage", "INTERVIEW when absent."));
        fields.put("format", () -> Schemas.ref("InterviewFormat", "IN_PERSON when absent."));
        fields.put("interviewers", () -> Schemas.array(Schemas.ref("Attendance", null), Limits.INTERVIEWERS, "People met."));
        fields.put("timeline", () -> Schemas.ref("Timeline", "Whether the candidate asked when to expect news, and the answer."));
        fields.put("thankYouNotWanted", () -> Schemas.bool("The employer asked for no thank-you notes."));
        fields.put("to", () -> Schemas.array(Schemas.personId(null), Limits.RECIPIENTS, "The ids of the people it went to."));
        fields.put("channel", () -> Schemas.ref("Channel", null));
        fields.put("answerBy", () -> Schemas.date("The date the offer must be answered by; not before the event's date."));
        fields.put("action", () -> Schemas.line("An action id from an earlier answer: an ASK_TO_EXPEDITE, UPDATE_REFERRER, "
                + "WITHDRAW_ELSEWHERE or MOVE_ON step of this application.", 1, Limits.ACTION_ID));
        fields.put("from", () -> Schemas.personId("The id of the person it came from."));
        fields.put("expectedBy", () -> Schemas.date("Their new date for a decision."));
        fields.put("about", () -> Schemas.ref("QuestionTopic", null));
        fields.put("newAt", () -> Schemas.dateTime("The interview's new time."));
        fields.put("due", () -> Schemas.string("When the task is due: a local date-time, or a date alone; not before the "
                + "event's date.").pattern(Schemas.DATE_OR_DATE_TIME));
        Set<String> modelled = new TreeSet<>(KnownFields.of(Event.class));
        modelled.removeAll(EventType.COMMON);
        Set<String> taken = new TreeSet<>();
        Arrays.stream(EventType.values()).forEach(t -> taken.addAll(t.fields()));
        if (!fields.keySet().equals(modelled) || !modelled.equals(taken)) {
            throw new IllegalStateException("The OpenAPI schemas of the event fields " + new TreeSet<>(fields.keySet())
                    + ", the fields of Event " + modelled + " and those the event types take " + taken + " must be the same");
        }
        return Collections.unmodifiableMap(fields);
    }

    private static Map<EventType, String> meanings() {
        Map<EventType, String> m = new EnumMap<>(EventType.class);
        m.put(EventType.INTERVIEW, "an interview, held (`at` <= `asOf`) or still to come.");
        m.put(EventType.THANK_YOU, "thank-you notes sent (default `to`: everyone in the latest interview held before it).");
        m.put(EventType.FOLLOW_UP, "a follow-up made.");
        m.put(EventType.REPLIED, "the candidate answered the employer's open messages (all of those before it).");
        m.put(EventType.SUBMITTED, "the candidate handed in the assignment.");
        m.put(EventType.OTHER_OFFER, "the candidate holds another offer that must be answered by `answerBy`.");
        m.put(EventType.ACCEPTED, "the candidate accepted this employer's offer.");
        m.put(EventType.DECLINED, "the candidate declined this employer's offer.");
        m.put(EventType.WITHDREW, "the candidate withdrew from this process.");
        m.put(EventType.REFERRER_UPDATED, "the candidate told the referrer(s) how things stand.");
        m.put(EventType.DONE, "the candidate did the step `action` names, one that has no event of its own.");
        m.put(EventType.STILL_DECIDING, "\"we are still deciding\", with a new date or not.");
        m.put(EventType.QUESTION, "they asked the candidate something.");
        m.put(EventType.INVITATION, "they invited the candidate to an interview not yet scheduled.");
        m.put(EventType.RESCHEDULED, "they moved the interview to `newAt`.");
        m.put(EventType.CANCELLED, "they cancelled the interview without a new date: not a no.");
        m.put(EventType.ON_HOLD, "the position is on hold.");
        m.put(EventType.ASSIGNMENT, "a take-home task, due at `due`.");
        m.put(EventType.OFFER, "an offer, to be answered by `answerBy`.");
        m.put(EventType.REJECTION, "a no.");
        return m;
    }
}
