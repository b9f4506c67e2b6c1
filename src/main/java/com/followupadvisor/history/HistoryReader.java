package com.followupadvisor.history;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupadvisor.state.ApplicationState.Holidays;
import com.followupadvisor.state.ApplicationState.OtherOpportunities;
import com.followupadvisor.state.JsonFields;
import com.followupadvisor.state.KnownFields;
import com.followupadvisor.state.Limits;
import com.followupadvisor.state.Regions;
import com.followupadvisor.state.StateReader;

/**
 * Turns a contract 2.0 request body into an {@link ApplicationHistory}, checking every field the
 * contract gives and reporting all problems at once, each under its JSON path from the body's root
 * ({@code events[3].at}), as {@link StateReader} does for 1.1 and with its building blocks. The
 * fields each part may have are those of its record ({@link KnownFields}); each event's are those
 * its {@link EventType} takes ({@link EventReader}). Beyond single fields it checks what the
 * contract says of the events together: none but an interview after {@code asOf}, at least one
 * interview, no thank-you or follow-up before the first, and a {@code DONE} naming an action of this
 * application.
 */
public final class HistoryReader {

    /** {@code holidays.region} for weekends only, instead of the default region. */
    public static final String NO_REGION = "NONE";

    private static final Set<String> REQUEST = KnownFields.of(ApplicationHistory.class);
    private static final Set<String> CANDIDATE = KnownFields.of(Candidate.class);
    private static final Set<String> PERSON = KnownFields.of(Person.class);
    private static final Set<String> OTHER_OPPORTUNITIES = KnownFields.of(OtherOpportunities.class);
    private static final Set<String> HOLIDAYS = KnownFields.of(Holidays.class);

    private final ZoneId defaultZone;
    private final Supplier<Set<String>> languages;
    private final Clock clock;
    private final String defaultRegion;

    /**
     * A reader for requests without {@code timezone} in {@code defaultZone}; taking the languages
     * {@code languages} names (null: any two-letter code); reading a request without {@code asOf}
     * as seen now by {@code clock} (null: no event is checked against now); and, for a request that
     * names no holiday region and whose zone's country has no known holidays, {@code defaultRegion}
     * (null: weekends only).
     */
    public HistoryReader(ZoneId defaultZone, Supplier<Set<String>> languages, Clock clock, String defaultRegion) {
        if (defaultRegion != null && !Regions.known(defaultRegion)) {
            throw new IllegalArgumentException("advisor.holidays.region must be a country whose public holidays are known, "
                    + "optionally with - and a subdivision (DE, DE-BY, US-NY); it is \"" + defaultRegion + "\"");
        }
        this.defaultZone = defaultZone;
        this.languages = languages;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
    }

    /** Reads a request body: JSON within {@link StateReader#readTree}'s limits, then as {@link #read(JsonNode)}. */
    public ApplicationHistory read(byte[] body) {
        return read(StateReader.readTree(body));
    }

