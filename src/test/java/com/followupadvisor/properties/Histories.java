package com.followupadvisor.properties;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupadvisor.history.ActionIds;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.state.InvalidRequestException;

/**
 * Random contract 2.0 requests for the history properties: 1-3 interviews (rounds, stages,
 * formats, interviewers, timelines), people in every role and sometimes a {@code REFERRER},
 * thank-you notes and follow-ups, every employer event ({@code RESCHEDULED} with {@code newAt},
 * {@code CANCELLED}, {@code ON_HOLD}, {@code ASSIGNMENT} with {@code due}, {@code OFFER} with and
 * without {@code answerBy}, {@code REJECTION}, ...), the candidate's events ({@code REPLIED},
 * {@code SUBMITTED}, {@code OTHER_OFFER}, {@code ACCEPTED}, {@code DECLINED}, {@code WITHDREW},
 * {@code REFERRER_UPDATED}, a {@code DONE} of {@code move-on} or {@code withdraw-elsewhere}), some
 * on a date alone, some sharing one {@code at}; in five time zones, with the holiday region left to
 * the zone or given, and dates from mid-November to mid-January so that the year-end quiet weeks
 * and the holidays around them come up often.
 *
 * <p>Each value is the request body itself, read by the service's own {@link HistoryReader}: so
 * every generated history is one the API accepts (a body it refuses is a bug of this generator, and
 * fails loudly), and a failure prints a body that can be replayed with curl. Shrinking leaves out an
 * event, a person (with every mention of them) or an optional field, keeping only the variants the
 * reader still accepts.
 */
