package com.followupadvisor.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InvalidRequestException;
import com.followupadvisor.state.StateReader;

/**
 * Reads {@code rules/scenarios/*.json}. A scenario's {@code request} is exactly a request body of
 * {@code POST /api/v2/next-action}, its {@code state} one of {@code POST /api/v1/next-action}
 * (with {@code asOf} required), so a request can be pasted in.
 */
public final class ScenarioReader {

    static final String FOLDER = "scenarios";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("description", "state", "request", "expect");
    private static final Set<String> EXPECT = Set.of("next", "also", "plan", "fired", "status");
    private static final Set<String> ACTION = Set.of("action", "id", "dueFrom", "dueBy", "overdue", "rule", "titleContains",
            "whyContains", "channels", "drafts");
    private static final Set<String> STATUS = Set.of("outcome", "round", "waitingOn", "referenceDate", "nextInterviewAt",
            "region");
    private static final Set<String> ALSO = Set.of("has", "hasNot", "actions");
    private static final Set<String> PLAN = Set.of("has", "hasNot", "steps");
    private static final Set<String> FIRED = Set.of("has", "hasNot");
    private static final Set<String> DRAFT = Set.of("channel", "to", "subjectContains", "bodyContains",
            "bodyDoesNotContain", "bodyEndsWith");
    /** What a scenario writes for "the answer has no such value", as the answer leaves the field out. */
    private static final String NONE = "none";

    private final StateReader parser;
    private final HistoryReader requests;

    public ScenarioReader(ZoneId defaultZone) {
        this.parser = new StateReader(defaultZone);
        this.requests = new HistoryReader(defaultZone, null, null, null);
    }

