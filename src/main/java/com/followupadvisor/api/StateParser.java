package com.followupadvisor.api;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.followupadvisor.advice.ApplicationState;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.advice.FollowUp;
import com.followupadvisor.advice.Interviewer;
import com.followupadvisor.advice.Outcome;

/**
 * Turns a request body into an {@link ApplicationState}, checking every field of the contract
 * (types, formats, limits, unknown fields, dates before the interview) and reporting all problems
 * at once.
 */
public final class StateParser {

    static final int MAX_TEXT = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_INTERVIEWERS = 20;
    static final int MAX_FOLLOW_UPS = 50;
    static final int MAX_ACTIVE_APPLICATIONS = 10_000;
    static final int MAX_UPCOMING_INTERVIEWS = 1_000;

    private static final Set<String> TOP = Set.of("asOf", "timezone", "company", "role", "candidateName", "interview",
            "timeline", "thankYou", "followUps", "lastHeardAt", "outcome", "otherOpportunities", "firstChoice");
    private static final Set<String> INTERVIEW = Set.of("at", "interviewers");
    private static final Set<String> INTERVIEWER = Set.of("name", "email", "title");
    private static final Set<String> TIMELINE = Set.of("asked", "expectedBy");
    private static final Set<String> THANK_YOU = Set.of("sentAt", "notWanted");
    private static final Set<String> FOLLOW_UP = Set.of("at", "channel");
    private static final Set<String> OTHERS = Set.of("activeApplications", "upcomingInterviews");

    // Simple on purpose: one @, no spaces, a dot in the domain. Full RFC 5322 accepts far more
    // than any real inbox, and a typo is what this catches.
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ZoneId defaultZone;

