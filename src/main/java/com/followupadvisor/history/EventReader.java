package com.followupadvisor.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupadvisor.state.ApplicationState.Timeline;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.InterviewFormat;
import com.followupadvisor.state.JsonFields;
import com.followupadvisor.state.KnownFields;
import com.followupadvisor.state.Limits;
import com.followupadvisor.state.StateReader;

/**
 * Reads one event of a contract 2.0 request, and the person ids that events and {@code contact}
 * name, for {@link HistoryReader}: the fields the event's {@link EventType} takes and requires, each
 * checked on its own and against the event's own date. Checks between events are the history
 * reader's. Problems go to the reader's {@link JsonFields}, so that all are reported at once.
 */
final class EventReader {

    /** Every field some event takes: what an event whose type is unreadable may have. */
    private static final Set<String> ANY_EVENT_FIELD = anyEventField();
    private static final Set<String> ATTENDANCE = KnownFields.of(Event.Attendance.class);
    private static final Set<String> TIMELINE = KnownFields.of(Timeline.class);
    private static final Pattern DATE_ALONE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonFields f;
    private final Set<String> people;

    /** A reader that reports to {@code f} and takes {@code people} as the ids a person field may name. */
    EventReader(JsonFields f, Set<String> people) {
        this.f = f;
        this.people = Set.copyOf(people);
    }

    /**
     * The event {@code node} at {@code path} ({@code events[3]}), or null when its type or its
     * {@code at} is unreadable; when other fields are bad it is returned without them (and the
     * request is refused), so that the checks between events still see its type and time.
     */
    Event read(JsonNode node, String path) {
        if (!node.isObject()) {
            f.error(path, "must be a JSON object (an event, with at least type and at)");
            return null;
        }
        f.required(node, "type", path);
        EventType type = f.enumValue(node, "type", path, EventType.class);
        ObjectNode taken = ((ObjectNode) node).deepCopy();
        if (type == null) {
            f.object(node, path, ANY_EVENT_FIELD);
        } else {
            Set<String> takes = takes(type);
            node.fieldNames().forEachRemaining(name -> {
                if (!takes.contains(name)) {
                    f.error(JsonFields.path(path, name), "is not a field of " + article(type) + " " + type
                            + " event, which takes " + String.join(", ", new TreeSet<>(takes)));
                }
            });
            taken.retain(takes); // a stray field is reported once, not also checked as the type that takes it would
            type.required().forEach(name -> f.required(node, name, path));
        }
        f.required(node, "at", path);
        When at = when(taken, "at", path);
        Event.Builder event = Event.of(type, at)
                .id(f.line(taken, "id", path, 1, Limits.EVENT_ID))
                // the caller's own text, which the advice never writes anywhere: a tracker's note may have several lines
                .note(f.string(taken, "note", path, 0, Limits.NOTE))
                .round(JsonFields.absent(taken.get("round")) ? null : positive(f.integer(taken, "round", path, 1, Limits.ROUNDS)))
                .stage(f.enumValue(taken, "stage", path, Stage.class))
                .format(f.enumValue(taken, "format", path, InterviewFormat.class))
                .interviewers(interviewers(taken, path))
                .timeline(timeline(taken, path, at))
                .thankYouNotWanted(f.bool(taken, "thankYouNotWanted", path))
                .to(to(taken, path))
                .channel(f.enumValue(taken, "channel", path, Channel.class))
                .answerBy(notBefore(f.date(taken, "answerBy", path), at, JsonFields.path(path, "answerBy")))
                .action(f.line(taken, "action", path, 1, Limits.ACTION_ID))
                .from(JsonFields.absent(taken.get("from")) ? null : person(taken.get("from"), JsonFields.path(path, "from")))
                .expectedBy(f.date(taken, "expectedBy", path))
                .about(f.enumValue(taken, "about", path, QuestionTopic.class))
                .newAt(f.dateTime(taken, "newAt", path));
        When due = when(taken, "due", path);
        if (due != null && notBefore(due.date(), at, JsonFields.path(path, "due")) == null) {
            due = null;
        }
        event.due(due);
        return type == null || at == null ? null : event.build();
    }

