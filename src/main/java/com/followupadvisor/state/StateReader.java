package com.followupadvisor.state;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Turns a request body into an {@link ApplicationState}, checking every field of the contract
 * (types, formats, limits, unknown fields, dates before the interview) and reporting all problems
 * at once. The fields each part may have are those of its record ({@link KnownFields}).
 */
public final class StateReader {

    /** Duplicate fields refused and JSON's own limits as {@link JsonShape} sets them. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonShape.FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** One item of a list at a time: the items after it are not trailing data. */
    private static final com.fasterxml.jackson.databind.ObjectReader ITEM =
            JSON.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ZoneId defaultZone;
    private final Supplier<Set<String>> languages;
    private final Clock clock;
    private final String defaultRegion;

    /**
     * A reader that takes any language written as the contract writes one, for states that say
     * their {@code asOf} (a state without one is only checked against its own dates).
     */
    public StateReader(ZoneId defaultZone) {
        this(defaultZone, null, null, null);
    }

    /**
     * A reader that takes the languages {@code languages} names (those of the rules loaded now), and
     * reads a state without {@code asOf} as seen now by {@code clock}: no event may come after it.
     */
    public StateReader(ZoneId defaultZone, Supplier<Set<String>> languages, Clock clock) {
        this(defaultZone, languages, clock, null);
    }

    /** As above, with {@code defaultRegion} (null: none) for a state that names no {@code holidays.region}. */
    public StateReader(ZoneId defaultZone, Supplier<Set<String>> languages, Clock clock, String defaultRegion) {
        if (defaultRegion != null && !Regions.known(defaultRegion)) {
            throw new IllegalArgumentException("advisor.holidays.region must be a country whose public holidays are known, "
                    + "optionally with - and a subdivision (DE, DE-BY, US-NY); it is \"" + defaultRegion + "\"");
        }
        this.defaultZone = defaultZone;
        this.languages = languages;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
    }

    public ApplicationState read(byte[] body) {
        return read(readTree(body));
    }

