package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.scenarios.Scenario;
import com.followupadvisor.scenarios.ScenarioReader;

/**
 * The rule authors' guide, docs/rule-authoring.md, followed as a rule author would: its example
 * edits are read from the guide itself ("The whole of `file`:" and "At the end of `file`, add:",
 * each with the text in the code block after it), made on a copy of rules/, and then everything the
 * guide promises is checked: ./check-rules says OK, every scenario passes, the number-independent
 * properties hold, and the answers carry the new words in both languages.
 */
class GuideWalkthroughTest {

    private static final Path GUIDE = Path.of("docs/rule-authoring.md");
    private static final Pattern STEP = Pattern.compile(
            "(The whole of|At the end of) \\*\\*`([^`]+)`\\*\\*[^\\n]*:\\n\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern RULE_NAME = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

    @TempDir
    Path work;

    /** One edit of the guide: a file's whole new text, or text added at its end. */
    record Edit(String file, boolean append, String text) {
    }

    /** The edits of the guide's section {@code heading} (a "## " heading), in order. */
    static List<Edit> editsOf(String heading) throws IOException {
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf("\n## " + heading + "\n");
        assertThat(start).as("the guide has a section \"%s\"", heading).isNotNegative();
        int end = guide.indexOf("\n## ", start + 1);
        Matcher step = STEP.matcher(guide.substring(start, end < 0 ? guide.length() : end));
        List<Edit> edits = new ArrayList<>();
        while (step.find()) {
            edits.add(new Edit(step.group(2), step.group(1).equals("At the end of"), step.group(3) + "\n"));
        }
        assertThat(edits).as("the example edits of \"%s\"", heading).isNotEmpty();
        return edits;
    }

    /**
     * A copy of rules/ with the guide's edits made. An edit a rule author has already made in
     * rules/ by following the guide is not made twice (the whole of a file is written again; text
     * the file already holds is not added again), so following the guide never breaks this test.
     */
    private Path copyWith(List<Edit> edits) throws IOException {
        Path copy = RuleFiles.copyShippedRulesTo(work.resolve("rules"));
        for (Edit edit : edits) {
            Path file = copy.resolve(edit.file());
            if (edit.append()) {
                assertThat(file).as("the file the guide adds to").exists();
                String text = Files.readString(file);
                if (!text.contains(edit.text().strip())) {
                    Files.writeString(file, text + "\n" + edit.text());
                }
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, edit.text());
            }
        }
        return copy;
    }

    /** ./check-rules on the copy, then every scenario, as the shipped-advice tests run them. */
    private static void checksPass(Path copy) throws Exception {
        RulesCheck check = new RulesCheck(ShippedRules.CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR);
        assertThat(check.run(copy, null, new PrintStream(OutputStream.nullOutputStream()))).as("./check-rules, exit status").isZero();
        assertThat(ShippedAdviceTests.failures(copy)).as("scenarios failing after the guide's edits").isEmpty();
    }

    /** The titles of every action (next, also, plan) the copy gives for every scenario's state, in {@code language}. */
    private static Set<String> titlesIn(Path copy, String language) throws Exception {
        RuleSet rules = new RuleSetLoader(ShippedRules.CLOCK).load(copy);
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> titles = new TreeSet<>();
        for (Scenario scenario : new ScenarioReader(ZoneId.of("UTC")).read(copy, problems)) {
            Answer answer = scenario.request() != null
                    ? ShippedRules.ADVISOR.advise(rules, scenario.request().withLanguage(language),
                            com.followupadvisor.advising.ContractVersion.V2_0, false)
                    : ShippedRules.ADVISOR.advise(rules, scenario.state().toBuilder().language(language).build());
            Stream.concat(Stream.of(answer.next()), Stream.concat(answer.also().stream(), answer.plan().stream()))
                    .map(AdvisedAction::title).forEach(titles::add);
        }
        assertThat(problems).isEmpty();
        return titles;
    }

    private static String textOf(List<Edit> edits, String file) {
        return edits.stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow(
                () -> new AssertionError("the guide's example writes " + file)).text().strip();
    }

    @Test
    void rewordingASentenceInBothLanguages() throws Exception {
        List<Edit> edits = editsOf("Rewording a sentence");
        assertThat(edits).extracting(Edit::file).as("one sentence, in English and in German")
                .anyMatch(f -> f.startsWith("wording/en/")).anyMatch(f -> f.startsWith("wording/de/"));
        Path copy = copyWith(edits);

        checksPass(copy);
        for (Edit edit : edits) {
            String language = Path.of(edit.file()).getName(1).toString();
            assertThat(titlesIn(copy, language)).as("titles in %s", language).contains(edit.text().strip());
        }
    }

