package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;

/**
 * The example edit of the rule authors' guide (docs/rule-authoring.md, The loop, step 1; it was the
 * README's until the README became a front door) works as it says: applied to a copy of rules/, together
 * with the scenario updates it calls for, the shipped-advice tests pass on the copy; without those updates
 * some scenario fails. The edit is read from the guide itself, so the test follows it; the scenario updates
 * are kept in src/test/resources/readme-example-edit/scenario-updates.json, as
 * the fields each scenario changes (by JSON pointer), so that the rest of a scenario (its rule names, its
 * other expectations) is always the shipped one.
 */
class ReadmeExampleEditTest {

    private static final Path GUIDE = Path.of("docs/rule-authoring.md");
    private static final Path UPDATES = Path.of("src/test/resources/readme-example-edit/scenario-updates.json");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    private static final String NUMBERS = "advice-numbers.properties";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final RulesCheck CHECK = new RulesCheck(CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR);

    @TempDir
    Path folder;

    /** The backticked {@code name = value (range)} line of step 1 of the guide's "The loop", which names advice-numbers.properties. */
    static String guideEdit() throws IOException {
        String guide = Files.readString(GUIDE);
        int loop = guide.indexOf("\n## The loop\n");
        assertThat(loop).as("the guide has a section \"The loop\"").isNotNegative();
        int stepOne = guide.indexOf("1. **Edit**", loop);
        int stepTwo = guide.indexOf("2. **Check**", loop);
        assertThat(stepOne).as("step 1 of The loop").isNotNegative();
        assertThat(stepTwo).as("step 2 of The loop").isGreaterThan(stepOne);
        String step = guide.substring(stepOne, stepTwo);
        assertThat(step).as("step 1 names the file to edit").contains(NUMBERS);
        Matcher line = Pattern.compile("`(\\w+\\s*=[^`\\n]*)`").matcher(step);
        List<String> edits = new ArrayList<>();
        while (line.find()) {
            edits.add(line.group(1));
        }
        assertThat(edits).as("the backticked edit lines of step 1").hasSize(1);
        return edits.get(0);
    }

    private static String nameOf(String propertyLine) {
        return propertyLine.substring(0, propertyLine.indexOf('=')).strip();
    }

    /** A copy of rules/ with the guide's example edit applied to advice-numbers.properties, replacing the line of that name. */
    private Path editedCopy(String name) throws IOException {
        Path copy = RuleFiles.copyShippedRulesTo(folder.resolve(name));
        String edit = guideEdit();
        Path numbers = copy.resolve(NUMBERS);
        List<String> lines = Files.readAllLines(numbers);
        Pattern sameName = Pattern.compile("^\\s*" + Pattern.quote(nameOf(edit)) + "\\s*=.*$");
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (sameName.matcher(lines.get(i)).matches()) {
                matching.add(i);
            }
        }
        assertThat(matching).as("lines of %s named %s", NUMBERS, nameOf(edit)).hasSize(1);
        // a rule author who followed the guide in rules/ has made this edit already: then there is
        // nothing left to show on a copy, and this test steps aside rather than fail their build
        org.junit.jupiter.api.Assumptions.assumeFalse(lines.get(matching.get(0)).strip().equals(edit.strip()),
                "rules/" + NUMBERS + " already has the guide's example edit (" + edit.strip() + ")");
        lines.set(matching.get(0), edit);
        Files.write(numbers, lines);
        return copy;
    }

    /** The scenario files the updates change, in file-name order. */
    private static List<String> updates() throws IOException {
        List<String> names = new java.util.ArrayList<>();
        JSON.readTree(UPDATES.toFile()).fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    /** Sets each field the updates name (a JSON pointer such as /expect/next/dueBy) in its scenario. */
    private static void applyScenarioUpdates(Path copy) throws IOException {
        com.fasterxml.jackson.databind.JsonNode all = JSON.readTree(UPDATES.toFile());
        for (String name : updates()) {
            Path scenario = copy.resolve("scenarios").resolve(name);
            assertThat(scenario).as("the update of %s changes a shipped scenario", name).exists();
            com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(scenario.toFile());
            all.get(name).fields().forEachRemaining(field -> {
                com.fasterxml.jackson.core.JsonPointer pointer = com.fasterxml.jackson.core.JsonPointer.compile(field.getKey());
                com.fasterxml.jackson.databind.JsonNode parent = tree.at(pointer.head());
                assertThat(parent.isContainerNode()).as("%s of %s exists", field.getKey(), name).isTrue();
                String last = pointer.last().getMatchingProperty();
                if (parent.isArray()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), field.getValue());
                } else {
                    assertThat(parent.has(last)).as("%s of %s is a field the scenario has", field.getKey(), name).isTrue();
                    ((com.fasterxml.jackson.databind.node.ObjectNode) parent).set(last, field.getValue());
                }
            });
            JSON.writeValue(scenario.toFile(), tree);
        }
    }

    private static String fileName(String scenarioFile) {
        return Path.of(scenarioFile).getFileName().toString();
    }

    @Test
    void theGuideNamesALineOfAdviceNumbers() throws IOException {
        String edit = guideEdit();
        assertThat(Files.readString(Path.of("rules", NUMBERS))).as("shipped %s", NUMBERS)
                .containsPattern("(?m)^" + Pattern.quote(nameOf(edit)) + "\\s*=");
    }

    @Test
    void withTheScenarioUpdatesEveryScenarioPassesOnTheEditedRules() throws Exception {
        Path copy = editedCopy("edited");
        applyScenarioUpdates(copy);

        assertThat(ShippedAdviceTests.failures(copy)).as("scenarios failing after the guide's example edit and the updates").isEmpty();
        assertThat(CHECK.run(copy, null, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())))
                .as("./check-rules --rules <the edited copy>, exit status").isZero();
    }

    @Test
    void withoutTheScenarioUpdatesTheEditBreaksScenariosAndEachHasItsUpdate() throws Exception {
        Path copy = editedCopy("edited-only");

        Map<String, List<String>> failed = ShippedAdviceTests.failures(copy);
        List<String> updated = updates();

        assertThat(failed).as("the guide's example edit alone changes what some scenario expects").isNotEmpty();
        assertThat(failed.keySet().stream().map(ReadmeExampleEditTest::fileName).toList())
                .as("every scenario the edit breaks has an update (%s)", failed).isSubsetOf(updated);
        assertThat(ShippedAdviceTests.failures(Path.of("rules"))).as("the shipped scenarios on the shipped rules").isEmpty();
    }

    /**
     * The number-independent properties of AdvicePropertiesTest, on the edited copy. That class loads its
     * rules once, in a static field, from {@code -Dproperties.rules}; so it is loaded afresh here, in a class
     * loader of its own (its package only; everything else is shared), with the property set for the load.
     */
    @TestFactory
    Stream<DynamicTest> theAdvicePropertiesHoldOnTheEditedRules() throws Exception {
        Path copy = editedCopy("edited-properties");
        applyScenarioUpdates(copy);

        return ShippedAdviceTests.advicePropertiesOn(copy);
    }
}