    /** Reads a request already parsed as JSON (one item of a batch, say); paths are from {@code root}. */
    public ApplicationHistory read(JsonNode root) {
        JsonFields f = new JsonFields();
        if (f.object(root, "", REQUEST) == null) {
            throw StateReader.invalid(f);
        }
        f.required(root, "company", "");
        f.required(root, "events", "");
        LocalDateTime asOf = f.dateTime(root, "asOf", "");
        ZoneId given = f.zone(root, "timezone", "");
        ZoneId zone = given == null ? defaultZone : given;
        // the moment no event but an interview may come after: asOf, or now where the request leaves it out
        LocalDateTime now = asOf != null || clock == null ? asOf : LocalDateTime.now(clock.withZone(zone));
        String language = StateReader.language(f, root, languages);
        String applicationId = applicationId(f, root);
        // one line, as every text that lands in a draft or a calendar event (JsonFields.line)
        String company = f.line(root, "company", "", 1, Limits.TEXT);
        String role = f.line(root, "role", "", 0, Limits.TEXT);
        Candidate candidate = candidate(f, root);
        boolean firstChoice = f.bool(root, "firstChoice", "");
        Map<String, Person> people = people(f, root);
        EventReader reader = new EventReader(f, people.keySet());
        String contact = contact(f, root, reader, people);

        List<JsonNode> nodes = f.array(root, "events", "", Limits.EVENTS);
        if (root.path("events").isArray() && root.path("events").isEmpty()) {
            f.error("events", "must have at least 1 event, an INTERVIEW (held or still to come)");
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            events.add(reader.read(nodes.get(i), "events[" + i + "]"));
        }
        if (!nodes.isEmpty() && nodes.stream().noneMatch(n -> EventType.INTERVIEW.name().equals(n.path("type").textValue()))) {
            f.error("events", "must have at least one INTERVIEW (held or still to come): the advice starts at the first "
                    + "interview");
        }
        int first = firstInterview(events);
        checkTimes(f, events, first, now, asOf != null);
        boolean idGiven = !JsonFields.absent(root.get("applicationId"));
        String ids = idGiven ? applicationId : company == null || first < 0 ? null
                : ActionIds.defaultApplicationId(company, role, events.get(first).at().moment());
        checkDone(f, events, ids, idGiven);

        JsonNode others = StateReader.child(f, root, "otherOpportunities", "", OTHER_OPPORTUNITIES);
        OtherOpportunities otherOpportunities = others == null ? null : new OtherOpportunities(
                f.integer(others, "activeApplications", "otherOpportunities", 0, Limits.ACTIVE_APPLICATIONS),
                f.integer(others, "upcomingInterviews", "otherOpportunities", 0, Limits.UPCOMING_INTERVIEWS));
        Holidays holidays = holidays(f, root, zone);

        if (!f.errors().isEmpty()) {
            throw StateReader.invalid(f);
        }
        return new ApplicationHistory(asOf, zone, language, applicationId, company, role, candidate, firstChoice,
                List.copyOf(people.values()), contact, events, otherOpportunities, holidays);
    }

    private static String applicationId(JsonFields f, JsonNode root) {
        String id = f.string(root, "applicationId", "", 1, 100);
        if (id != null && !id.matches(ActionIds.APPLICATION_ID)) {
            f.error("applicationId", "must be 1 to 100 letters, digits, -, _ and . (it is \"" + JsonFields.shorten(id) + "\")");
            return null;
        }
        return id;
    }

    /** As 1.1's contact: a name when given, a valid email address, a phone number as people write one. */
    private static Candidate candidate(JsonFields f, JsonNode root) {
        JsonNode node = StateReader.child(f, root, "candidate", "", CANDIDATE);
        return node == null ? null : new Candidate(f.line(node, "name", "candidate", 1, Limits.TEXT),
                StateReader.email(f, node, "candidate"), StateReader.phone(f, node, "candidate"));
    }