final class Histories {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The service's reader; every body here gives {@code asOf}, so no clock is needed. */
    static final HistoryReader READER = new HistoryReader(ZoneId.of("Europe/Berlin"), () -> Set.of("en", "de"), null, null);

    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Europe/London",
            "Pacific/Auckland", "UTC");
    private static final List<String> REGIONS = List.of("DE", "DE-BY", "US", "US-NY", "GB", "NZ", "NONE");
    private static final List<String> NAMES = List.of("Dana Smith", "Lee Wong", "Kim Park", "Ann Müller", "Jo O'Neil",
            "Sam Rivera", "Priya Raman", "Tomás Díaz");
    private static final List<String> ROLES = List.of("RECRUITER", "HIRING_MANAGER", "INTERVIEWER");
    private static final List<String> STAGES = List.of("SCREEN", "INTERVIEW", "FINAL");
    private static final List<String> FORMATS = List.of("IN_PERSON", "VIDEO", "PHONE");
    private static final List<String> TOPICS = List.of("AVAILABILITY", "REFERENCES", "DOCUMENTS", "SALARY", "OTHER");
    /** The events besides interviews, each as often as it is listed. */
    private static final List<String> OTHER_EVENTS = List.of(
            "THANK_YOU", "THANK_YOU", "FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP", "REPLIED", "REPLIED", "SUBMITTED",
            "OTHER_OFFER", "ACCEPTED", "DECLINED", "WITHDREW", "REFERRER_UPDATED", "DONE",
            "STILL_DECIDING", "STILL_DECIDING", "QUESTION", "QUESTION", "INVITATION", "RESCHEDULED", "RESCHEDULED",
            "CANCELLED", "CANCELLED", "ON_HOLD", "ASSIGNMENT", "ASSIGNMENT", "OFFER", "OFFER", "REJECTION");

    private Histories() {
    }

    /** A generated request body and the history the service reads from it. */
    record Case(ObjectNode body, ApplicationHistory history) {

        @Override
        public String toString() {
            return body.toString();
        }
    }

    /** The history of {@code body}, which must be a request the service accepts. */
    static Case read(ObjectNode body) {
        try {
            return new Case(body, READER.read(body.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidRequestException e) {
            throw new AssertionError("the generator built a request the service refuses: " + e.errors() + "\n  " + body, e);
        }
    }

    private static Case readIfValid(ObjectNode body) {
        try {
            return new Case(body, READER.read(body.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    static String json(Case c) {
        return c.body().toString();
    }

    static Case generate(Random r) {
        ObjectNode body = JSON.createObjectNode();
        ZoneId zone = ZoneId.of(pick(r, ZONES));
        String company = pick(r, List.of("Acme", "Globex GmbH", "Initech Ltd", "Umbrella & Co", "Kiwi Soft"));
        String role = r.nextBoolean() ? pick(r, List.of("Backend Engineer", "Data Analyst", "Product Designer")) : null;

        // the people: staff the employer has (never a referrer) and, sometimes, referrers
        List<String> staff = new ArrayList<>();
        List<String> referrers = new ArrayList<>();
        ArrayNode people = JSON.createArrayNode();
        int count = r.nextInt(5);
        int referrerCount = r.nextInt(10) < 3 ? 1 + r.nextInt(r.nextInt(4) == 0 ? 2 : 1) : 0;
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, r);
        for (int i = 0; i < count + referrerCount; i++) {
            boolean referrer = i >= count;
            String id = (referrer ? "ref" : "p") + i;
            ObjectNode person = people.addObject().put("id", id);
            if (r.nextInt(5) > 0) {
                person.put("name", names.get(i));
            }
            // every person can be told apart by their email, so a draft's recipient is one person
            person.put("email", id + "@" + (referrer ? "friend" : "employer") + ".example");
            if (r.nextInt(3) == 0) {
                person.put("phone", "+44 20 7946 0" + (100 + i));
            }
            if (r.nextInt(4) == 0) {
                person.put("title", "Team Lead");
            }
            if (r.nextInt(5) == 0) {
                person.put("addressAs", "Dr " + id);
            }
            if (referrer) {
                person.put("role", "REFERRER");
                referrers.add(id);
            } else {
                if (r.nextInt(4) > 0) {
                    person.put("role", pick(r, ROLES));
                }
                staff.add(id);
            }
        }

        // the interviews: 1-3, a few days apart, from mid-November to mid-January
        LocalDate start = LocalDate.of(2025 + r.nextInt(3), 11, 15).plusDays(r.nextInt(62));
        int interviews = 1 + r.nextInt(3);
        List<LocalDateTime> interviewTimes = new ArrayList<>();
        LocalDateTime t = start.atTime(8 + r.nextInt(10), 15 * r.nextInt(4));
        for (int i = 0; i < interviews; i++) {
            interviewTimes.add(t);
            t = t.toLocalDate().plusDays(1 + r.nextInt(12)).atTime(8 + r.nextInt(10), 15 * r.nextInt(4));
        }
        LocalDateTime first = interviewTimes.get(0);
        LocalDateTime last = interviewTimes.get(interviews - 1);
        // asOf: from a few days before the first interview to weeks after the last
        long span = ChronoUnit.MINUTES.between(first.minusDays(3), last.plusDays(50));
        LocalDateTime asOf = first.minusDays(3).plusMinutes(5 * (long) r.nextInt((int) (span / 5)));

        List<ObjectNode> events = new ArrayList<>();
        List<String> interviewAts = new ArrayList<>();
        for (int i = 0; i < interviews; i++) {
            ObjectNode e = JSON.createObjectNode().put("type", "INTERVIEW");
            // a date alone sometimes (never for the first, whose time names the default applicationId either way)
            String at = i > 0 && r.nextInt(6) == 0 ? interviewTimes.get(i).toLocalDate().toString()
                    : interviewTimes.get(i).toString();
            e.put("at", at);
            interviewAts.add(at);
            if (r.nextInt(4) == 0) {
                e.put("round", r.nextInt(3) == 0 ? 1 + r.nextInt(5) : i + 1);
            }
            if (i == 0 && interviews > 1 && r.nextInt(3) == 0) {
                e.put("stage", "SCREEN");
            } else if (i == interviews - 1 && interviews > 1 && r.nextInt(3) == 0) {
                e.put("stage", "FINAL");
            } else if (r.nextInt(5) == 0) {
                e.put("stage", pick(r, STAGES));
            }
            if (r.nextBoolean()) {
                e.put("format", pick(r, FORMATS));
            }
            if (!staff.isEmpty() && r.nextInt(4) > 0) {
                ArrayNode met = e.putArray("interviewers");
                for (String id : subset(r, staff)) {
                    ObjectNode a = met.addObject().put("person", id);
                    if (r.nextInt(3) == 0) {
                        a.put("talkedAbout", pick(r, List.of("the data platform", "on-call", "the roadmap")));
                    }
                }
            }
            if (r.nextInt(5) < 2) {
                ObjectNode timeline = e.putObject("timeline");
                if (r.nextBoolean()) {
                    timeline.put("asked", true);
                }
                if (r.nextInt(4) > 0) {
                    timeline.put("expectedBy", interviewTimes.get(i).toLocalDate().plusDays(r.nextInt(15)).toString());
                }
            }
            if (r.nextInt(10) == 0) {
                e.put("thankYouNotWanted", true);
            }
            events.add(e);
        }

        String applicationId = r.nextBoolean() ? pick(r, List.of("app-1", "acme.backend-7", "x_42")) : null;
        String ids = applicationId != null ? applicationId : ActionIds.defaultApplicationId(company, role, first);

        // everything else, at or before asOf; thank-yous and follow-ups not before the first interview
        int more = r.nextInt(9);
        List<String> ats = new ArrayList<>();
        for (int k = 0; k < more; k++) {
            String type = pick(r, OTHER_EVENTS);
            boolean afterFirst = type.equals("THANK_YOU") || type.equals("FOLLOW_UP");
            LocalDateTime earliest = afterFirst ? first : first.minusDays(5);
            if (earliest.isAfter(asOf)) {
                continue;
            }
            String at;
            if (!ats.isEmpty() && r.nextInt(6) == 0) {
                at = pick(r, ats); // the same moment as another event: ties keep the order given
                if (afterFirst && at(at).isBefore(first)) {
                    continue;
                }
            } else {
                long minutes = ChronoUnit.MINUTES.between(earliest, asOf);
                LocalDateTime moment = earliest.plusMinutes(minutes == 0 ? 0 : (long) (r.nextDouble() * minutes))
                        .truncatedTo(ChronoUnit.MINUTES);
                if (moment.isBefore(earliest)) {
                    moment = earliest;
                }
                at = r.nextInt(5) == 0 ? moment.toLocalDate().toString() : moment.toString();
            }
            ats.add(at);
            LocalDate day = at(at).toLocalDate();
            ObjectNode e = JSON.createObjectNode().put("type", type).put("at", at);
            switch (type) {
                case "THANK_YOU", "REPLIED" -> to(r, e, staff, 3);
                case "FOLLOW_UP" -> {
                    e.put("channel", r.nextInt(3) == 0 ? "PHONE" : "EMAIL");
                    to(r, e, staff, 3);
                }
                case "REFERRER_UPDATED" -> to(r, e, referrers, 2);
                case "OTHER_OFFER" -> e.put("answerBy", day.plusDays(r.nextInt(22)).toString());
                case "DONE" -> e.put("action", ids + (r.nextBoolean() ? ".move-on" : ".withdraw-elsewhere"));
                case "STILL_DECIDING" -> {
                    if (r.nextBoolean()) {
                        e.put("expectedBy", day.plusDays(r.nextInt(15)).toString());
                    }
                }
                case "QUESTION" -> {
                    if (r.nextBoolean()) {
                        e.put("about", pick(r, TOPICS));
                    }
                }
                case "INVITATION" -> {
                    if (r.nextBoolean()) {
                        e.put("round", 1 + r.nextInt(4));
                    }
                }
                case "RESCHEDULED" -> e.put("newAt", at(at).toLocalDate().plusDays(1 + r.nextInt(10))
                        .atTime(8 + r.nextInt(10), 30).toString());
                case "ASSIGNMENT" -> {
                    LocalDate due = day.plusDays(r.nextInt(11));
                    e.put("due", r.nextBoolean() ? due.toString() : due.atTime(17, 0).toString());
                }
                case "OFFER" -> {
                    if (r.nextBoolean()) {
                        e.put("answerBy", day.plusDays(r.nextInt(15)).toString());
                    }
                }
                default -> {
                    // SUBMITTED, ACCEPTED, DECLINED, WITHDREW, CANCELLED, ON_HOLD, REJECTION: no further fields
                }
            }
            if (isEmployers(type) && !staff.isEmpty() && r.nextInt(3) > 0) {
                e.put("from", pick(r, staff));
            }
            if (r.nextInt(5) == 0) {
                e.put("id", "ev-" + k);
            }
            if (r.nextInt(8) == 0) {
                e.put("note", "from the tracker\nsecond line");
            }
            events.add(e);
        }
        // the order a caller lists them in: any order at all
        Collections.shuffle(events, r);

        body.put("asOf", asOf.toString());
        body.put("timezone", zone.getId());
        if (r.nextInt(4) == 0) {
            body.put("language", r.nextBoolean() ? "de" : "en");
        }
        if (applicationId != null) {
            body.put("applicationId", applicationId);
        }
        body.put("company", company);
        if (role != null) {
            body.put("role", role);
        }
        if (r.nextInt(5) < 3) {
            body.putObject("candidate").put("name", "Alex Candidate").put("email", "alex@candidate.example");
        }
        if (r.nextInt(3) == 0) {
            body.put("firstChoice", true);
        }
        if (people.size() > 0) {
            body.set("people", people);
        }
        if (!staff.isEmpty() && r.nextInt(3) == 0) {
            body.put("contact", pick(r, staff));
        }
        ArrayNode list = body.putArray("events");
        events.forEach(list::add);
        if (r.nextInt(5) < 2) {
            body.putObject("otherOpportunities").put("activeApplications", r.nextInt(4)).put("upcomingInterviews", r.nextInt(3));
        }
        if (r.nextBoolean()) {
            ObjectNode holidays = body.putObject("holidays");
            if (r.nextInt(3) > 0) {
                holidays.put("region", pick(r, REGIONS));
            }
            if (r.nextInt(3) == 0) {
                ArrayNode closed = holidays.putArray("closedDays");
                int days = 1 + r.nextInt(3);
                for (int i = 0; i < days; i++) {
                    closed.add(first.toLocalDate().plusDays(r.nextInt(40)).toString());
                }
            }
        }
        return read(body);
    }

    /** Simpler variants of a request that the service still accepts: one event, person or optional field fewer. */
    static List<Case> simpler(Case c) {
        List<ObjectNode> variants = new ArrayList<>();
        ObjectNode body = c.body();
        int events = body.path("events").size();
        for (int i = 0; i < events; i++) {
            ObjectNode v = body.deepCopy();
            ((ArrayNode) v.get("events")).remove(i);
            variants.add(v);
        }
        for (JsonNode person : body.path("people")) {
            variants.add(withoutPerson(body, person.get("id").textValue()));
        }
        for (String field : List.of("holidays", "otherOpportunities", "contact", "candidate", "language", "firstChoice",
                "role", "applicationId")) {
            if (body.has(field)) {
                ObjectNode v = body.deepCopy();
                v.remove(field);
                variants.add(v);
            }
        }
        for (int i = 0; i < events; i++) {
            Iterator<String> names = body.path("events").get(i).fieldNames();
            while (names.hasNext()) {
                String field = names.next();
                if (!field.equals("type") && !field.equals("at")) {
                    ObjectNode v = body.deepCopy();
                    ((ObjectNode) v.get("events").get(i)).remove(field);
                    variants.add(v);
                }
            }
        }
        List<Case> out = new ArrayList<>();
        for (ObjectNode v : variants) {
            Case simpler = readIfValid(v);
            if (simpler != null) {
                out.add(simpler);
            }
        }
        return out;
    }

    /** {@code body} without the person {@code id} and every mention of them. */
    private static ObjectNode withoutPerson(ObjectNode body, String id) {
        ObjectNode v = body.deepCopy();
        ArrayNode people = (ArrayNode) v.get("people");
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).get("id").textValue().equals(id)) {
                people.remove(i);
            }
        }
        if (id.equals(v.path("contact").textValue())) {
            v.remove("contact");
        }
        for (JsonNode e : v.path("events")) {
            ObjectNode event = (ObjectNode) e;
            if (id.equals(event.path("from").textValue())) {
                event.remove("from");
            }
            for (String list : List.of("to", "interviewers")) {
                if (event.has(list)) {
                    ArrayNode items = (ArrayNode) event.get(list);
                    for (int i = items.size() - 1; i >= 0; i--) {
                        JsonNode item = items.get(i);
                        if (id.equals(item.isTextual() ? item.textValue() : item.path("person").textValue())) {
                            items.remove(i);
                        }
                    }
                }
            }
        }
        return v;
    }

    /** The moment an {@code at} stands for: a date alone is 00:00 of its day. */
    static LocalDateTime at(String at) {
        return at.indexOf('T') < 0 ? LocalDate.parse(at).atTime(LocalTime.MIDNIGHT) : LocalDateTime.parse(at);
    }

    private static boolean isEmployers(String type) {
        return List.of("STILL_DECIDING", "QUESTION", "INVITATION", "RESCHEDULED", "CANCELLED", "ON_HOLD", "ASSIGNMENT",
                "OFFER", "REJECTION").contains(type);
    }

    /** Sometimes (about one time in {@code oneIn}) a {@code to} naming some of {@code ids}. */
    private static void to(Random r, ObjectNode e, List<String> ids, int oneIn) {
        if (!ids.isEmpty() && r.nextInt(oneIn) == 0) {
            ArrayNode to = e.putArray("to");
            subset(r, ids).forEach(to::add);
        }
    }

    /** A non-empty subset of {@code ids}, in their order. */
    private static List<String> subset(Random r, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (r.nextBoolean()) {
                out.add(id);
            }
        }
        if (out.isEmpty()) {
            out.add(pick(r, ids));
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
