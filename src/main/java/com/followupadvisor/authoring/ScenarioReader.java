package com.followupadvisor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.rules.RuleProblem;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InvalidRequestException;
import com.followupadvisor.state.StateReader;

/**
 * Reads {@code rules/scenarios/*.json}. A scenario's {@code state} is exactly a request body of
 * {@code POST /api/v1/next-action} (with {@code asOf} required), so a request can be pasted in.
 */
final class ScenarioReader {

    static final String FOLDER = "scenarios";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("description", "state", "expect");
    private static final Set<String> EXPECT = Set.of("next", "also", "plan");
    private static final Set<String> NEXT = Set.of("action", "dueFrom", "dueBy", "overdue");
    private static final Set<String> LIST = Set.of("has", "hasNot");

    private final StateReader parser;

    ScenarioReader(ZoneId defaultZone) {
        this.parser = new StateReader(defaultZone);
    }

    /** Every scenario in the folder, in file-name order; problems are added to {@code problems}. */
    List<Scenario> read(Path rulesDir, List<RuleProblem> problems) {
        Path folder = rulesDir.resolve(FOLDER);
        List<Scenario> scenarios = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return scenarios;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(FOLDER, 0, 0, "cannot list the scenarios: " + e.getMessage()));
            return scenarios;
        }
        for (Path file : files) {
            String name = FOLDER + "/" + file.getFileName();
            List<String> wrong = new ArrayList<>();
            Scenario scenario = null;
            try {
                scenario = parse(file, name, wrong);
            } catch (IOException e) {
                wrong.add("is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            wrong.forEach(w -> problems.add(new RuleProblem(name, 0, 0, w)));
            if (scenario != null && wrong.isEmpty()) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    private Scenario parse(Path file, String name, List<String> wrong) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            wrong.add("must be a JSON object with description, state and expect");
            return null;
        }
        unknown(root, TOP, "", wrong);
        JsonNode stateNode = root.get("state");
        JsonNode expectNode = root.get("expect");
        if (stateNode == null || expectNode == null) {
            wrong.add("needs both \"state\" and \"expect\"");
            return null;
        }
        ApplicationState state = null;
        try {
            state = parser.read(JSON.writeValueAsBytes(stateNode));
            if (state.asOf() == null) {
                wrong.add("state.asOf: is required in a scenario, so that it answers the same every day");
            }
        } catch (InvalidRequestException e) {
            for (FieldError error : e.errors()) {
                wrong.add("state." + error.field() + ": " + error.message());
            }
        }
        Expectation expect = expectation(expectNode, wrong);
        String description = root.path("description").asText("");
        String scenarioName = file.getFileName().toString().replaceFirst("\\.json$", "");
        return state == null || expect == null ? null : new Scenario(scenarioName, name, description, state, expect);
    }

    private static Expectation expectation(JsonNode expect, List<String> wrong) {
        unknown(expect, EXPECT, "expect.", wrong);
        JsonNode next = expect.path("next");
        unknown(next, NEXT, "expect.next.", wrong);
        ActionCode action = code(next.path("action").asText(null), "expect.next.action", wrong);
        if (action == null) {
            return null;
        }
        unknown(expect.path("also"), LIST, "expect.also.", wrong);
        unknown(expect.path("plan"), LIST, "expect.plan.", wrong);
        JsonNode overdue = next.get("overdue");
        return new Expectation(action,
                date(next, "dueFrom", wrong), date(next, "dueBy", wrong),
                overdue == null || overdue.isNull() ? null : overdue.asBoolean(),
                codes(expect.path("also"), "has", "expect.also", wrong),
                codes(expect.path("also"), "hasNot", "expect.also", wrong),
                codes(expect.path("plan"), "has", "expect.plan", wrong),
                codes(expect.path("plan"), "hasNot", "expect.plan", wrong));
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix, List<String> wrong) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                wrong.add(prefix + field + ": is not a known field; known here: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
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

    private static LocalDate date(JsonNode next, String field, List<String> wrong) {
        JsonNode node = next.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            wrong.add("expect.next." + field + ": must be a date like 2026-11-24");
            return null;
        }
    }

    private static Set<ActionCode> codes(JsonNode list, String field, String where, List<String> wrong) {
        Set<ActionCode> codes = EnumSet.noneOf(ActionCode.class);
        for (JsonNode item : list.path(field)) {
            ActionCode code = code(item.asText(null), where + "." + field, wrong);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }
}