    /** Reads an application state already parsed as JSON (one item of a batch, say). */
    public ApplicationState read(JsonNode root) {
        JsonFields f = new JsonFields();
        if (f.object(root, "", KnownFields.STATE) == null) {
            throw invalid(f);
        }
        ApplicationState.Builder state = ApplicationState.builder();
        f.required(root, "company", "");
        f.required(root, "interview", "");
        LocalDateTime asOf = f.dateTime(root, "asOf", "");
        state.asOf(asOf);
        ZoneId zone = f.zone(root, "timezone", "");
        state.timezone(zone == null ? defaultZone : zone);
        // the moment no event may come after: asOf, or now where the state leaves it out
        LocalDateTime now = asOf != null || clock == null ? asOf
                : LocalDateTime.now(clock.withZone(zone == null ? defaultZone : zone));
        state.language(language(f, root));
        // every text of a state is one line: each lands in a subject, a to, a greeting, a sentence
        // or a calendar event (JsonFields.line)
        state.company(f.line(root, "company", "", 1, Limits.TEXT));
        state.role(f.line(root, "role", "", 0, Limits.TEXT));
        state.candidateName(f.line(root, "candidateName", "", 0, Limits.TEXT));

        LocalDateTime interviewAt = null;
        JsonNode interview = child(f, root, "interview", "", KnownFields.INTERVIEW);
        if (interview != null) {
            f.required(interview, "at", "interview");
            interviewAt = f.dateTime(interview, "at", "interview");
            state.interviewAt(interviewAt);
            if (!JsonFields.absent(interview.get("round"))) {
                state.round(f.integer(interview, "round", "interview", 1, Limits.ROUNDS));
            }
            InterviewFormat format = f.enumValue(interview, "format", "interview", InterviewFormat.class);
            if (format != null) {
                state.format(format);
            }
            List<JsonNode> people = f.array(interview, "interviewers", "interview", Limits.INTERVIEWERS);
            for (int i = 0; i < people.size(); i++) {
                String at = "interview.interviewers[" + i + "]";
                if (f.object(people.get(i), at, KnownFields.INTERVIEWER) != null) {
                    state.interviewer(interviewer(f, people.get(i), at));
                }
            }
        }

        JsonNode contact = child(f, root, "contact", "", KnownFields.CONTACT);
        if (contact != null) {
            state.contact(contact(f, contact, "contact"));
        }

        JsonNode timeline = child(f, root, "timeline", "", KnownFields.TIMELINE);
        if (timeline != null) {
            java.time.LocalDate expectedBy = f.date(timeline, "expectedBy", "timeline");
            if (expectedBy != null && interviewAt != null && expectedBy.isBefore(interviewAt.toLocalDate())) {
                f.error("timeline.expectedBy", "must not be before the interview's date (" + interviewAt.toLocalDate() + ")");
            }
            state.timeline(new ApplicationState.Timeline(f.bool(timeline, "asked", "timeline"), expectedBy));
        }

        JsonNode thankYou = child(f, root, "thankYou", "", KnownFields.THANK_YOU);
        if (thankYou != null) {
            LocalDateTime sentAt = f.dateTime(thankYou, "sentAt", "thankYou");
            between(f, sentAt, interviewAt, now, "thankYou.sentAt");
            state.thankYou(new ApplicationState.ThankYou(sentAt, f.bool(thankYou, "notWanted", "thankYou")));
        }

        List<JsonNode> made = f.array(root, "followUps", "", Limits.FOLLOW_UPS);
        for (int i = 0; i < made.size(); i++) {
            String at = "followUps[" + i + "]";
            if (f.object(made.get(i), at, KnownFields.FOLLOW_UP) != null) {
                f.required(made.get(i), "at", at);
                f.required(made.get(i), "channel", at);
                LocalDateTime when = f.dateTime(made.get(i), "at", at);
                Channel channel = f.enumValue(made.get(i), "channel", at, Channel.class);
                between(f, when, interviewAt, now, at + ".at");
                if (when != null && channel != null) {
                    state.followUp(new ApplicationState.FollowUp(when, channel));
                }
            }
        }

        LocalDateTime lastHeardAt = f.dateTime(root, "lastHeardAt", "");
        between(f, lastHeardAt, interviewAt, now, "lastHeardAt");
        state.lastHeardAt(lastHeardAt);
        LocalDateTime repliedAt = f.dateTime(root, "repliedAt", "");
        between(f, repliedAt, interviewAt, now, "repliedAt");
        state.repliedAt(repliedAt);
        state.outcome(f.enumValue(root, "outcome", "", Outcome.class));

        JsonNode others = child(f, root, "otherOpportunities", "", KnownFields.OTHER_OPPORTUNITIES);
        if (others != null) {
            state.otherOpportunities(new ApplicationState.OtherOpportunities(
                    f.integer(others, "activeApplications", "otherOpportunities", 0, Limits.ACTIVE_APPLICATIONS),
                    f.integer(others, "upcomingInterviews", "otherOpportunities", 0, Limits.UPCOMING_INTERVIEWS)));
        }
        state.firstChoice(f.bool(root, "firstChoice", ""));

        JsonNode holidays = child(f, root, "holidays", "", KnownFields.HOLIDAYS);
        ApplicationState.Holidays days = holidays == null ? ApplicationState.Holidays.NONE : holidays(f, holidays);
        if (days.region() == null && defaultRegion != null
                && (holidays == null || JsonFields.absent(holidays.get("region")))) {
            days = new ApplicationState.Holidays(defaultRegion, days.closedDays());
        }
        state.holidays(days);

        if (!f.errors().isEmpty()) {
            throw invalid(f);
        }
        return state.build();
    }