    @Test
    void addingARuleThatFires() throws Exception {
        List<Edit> edits = editsOf("Adding a rule");
        Edit rule = edits.stream().filter(e -> e.file().endsWith(".drl")).findFirst().orElseThrow();
        Matcher name = RULE_NAME.matcher(rule.text());
        assertThat(name.find()).as("the guide's rule has a name").isTrue();
        assertThat(edits).extracting(Edit::file).as("its scenario").anyMatch(f -> f.startsWith("scenarios/"));
        Path copy = copyWith(edits);

        checksPass(copy);
        RuleSet rules = new RuleSetLoader(ShippedRules.CLOCK).load(copy);
        assertThat(rules.rules()).extracting(r -> r.name()).contains(name.group(1));
        assertThat(rules.wording().missing("de")).as("texts German lacks").isEmpty();
        String titleFile = edits.stream().map(Edit::file).filter(f -> f.startsWith("wording/en/") && f.endsWith("-title.txt"))
                .findFirst().orElseThrow(() -> new AssertionError("the guide's rule has a title in English"));
        assertThat(titlesIn(copy, "en")).contains(textOf(edits, titleFile));
        assertThat(titlesIn(copy, "de")).contains(textOf(edits, titleFile.replace("wording/en/", "wording/de/")));

        // the guide says its rule's action shows once, worded by its rule (the later in the files)
        Matcher code = Pattern.compile("ActionCode\\.(\\w+)").matcher(rule.text());
        assertThat(code.find()).as("the guide's rule recommends an action").isTrue();
        Edit scenarioEdit = edits.stream().filter(e -> e.file().startsWith("scenarios/")).findFirst().orElseThrow();
        Scenario scenario = new ScenarioReader(ZoneId.of("UTC")).read(copy, new ArrayList<>()).stream()
                .filter(s -> scenarioEdit.file().endsWith(s.name() + ".json")).findFirst().orElseThrow();
        Answer answer = ShippedRules.ADVISOR.advise(rules, scenario.request(), com.followupadvisor.advising.ContractVersion.V2_0, false);
        List<AdvisedAction> same = Stream.concat(Stream.of(answer.next()), answer.also().stream())
                .filter(a -> a.action().name().equals(code.group(1))).toList();
        assertThat(same).as("actions %s in the guide's scenario", code.group(1)).hasSize(1);
        assertThat(same.get(0).rule()).isEqualTo(name.group(1));
        assertThat(same.get(0).title()).isEqualTo(textOf(edits, titleFile));
    }

    @Test
    void addingAScenarioThatIsChecked() throws Exception {
        List<Edit> edits = editsOf("Adding a scenario");
        assertThat(edits).extracting(Edit::file).as("the guide's scenario").allMatch(f -> f.startsWith("scenarios/"));
        Path copy = copyWith(edits);

        checksPass(copy);
        List<String> read = new ScenarioReader(ZoneId.of("UTC")).read(copy, new ArrayList<>()).stream()
                .map(Scenario::file).toList();
        for (Edit edit : edits) {
            assertThat(read).as("the scenarios ./check-rules runs").anyMatch(f -> f.endsWith(edit.file()));
        }

        // and it is a test: with its dates one day off, it fails, naming itself
        Matcher date = Pattern.compile("\"dueFrom\": \"(\\d{4}-\\d{2}-)(\\d{2})\"").matcher(edits.get(0).text());
        assertThat(date.find()).as("the guide's scenario expects a date").isTrue();
        String dayOff = String.format("%02d", Integer.parseInt(date.group(2)) % 28 + 1);
        Files.writeString(copy.resolve(edits.get(0).file()),
                edits.get(0).text().replace(date.group(), "\"dueFrom\": \"" + date.group(1) + dayOff + "\""));
        assertThat(ShippedAdviceTests.failures(copy)).as("scenarios failing with a date changed")
                .containsOnlyKeys(read.stream().filter(f -> f.endsWith(edits.get(0).file())).toList());
    }

    @TestFactory
    Stream<DynamicTest> theAdvicePropertiesHoldWithTheAddedRule() throws Exception {
        return ShippedAdviceTests.advicePropertiesOn(copyWith(editsOf("Adding a rule")));
    }
}