    /** Every scenario in the folder, in file-name order; problems are added to {@code problems}. */
    public List<Scenario> read(Path rulesDir, List<RuleProblem> problems) {
        List<Scenario> scenarios = new ArrayList<>();
        // read as the rule files are: from inside the folder only, within its limits, as UTF-8
        for (Map.Entry<String, String> entry : RuleSetLoader.scenarioFiles(rulesDir, problems).entrySet()) {
            Scenario scenario = read(entry.getKey(), entry.getValue(), problems);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    /**
     * The scenario {@code text} of the file {@code name} ("scenarios/offer.json") says, or null with
     * what is wrong with it added to {@code problems}.
     */
    public Scenario read(String name, String text, List<RuleProblem> problems) {
        Path file = Path.of(name);
        List<String> wrong = new ArrayList<>();
        Scenario scenario;
        try {
            scenario = parse(text, file, name, wrong);
        } catch (JsonProcessingException e) {
            JsonPositions.Position at = JsonPositions.position(e.getLocation());
            problems.add(new RuleProblem(name, at.line(), at.column(), "is not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (!wrong.isEmpty()) {
            JsonPositions positions = positions(text);
            for (String w : wrong) {
                // each problem starts with the field it is about: "state.outcom: is not a known field"
                int colon = w.indexOf(": ");
                JsonPositions.Position at = positions.of(colon < 0 ? "" : w.substring(0, colon));
                problems.add(new RuleProblem(name, at.line(), at.column(), w));
            }
            return null;
        }
        return scenario;
    }

    private static JsonPositions positions(String text) {
        try {
            return new JsonPositions(text);
        } catch (IOException e) {
            throw new IllegalStateException("a scenario that parsed cannot be read again", e);
        }
    }

    private Scenario parse(String text, Path file, String name, List<String> wrong) throws JsonProcessingException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject()) {
            wrong.add("must be a JSON object with description, state and expect");
            return null;
        }
        unknown(root, TOP, "", wrong);
        JsonNode stateNode = root.get("state");
        JsonNode requestNode = root.get("request");
        JsonNode expectNode = root.get("expect");
        if ((stateNode == null) == (requestNode == null) || expectNode == null) {
            wrong.add("needs \"expect\" and one of \"state\" (a contract 1.1 request) or \"request\" (a contract 2.0 request)");
            return null;
        }
        ApplicationState state = null;
        ApplicationHistory request = null;
        String part = stateNode != null ? "state" : "request";
        try {
            LocalDateTime asOf;
            if (stateNode != null) {
                state = parser.read(JSON.writeValueAsBytes(stateNode));
                asOf = state.asOf();
            } else {
                request = requests.read(requestNode);
                asOf = request.asOf();
            }
            if (asOf == null) {
                wrong.add(part + ".asOf: is required in a scenario, so that it answers the same every day");
            }
        } catch (InvalidRequestException e) {
            for (FieldError error : e.errors()) {
                wrong.add(part + "." + error.field() + ": " + error.message());
            }
        }
        Expectation expect = expectation(expectNode, wrong);
        String description = root.path("description").asText("");
        String scenarioName = file.getFileName().toString().replaceFirst("\\.json$", "");
        return (state == null && request == null) || expect == null ? null
                : new Scenario(scenarioName, name, description, state, request, expect, positions(text));
    }

    private static Expectation expectation(JsonNode expect, List<String> wrong) {
        if (!object(expect, "expect", EXPECT, wrong)) {
            return null;
        }
        if (expect.isEmpty()) {
            wrong.add("expect: says nothing to check; give next, also, plan or fired");
            return null;
        }
        JsonNode next = expect.path("next");
        Expectation.Action action = next.isMissingNode() ? null : action(next, "expect.next", wrong);
        Expectation.Actions also = actions(expect.path("also"), "expect.also", ALSO, "actions", wrong);
        Expectation.Actions plan = actions(expect.path("plan"), "expect.plan", PLAN, "steps", wrong);
        JsonNode fired = expect.path("fired");
        object(fired, "expect.fired", FIRED, wrong);
        Expectation.Fired rules = new Expectation.Fired(texts(fired, "has", "expect.fired", "rule names", wrong),
                texts(fired, "hasNot", "expect.fired", "rule names", wrong));
        JsonNode status = expect.path("status");
        object(status, "expect.status", STATUS, wrong);
        Map<String, String> statusValues = new java.util.TreeMap<>();
        status.fields().forEachRemaining(f -> statusValues.put(f.getKey(), f.getValue().isNull() ? NONE : f.getValue().asText()));
        return !next.isMissingNode() && action == null ? null : new Expectation(action, also, plan, rules, statusValues);
    }

    /** One action of the answer: {@code next}, an item of {@code also.actions} or of {@code plan.steps}. */
    private static Expectation.Action action(JsonNode node, String where, List<String> wrong) {
        if (!object(node, where, ACTION, wrong)) {
            return null;
        }
        ActionCode code = code(node.path("action").asText(null), where + ".action", wrong);
        return new Expectation.Action(code, text(node, "id", where, wrong), date(node, "dueFrom", where, wrong),
                date(node, "dueBy", where, wrong),
                bool(node, "overdue", where, wrong), text(node, "rule", where, wrong),
                texts(node, "titleContains", where, "texts", wrong), texts(node, "whyContains", where, "texts", wrong),
                channels(node, where, wrong), list(node, "drafts", where, "drafts", ScenarioReader::draft, wrong));
    }

    private static Expectation.Actions actions(JsonNode node, String where, Set<String> known, String items,
            List<String> wrong) {
        if (!object(node, where, known, wrong)) {
            return new Expectation.Actions(Set.of(), Set.of(), null);
        }
        return new Expectation.Actions(codes(node, "has", where, wrong), codes(node, "hasNot", where, wrong),
                list(node, items, where, "actions", ScenarioReader::action, wrong));
    }

    private static Expectation.Message draft(JsonNode node, String where, List<String> wrong) {
        if (!object(node, where, DRAFT, wrong)) {
            return null;
        }
        JsonNode channel = node.get("channel");
        String to = text(node, "to", where, wrong);
        return new Expectation.Message(channel == null ? null : channel(channel, where + ".channel", wrong),
                to == null ? null : Optional.ofNullable(NONE.equals(to) ? null : to),
                texts(node, "subjectContains", where, "texts", wrong), texts(node, "bodyContains", where, "texts", wrong),
                texts(node, "bodyDoesNotContain", where, "texts", wrong), text(node, "bodyEndsWith", where, wrong));
    }

    /** Whether {@code node} is absent or an object; reports unknown fields, and a node that is neither. */
    private static boolean object(JsonNode node, String where, Set<String> known, List<String> wrong) {
        if (node.isMissingNode()) {
            return true;
        }
        if (!node.isObject()) {
            wrong.add(where + ": must be an object, with " + String.join(", ", new TreeSet<>(known)));
            return false;
        }
        unknown(node, known, where + ".", wrong);
        return true;
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix, List<String> wrong) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                wrong.add(prefix + field + ": is not a known field; known here: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** Reads one item of a list, reporting what is wrong with it at {@code where}. */
    private interface Item<T> {
        T read(JsonNode node, String where, List<String> wrong);
    }

    /** A list field: null when absent (not checked), every item read in order. */
    private static <T> List<T> list(JsonNode node, String field, String where, String things, Item<T> item,
            List<String> wrong) {
        JsonNode items = node.get(field);
        if (items == null) {
            return null;
        }
        if (!items.isArray()) {
            wrong.add(where + "." + field + ": must be a list of " + things + ", [ ] for none");
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(item.read(items.get(i), where + "." + field + "[" + i + "]", wrong));
        }
        return out;
    }

    private static ActionCode code(String text, String where, List<String> wrong) {
        if (text == null) {
            wrong.add(where + ": is required");
            return null;
        }
        try {
            return ActionCode.valueOf(text);
        } catch (IllegalArgumentException e) {
            wrong.add(where + ": \"" + text + "\" is not an action code; use one of " + List.of(ActionCode.values()));
            return null;
        }
    }

    private static Set<ActionCode> codes(JsonNode node, String field, String where, List<String> wrong) {
        Set<ActionCode> codes = EnumSet.noneOf(ActionCode.class);
        JsonNode list = node.get(field);
        if (list != null && !list.isArray()) {
            wrong.add(where + "." + field + ": must be a list of action codes, like [\"KEEP_SEARCHING\"]");
            return codes;
        }
        for (JsonNode item : node.path(field)) {
            ActionCode code = code(item.asText(null), where + "." + field, wrong);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static List<Channel> channels(JsonNode node, String where, List<String> wrong) {
        return list(node, "channels", where, "channels, like [\"EMAIL\", \"PHONE\"]", ScenarioReader::channel, wrong);
    }

    private static Channel channel(JsonNode node, String where, List<String> wrong) {
        try {
            return Channel.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            wrong.add(where + ": \"" + node.asText() + "\" is not a channel; use one of " + List.of(Channel.values()));
            return null;
        }
    }

    private static Optional<LocalDate> date(JsonNode node, String field, String where, List<String> wrong) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            if (NONE.equals(value.asText())) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value.asText()));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        wrong.add(where + "." + field + ": must be a date like 2026-11-24, or \"" + NONE + "\" for no date");
        return null;
    }

    private static Boolean bool(JsonNode node, String field, String where, List<String> wrong) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            wrong.add(where + "." + field + ": must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    private static String text(JsonNode node, String field, String where, List<String> wrong) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            wrong.add(where + "." + field + ": must be a text in quotes");
            return null;
        }
        return value.asText();
    }

    /** Texts to look for: empty when absent; an empty text would be found in every text, so it is refused. */
    private static List<String> texts(JsonNode node, String field, String where, String things, List<String> wrong) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (item.isTextual() && !item.asText().isEmpty()) {
                out.add(item.asText());
            }
        }
        if (!value.isArray() || out.size() != value.size()) {
            wrong.add(where + "." + field + ": must be a list of " + things + ", each in quotes and not empty, like [\"...\"]");
        }
        return out;
    }
}