    /**
     * Parses a body as JSON, or fails with a 400's problem: empty, not JSON, over a JSON limit. The
     * limits ({@link JsonShape}) are checked before the tree is built.
     */
    public static JsonNode readTree(byte[] body) {
        JsonShape.check(body);
        try (JsonParser parser = JSON.createParser(body)) {
            JsonNode root = JSON.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw emptyBody();
            }
            return root;
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new InvalidRequestException("The request body is not valid JSON.",
                    List.of(new FieldError("$", "is not valid JSON: " + e.getMessage())));
        }
    }

    /**
     * The items of a batch body one at a time, as trees of their own, so that a batch never holds
     * the trees of all its items at once. The body must have passed {@link JsonShape#check}, and
     * its top level must be an object with an {@code items} list.
     */
    public static java.util.Iterator<JsonNode> items(byte[] body, String listName) {
        try {
            JsonParser parser = JSON.createParser(body);
            parser.nextToken(); // the top-level object
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                parser.nextToken();
                if (listName.equals(parser.currentName()) && parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    return new java.util.Iterator<>() {
                        private com.fasterxml.jackson.core.JsonToken next = advance();

                        private com.fasterxml.jackson.core.JsonToken advance() {
                            try {
                                com.fasterxml.jackson.core.JsonToken t = parser.nextToken();
                                if (t == com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                                    parser.close();
                                }
                                return t;
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }

                        @Override
                        public boolean hasNext() {
                            return next != null && next != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
                        }

                        @Override
                        public JsonNode next() {
                            if (!hasNext()) {
                                throw new java.util.NoSuchElementException();
                            }
                            try {
                                JsonNode item = ITEM.readTree(parser);
                                next = advance();
                                return item;
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    };
                }
                parser.skipChildren();
            }
            parser.close();
            return java.util.Collections.emptyIterator();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static InvalidRequestException emptyBody() {
        return new InvalidRequestException("The request body is empty; send an application state as JSON.",
                List.of(new FieldError("$", "must be a JSON object (the body is empty)")));
    }

    static InvalidRequestException notJson(JsonParseException e) {
        return new InvalidRequestException("The request body is not valid JSON.",
                List.of(new FieldError("$", "is not valid JSON: " + e.getOriginalMessage()
                        + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
    }

    private String language(JsonFields f, JsonNode root) {
        return language(f, root, languages);
    }

    /**
     * The request's {@code language}: one of those {@code languages} names (those of the rules
     * loaded now), or when it is null any written as the contract writes one; null if absent or bad.
     */
    public static String language(JsonFields f, JsonNode root, Supplier<Set<String>> languages) {
        String language = f.string(root, "language", "", 1, 20);
        if (language == null) {
            return null;
        }
        Set<String> known = languages == null ? null : new java.util.TreeSet<>(languages.get());
        if (!language.matches(Limits.LANGUAGE) || known != null && !known.contains(language)) {
            f.error("language", "must be one of " + (known == null ? "the two-letter codes like en, de"
                    : String.join(", ", known)) + " (it is \"" + language + "\")");
            return null;
        }
        return language;
    }

    /** The object {@code parent.name} with its unknown fields reported; null if absent or not an object. */
    public static JsonNode child(JsonFields f, JsonNode parent, String name, String path, Set<String> known) {
        JsonNode node = parent.get(name);
        if (JsonFields.absent(node)) {
            return null;
        }
        return f.object(node, JsonFields.path(path, name), known);
    }

    private static ApplicationState.Interviewer interviewer(JsonFields f, JsonNode node, String at) {
        f.required(node, "name", at);
        String name = f.line(node, "name", at, 1, Limits.TEXT);
        String email = email(f, node, at);
        String title = f.line(node, "title", at, 0, Limits.TEXT);
        String addressAs = f.line(node, "addressAs", at, 1, Limits.ADDRESS_AS);
        // one line too: the thank-you note says "our conversation about {talkedAbout}." mid-sentence
        String talkedAbout = f.line(node, "talkedAbout", at, 1, Limits.TALKED_ABOUT);
        return new ApplicationState.Interviewer(name, email, title, addressAs, talkedAbout);
    }

    private static ApplicationState.Contact contact(JsonFields f, JsonNode node, String at) {
        f.required(node, "name", at);
        String name = f.line(node, "name", at, 1, Limits.TEXT);
        String email = email(f, node, at);
        String phone = phone(f, node, at);
        String title = f.line(node, "title", at, 0, Limits.TEXT);
        String addressAs = f.line(node, "addressAs", at, 1, Limits.ADDRESS_AS);
        return new ApplicationState.Contact(name, email, phone, title, addressAs);
    }

    /** The {@code phone} of the object at {@code at}, as people write one; null if absent or bad. */
    public static String phone(JsonFields f, JsonNode node, String at) {
        String phone = f.line(node, "phone", at, 1, Limits.PHONE);
        if (phone != null && !phone.matches(Limits.PHONE_NUMBER)) {
            f.error(at + ".phone", "must be digits, spaces and +()-./ only");
            return null;
        }
        return phone;
    }

    /** The {@code email} of the object at {@code at}, a valid address ({@link EmailAddresses}); null if absent or bad. */
    public static String email(JsonFields f, JsonNode node, String at) {
        String email = f.line(node, "email", at, 1, Limits.EMAIL);
        if (email != null && !EmailAddresses.valid(email)) {
            f.error(at + ".email", "must be a valid email address like name@example.com");
        }
        return email;
    }

    private static ApplicationState.Holidays holidays(JsonFields f, JsonNode node) {
        return new ApplicationState.Holidays(region(f, node, null), closedDays(f, node));
    }

    /**
     * The {@code region} of the {@code holidays} object {@code node}: one whose holidays are known,
     * or {@code orElse} written as it is (contract 2.0's {@code NONE}; null: nothing else); null if
     * absent or bad.
     */
    public static String region(JsonFields f, JsonNode node, String orElse) {
        String region = f.string(node, "region", "holidays", 2, 6);
        if (region == null || region.equals(orElse)) {
            return region;
        }
        if (!Regions.known(region)) {
            f.error("holidays.region", "must be a country whose public holidays are known (ISO 3166-1 alpha-2, such as DE "
                    + "or US), optionally with - and one of its subdivisions (DE-BY, US-NY, GB-SCT)"
                    + (orElse == null ? "" : ", or " + orElse) + "; it is \"" + JsonFields.shorten(region) + "\"");
            return null;
        }
        return region;
    }

    /** The {@code closedDays} of the {@code holidays} object {@code node}, those that are dates. */
    public static List<java.time.LocalDate> closedDays(JsonFields f, JsonNode node) {
        List<JsonNode> days = f.array(node, "closedDays", "holidays", Limits.CLOSED_DAYS);
        List<java.time.LocalDate> closed = new java.util.ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            java.time.LocalDate day = f.date(days.get(i), "holidays.closedDays[" + i + "]");
            if (day != null) {
                closed.add(day);
            }
        }
        return closed;
    }

    /** An event of the application: not before the interview, nor after the moment the state is seen from. */
    private static void between(JsonFields f, LocalDateTime when, LocalDateTime interviewAt, LocalDateTime now, String path) {
        if (when == null) {
            return;
        }
        if (interviewAt != null && when.isBefore(interviewAt)) {
            f.error(path, "must not be before interview.at (" + interviewAt + ")");
        } else if (now != null && when.isAfter(now)) {
            f.error(path, "must not be after asOf (" + now + "): it has not happened yet");
        }
    }

    /** The problems {@code f} found, as the exception that answers 400 with all of them. */
    public static InvalidRequestException invalid(JsonFields f) {
        int n = f.errorCount();
        return new InvalidRequestException(n == 1 ? "The application state has 1 invalid field."
                : "The application state has " + n + " invalid fields" + (n > f.errors().size()
                        ? "; the first " + f.errors().size() + " are listed." : "."), f.errors());
    }
}