    /**
     * The person id {@code value} at {@code at}, when {@code people} has it; null (and reported)
     * when not. For {@code from}, {@code to}, {@code interviewers} and {@code contact}.
     */
    String person(JsonNode value, String at) {
        if (!value.isTextual()) {
            f.error(at, "must be a person's id, a string");
            return null;
        }
        String id = value.textValue();
        if (!people.contains(id)) {
            f.error(at, "must be the id of one of people (" + (people.isEmpty() ? "there are none"
                    : String.join(", ", new TreeSet<>(people))) + "); it is \"" + JsonFields.shorten(id) + "\"");
            return null;
        }
        return id;
    }

    /** A date-time, or a date alone ({@code at}, {@code due}); null if absent or bad. */
    private When when(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (JsonFields.absent(value)) {
            return null;
        }
        if (value.isTextual() && DATE_ALONE.matcher(value.textValue()).matches()) {
            LocalDate date = f.date(value, JsonFields.path(path, name));
            return date == null ? null : When.on(date);
        }
        if (!value.isTextual() || value.textValue().indexOf('T') < 0) {
            String quoted = value.isTextual() ? " (it is \"" + JsonFields.shorten(value.textValue()) + "\")" : "";
            f.error(JsonFields.path(path, name), "must be a local date-time like 2026-11-24T09:00, with no offset, or a date "
                    + "alone like 2026-11-24" + quoted);
            return null;
        }
        LocalDateTime moment = f.dateTime(node, name, path);
        return moment == null ? null : When.at(moment);
    }

    private List<Event.Attendance> interviewers(JsonNode node, String path) {
        List<Event.Attendance> attendances = new ArrayList<>();
        List<JsonNode> items = f.array(node, "interviewers", path, Limits.INTERVIEWERS);
        for (int i = 0; i < items.size(); i++) {
            String at = JsonFields.path(path, "interviewers[" + i + "]");
            JsonNode item = items.get(i);
            if (f.object(item, at, ATTENDANCE) != null) {
                f.required(item, "person", at);
                String person = JsonFields.absent(item.get("person")) ? null : person(item.get("person"), at + ".person");
                // one line, as 1.1's: the thank-you note says "our conversation about {talkedAbout}." mid-sentence
                String talkedAbout = f.line(item, "talkedAbout", at, 1, Limits.TALKED_ABOUT);
                if (person != null) {
                    attendances.add(new Event.Attendance(person, talkedAbout));
                }
            }
        }
        return attendances;
    }

    private Timeline timeline(JsonNode node, String path, When interview) {
        JsonNode timeline = StateReader.child(f, node, "timeline", path, TIMELINE);
        if (timeline == null) {
            return null;
        }
        String at = JsonFields.path(path, "timeline");
        LocalDate expectedBy = f.date(timeline, "expectedBy", at);
        if (expectedBy != null && interview != null && expectedBy.isBefore(interview.date())) {
            f.error(at + ".expectedBy", "must not be before the interview's date (" + interview.date() + ")");
            expectedBy = null;
        }
        return new Timeline(f.bool(timeline, "asked", at), expectedBy);
    }

    private List<String> to(JsonNode node, String path) {
        List<String> ids = new ArrayList<>();
        List<JsonNode> items = f.array(node, "to", path, Limits.RECIPIENTS);
        for (int i = 0; i < items.size(); i++) {
            String id = person(items.get(i), JsonFields.path(path, "to[" + i + "]"));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** {@code date}, or null (and reported at {@code path}) when it is before the date of the event at {@code at}. */
    private LocalDate notBefore(LocalDate date, When at, String path) {
        if (date != null && at != null && date.isBefore(at.date())) {
            f.error(path, "must not be before the event's own date (" + at.date() + ")");
            return null;
        }
        return date;
    }

    private static Integer positive(int round) {
        return round > 0 ? round : null;
    }

    private static Set<String> takes(EventType type) {
        Set<String> takes = new HashSet<>(EventType.COMMON);
        takes.addAll(type.fields());
        return takes;
    }

    private static String article(EventType type) {
        return "AEIOU".indexOf(type.name().charAt(0)) >= 0 ? "an" : "a";
    }

    private static Set<String> anyEventField() {
        Set<String> all = new HashSet<>(EventType.COMMON);
        Arrays.stream(EventType.values()).forEach(type -> all.addAll(type.fields()));
        return Set.copyOf(all);
    }
}