    /** The people by id, in the order given; a duplicate id is refused at the later one. */
    private static Map<String, Person> people(JsonFields f, JsonNode root) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<JsonNode> items = f.array(root, "people", "", Limits.PEOPLE);
        for (int i = 0; i < items.size(); i++) {
            String at = "people[" + i + "]";
            JsonNode node = items.get(i);
            if (f.object(node, at, PERSON) == null) {
                continue;
            }
            f.required(node, "id", at);
            String id = f.string(node, "id", at, 1, Limits.PERSON_ID);
            if (id != null && !id.matches(Limits.PERSON_ID_PATTERN)) {
                f.error(at + ".id", "must be letters, digits, - and _ only (it is \"" + JsonFields.shorten(id) + "\")");
                id = null;
            }
            Integer earlier = id == null ? null : seen.putIfAbsent(id, i);
            if (earlier != null) {
                f.error(at + ".id", "must be unique in the request: people[" + earlier + "] has the id \"" + id + "\" already");
            }
            Person person = new Person(id == null ? "" : id, f.line(node, "name", at, 1, Limits.TEXT),
                    StateReader.email(f, node, at), StateReader.phone(f, node, at), f.line(node, "title", at, 0, Limits.TEXT),
                    f.line(node, "addressAs", at, 1, Limits.ADDRESS_AS), f.enumValue(node, "role", at, PersonRole.class));
            if (id != null && earlier == null) {
                people.put(id, person);
            }
        }
        return people;
    }

    /** Who coordinates the process: a person of {@code people}, never one who only referred the candidate. */
    private static String contact(JsonFields f, JsonNode root, EventReader reader, Map<String, Person> people) {
        JsonNode value = root.get("contact");
        String id = JsonFields.absent(value) ? null : reader.person(value, "contact");
        if (id != null && people.get(id).role() == PersonRole.REFERRER) {
            f.error("contact", "must not be a REFERRER (\"" + id + "\" is): a referrer is kept informed, never chased; "
                    + "name who coordinates the process, or leave contact out");
            return null;
        }
        return id;
    }

    /** The index of the interview with the earliest {@code at} (the first listed of those at one time), or -1. */
    private static int firstInterview(List<Event> events) {
        int first = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e != null && e.type() == EventType.INTERVIEW && (first < 0 || e.at().compareTo(events.get(first).at()) < 0)) {
                first = i;
            }
        }
        return first;
    }

    /** No event but an interview after {@code now}; no thank-you or follow-up before the first interview. */
    private static void checkTimes(JsonFields f, List<Event> events, int first, LocalDateTime now, boolean asOfGiven) {
        When firstAt = first < 0 ? null : events.get(first).at();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e == null) {
                continue;
            }
            // a date alone counts as 00:00 of its day against asOf: a date alone on asOf's date has happened
            if (now != null && e.type() != EventType.INTERVIEW && e.at().moment().isAfter(now)) {
                f.error("events[" + i + "].at", "must not be after " + (asOfGiven ? "asOf" : "now") + " (" + now
                        + "): only an INTERVIEW may be still to come");
            } else if ((e.type() == EventType.THANK_YOU || e.type() == EventType.FOLLOW_UP) && firstAt != null
                    && before(e.at(), firstAt)) {
                f.error("events[" + i + "].at", "must not be before the first interview (events[" + first + "], " + firstAt
                        + "): a " + e.type() + " follows an interview");
            }
        }
    }

    /** Whether {@code a} is before {@code b}: by date where either is a date alone, else by moment. */
    private static boolean before(When a, When b) {
        return a.dateOnly() || b.dateOnly() ? a.date().isBefore(b.date()) : a.moment().isBefore(b.moment());
    }

    /**
     * Each {@code DONE} names a step of this application done without an event of its own
     * ({@link ActionIds#doneProblem}); unchecked when the application's id is unknown (its parts
     * are refused already).
     */
    private static void checkDone(JsonFields f, List<Event> events, String applicationId, boolean given) {
        for (int i = 0; i < events.size() && applicationId != null; i++) {
            Event e = events.get(i);
            String problem = e == null || e.action() == null ? null : ActionIds.doneProblem(e.action(), applicationId);
            if (problem != null) {
                f.error("events[" + i + "].action", problem + (given ? "" : "; without an applicationId, this application's is \""
                        + applicationId + "\", worked out from company, role and the first interview's at"));
            }
        }
    }

    /**
     * The holidays: the region given; {@code NONE}: none (weekends only); left out: the country of
     * the zone when its holidays are known (most employers are where the candidate lives), else the
     * configured region, else none.
     */
    private Holidays holidays(JsonFields f, JsonNode root, ZoneId zone) {
        JsonNode node = StateReader.child(f, root, "holidays", "", HOLIDAYS);
        boolean regionGiven = node != null && !JsonFields.absent(node.get("region"));
        String region = regionGiven ? StateReader.region(f, node, NO_REGION) : Regions.ofZone(zone);
        if (NO_REGION.equals(region)) {
            region = null;
        } else if (!regionGiven && region == null) {
            region = defaultRegion;
        }
        List<LocalDate> closedDays = node == null ? List.of() : StateReader.closedDays(f, node);
        return new Holidays(region, closedDays);
    }
}