    public StateParser(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public ApplicationState parse(byte[] body) {
        return parse(readTree(body));
    }

    /** Reads an application state already parsed as JSON (one item of a batch, say). */
    public ApplicationState parse(JsonNode root) {
        JsonFields f = new JsonFields();
        if (f.object(root, "", TOP) == null) {
            throw invalid(f);
        }
        f.required(root, "company", "");
        f.required(root, "interview", "");
        LocalDateTime asOf = f.dateTime(root, "asOf", "");
        ZoneId zone = f.zone(root, "timezone", "");
        String company = f.string(root, "company", "", 1, MAX_TEXT);
        String role = f.string(root, "role", "", 0, MAX_TEXT);
        String candidateName = f.string(root, "candidateName", "", 0, MAX_TEXT);

        LocalDateTime interviewAt = null;
        List<Interviewer> interviewers = new ArrayList<>();
        JsonNode interview = child(f, root, "interview", "", INTERVIEW);
        if (interview != null) {
            f.required(interview, "at", "interview");
            interviewAt = f.dateTime(interview, "at", "interview");
            List<JsonNode> people = f.array(interview, "interviewers", "interview", MAX_INTERVIEWERS);
            for (int i = 0; i < people.size(); i++) {
                String at = "interview.interviewers[" + i + "]";
                if (f.object(people.get(i), at, INTERVIEWER) != null) {
                    interviewers.add(interviewer(f, people.get(i), at));
                }
            }
        }

        boolean asked = false;
        java.time.LocalDate expectedBy = null;
        JsonNode timeline = child(f, root, "timeline", "", TIMELINE);
        if (timeline != null) {
            asked = f.bool(timeline, "asked", "timeline");
            expectedBy = f.date(timeline, "expectedBy", "timeline");
        }

        LocalDateTime sentAt = null;
        boolean notWanted = false;
        JsonNode thankYou = child(f, root, "thankYou", "", THANK_YOU);
        if (thankYou != null) {
            sentAt = f.dateTime(thankYou, "sentAt", "thankYou");
            notWanted = f.bool(thankYou, "notWanted", "thankYou");
            notBeforeInterview(f, sentAt, interviewAt, "thankYou.sentAt");
        }

        List<FollowUp> followUps = new ArrayList<>();
        List<JsonNode> made = f.array(root, "followUps", "", MAX_FOLLOW_UPS);
        for (int i = 0; i < made.size(); i++) {
            String at = "followUps[" + i + "]";
            if (f.object(made.get(i), at, FOLLOW_UP) != null) {
                f.required(made.get(i), "at", at);
                f.required(made.get(i), "channel", at);
                LocalDateTime when = f.dateTime(made.get(i), "at", at);
                Channel channel = f.enumValue(made.get(i), "channel", at, Channel.class);
                notBeforeInterview(f, when, interviewAt, at + ".at");
                if (when != null && channel != null) {
                    followUps.add(new FollowUp(when, channel));
                }
            }
        }

        LocalDateTime lastHeardAt = f.dateTime(root, "lastHeardAt", "");
        Outcome outcome = f.enumValue(root, "outcome", "", Outcome.class);

        int active = 0;
        int upcoming = 0;
        JsonNode others = child(f, root, "otherOpportunities", "", OTHERS);
        if (others != null) {
            active = f.integer(others, "activeApplications", "otherOpportunities", 0, MAX_ACTIVE_APPLICATIONS);
            upcoming = f.integer(others, "upcomingInterviews", "otherOpportunities", 0, MAX_UPCOMING_INTERVIEWS);
        }
        boolean firstChoice = f.bool(root, "firstChoice", "");

        if (!f.errors().isEmpty()) {
            throw invalid(f);
        }
        return new ApplicationState(asOf, zone == null ? defaultZone : zone, company, role, candidateName,
                interviewAt, interviewers, asked, expectedBy, sentAt, notWanted, followUps, lastHeardAt,
                outcome == null ? Outcome.PENDING : outcome, active, upcoming, firstChoice);
    }

    static JsonNode readTree(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("The request body is empty; send an application state as JSON.",
                    List.of(new FieldError("$", "must be a JSON object (the body is empty)")));
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonNode root = JSON.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InvalidRequestException("The request body is empty; send an application state as JSON.",
                        List.of(new FieldError("$", "must be a JSON object (the body is empty)")));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException("The request body is not acceptable JSON.",
                    List.of(new FieldError("$", "exceeds a JSON limit: " + e.getOriginalMessage())));
        } catch (JsonParseException e) {
            throw new InvalidRequestException("The request body is not valid JSON.",
                    List.of(new FieldError("$", "is not valid JSON: " + e.getOriginalMessage()
                            + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        } catch (IOException e) {
            throw new InvalidRequestException("The request body is not valid JSON.",
                    List.of(new FieldError("$", "is not valid JSON: " + e.getMessage())));
        }
    }

    private static JsonNode child(JsonFields f, JsonNode parent, String name, String path, Set<String> known) {
        JsonNode node = parent.get(name);
        if (JsonFields.absent(node)) {
            return null;
        }
        return f.object(node, JsonFields.path(path, name), known);
    }

    private Interviewer interviewer(JsonFields f, JsonNode node, String at) {
        f.required(node, "name", at);
        String name = f.string(node, "name", at, 1, MAX_TEXT);
        String email = f.string(node, "email", at, 1, MAX_EMAIL);
        String title = f.string(node, "title", at, 0, MAX_TEXT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            f.error(at + ".email", "must be a valid email address like name@example.com");
        }
        return new Interviewer(name, email, title);
    }

    private static void notBeforeInterview(JsonFields f, LocalDateTime when, LocalDateTime interviewAt, String path) {
        if (when != null && interviewAt != null && when.isBefore(interviewAt)) {
            f.error(path, "must not be before interview.at (" + interviewAt + ")");
        }
    }

    private static InvalidRequestException invalid(JsonFields f) {
        int n = f.errors().size();
        return new InvalidRequestException(n == 1
                ? "The application state has 1 invalid field."
                : "The application state has " + n + " invalid fields.", f.errors());
    }
}
