package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;
import com.followupadvisor.scenarios.StatePopulation;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateReader;

/**
 * The impact part of {@code ./check-rules --against}: a population of generated states answered by
 * both copies of the rules, the differences grouped. The expectations come from the output's own
 * figures and from answering its examples again, never from the shipped advice's numbers or dates.
 */
class ImpactTest {

    /** The watchdog logs each evaluation it stops; those this test causes are checked here, not shown on the console. */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(EvaluationWatchdog.class);

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Pattern HEADING = Pattern.compile("^Impact on (?:the first (\\d+) of )?(\\d+) generated states \\(seed (-?\\d+)\\), against (.+):$");
    private static final Pattern TOTAL = Pattern.compile("^  (other actions or dates|other wording only|unchanged|the rules fail) +(\\d+) states$");
    private static final Pattern SECTION = Pattern.compile("^  (\\S.*) (?:in|on) (\\d+) states?:$");
    private static final Pattern GROUP = Pattern.compile("^    ([^#\\s].*?)  +(\\d+) states? +e\\.g\\. (#\\d+(?:, #\\d+)*)$");
    private static final Pattern EXAMPLE = Pattern.compile("^    #(\\d+) (\\{.*\\})$");
    private static final Pattern DATE = Pattern.compile("^(next|also|plan)(?: (?:(\\d+)(?:st|nd|rd|th) )?([A-Z_]+))?\\.(dueFrom|dueBy) moves$");

    /** The fixture rules (there), and copies of them changed in one way each (here), compiled once for the class. */
    private static final RuleSet FIXTURE = FixtureRules.RULES;
    private static RuleSet lowered;
    private static RuleSet broken;

    @TempDir
    static Path work;

    @BeforeAll
    static void compileTheChangedCopies() throws IOException, RuleLoadException {
        Path here = copyOfRules("lowered");
        lowerNumber(here, "followUpAgainDays");
        lowered = load(here);
        Path failing = copyOfRules("broken");
        Files.writeString(failing.resolve("broken.drl"), """
                package advice;

                import com.followupadvisor.advice.Application;
                import com.followupadvisor.advice.Outcome;

                rule "A broken rule that fails after an offer"
                    @description("Throws, so that some states get no answer.")
                    @advice("Test")
                when
                    Application( outcome == Outcome.OFFER )
                then
                    throw new IllegalStateException("broken on purpose");
                end
                """);
        broken = load(failing);
    }

    /** The whole check, as ./check-rules runs it (it compiles both copies). */
    private static String check(Path rules, Path against, int population, long seed) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new RulesCheck(CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR).run(
                new CheckOptions(rules, against, population, seed, false), new PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** The impact part alone, on rule sets already compiled, answered at {@code clock}'s time where a state has no asOf. */
    private static String impact(Clock clock, RuleSet here, RuleSet there, int population, long seed) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Impact.measure(new Advisor(clock, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG), here, there, StatePopulation.of(seed, population))
                .print(new PrintStream(printed, true, StandardCharsets.UTF_8), population, seed, "../release/rules");
        return printed.toString(StandardCharsets.UTF_8).strip();
    }

    private static String impact(RuleSet here, RuleSet there, int population, long seed) {
        return impact(CLOCK, here, there, population, seed);
    }

    /** From "Impact on" to the check's last line, "OK: ..." or "FAILED: ...". */
    private static String impactPart(String output) {
        Matcher part = Pattern.compile("(?s)\n(Impact on .*?)\n\n(OK|FAILED): \\d+ passed").matcher(output);
        assertThat(part.find()).as(output).isTrue();
        return part.group(1);
    }

    private static Path copyOfRules(String name) throws IOException {
        return RuleFiles.copyFixtureRulesTo(work.resolve(name));
    }

    /** Lowers a number of advice-numbers.properties by one, whatever it is now. */
    private static void lowerNumber(Path rules, String name) throws IOException {
        Path file = rules.resolve("advice-numbers.properties");
        Matcher line = Pattern.compile("(?m)^" + name + " = (\\d+) +\\((\\d+) to").matcher(Files.readString(file));
        assertThat(line.find()).as(name + " in " + file).isTrue();
        int value = Integer.parseInt(line.group(1));
        assertThat(value).as("a value of " + name + " that can be lowered").isGreaterThan(Integer.parseInt(line.group(2)));
        RuleFiles.edit(file, name + " = " + value + " ", name + " = " + (value - 1) + " ");
    }

    @Test
    void theSameRulesOnBothSidesChangeNothing() throws IOException {
        String output = check(copyOfRules("here"), copyOfRules("there"), 500, StatePopulation.DEFAULT_SEED);

        assertThat(impactPart(output)).contains("Impact on 500 generated states (seed " + StatePopulation.DEFAULT_SEED + ")")
                .contains("No change: all 500 states get the same answer.").doesNotContain("e.g.");
    }

    @Test
    void aChangedNumberGivesGroupsThatAddUpAndExamplesThatBelongToThem() {
        Report report = Report.parse(impact(lowered, FIXTURE, 1000, StatePopulation.DEFAULT_SEED));

        assertThat(report.measured).isEqualTo(1000);
        assertThat(report.totals.values().stream().mapToInt(Integer::intValue).sum()).as("the totals").isEqualTo(report.measured);
        assertThat(report.totals.get("other actions or dates")).isPositive();
        assertThat(report.sections).as("sections").isNotEmpty()
                .anySatisfy(s -> assertThat(s.title).endsWith(".dueFrom moves"));
        report.assertConsistent();
        replayExamples(report, lowered, FIXTURE);
    }

    @Test
    void aStateTheRulesCannotAnswerIsCountedAsAFailureNotACrash() {
        Report report = Report.parse(impact(broken, FIXTURE, 300, StatePopulation.DEFAULT_SEED));

        assertThat(report.totals.get("the rules fail")).isPositive();
        assertThat(report.sections).anySatisfy(s -> {
            assertThat(s.title).isEqualTo("the rules fail");
            assertThat(s.groups).extracting(g -> g.label).containsExactly("here only");
            assertThat(s.states).isEqualTo(report.totals.get("the rules fail"));
        });
        assertThat(report.examples.values()).anySatisfy(e -> assertThat(e.here).startsWith("(the rules failed: ")
                .contains("broken on purpose"));
        report.assertConsistent();
        replayExamples(report, broken, FIXTURE);

        assertThat(Report.parse(impact(FIXTURE, broken, 300, StatePopulation.DEFAULT_SEED)).sections)
                .anySatisfy(s -> assertThat(s.groups).extracting(g -> g.label).containsExactly("there only"));
    }

    @Test
    void rulesThatRunOutOfTimeStopTheImpactSoonAndSaySo() throws IOException, RuleLoadException {
        Path spinning = copyOfRules("spinning");
        Files.writeString(spinning.resolve("spinning.drl"), """
                package advice;

                import com.followupadvisor.advice.Application;
                import com.followupadvisor.advice.Outcome;

                function int spin() { long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return 0; }

                rule "A rule that never returns after an offer"
                    @description("Spins, so that only the time limit stops it.")
                    @advice("Test")
                when
                    Application( outcome == Outcome.OFFER )
                then
                    spin();
                end
                """);
        RuleSet rules = load(spinning);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Impact impact = Impact.measure(new Advisor(CLOCK, Duration.ofMillis(100), ShippedRules.WATCHDOG), rules, FIXTURE, StatePopulation.of(1, 2000));
        impact.print(new PrintStream(printed, true, StandardCharsets.UTF_8), 2000, 1, "there");
        Report report = Report.parse(printed.toString(StandardCharsets.UTF_8).strip());

        assertThat(impact.measured()).isLessThan(2000);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Impact on the first " + impact.measured() + " of 2000")
                .contains("stopped after state #" + impact.measured() + ": the rules ran out of time on "
                        + Impact.TIMEOUTS_BEFORE_STOPPING + " evaluations");
        assertThat(report.totals.get("the rules fail")).isEqualTo(Impact.TIMEOUTS_BEFORE_STOPPING);
        assertThat(report.totals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(impact.measured());
        report.assertConsistent();
        assertThat(log.lines()).filteredOn(line -> line.contains("An evaluation passed its"))
                .hasSize(Impact.TIMEOUTS_BEFORE_STOPPING).allSatisfy(line -> assertThat(line).contains("spinning.drl"));
    }

    @Test
    void theSeedMakesTheImpactReproducibleOnAnyDay() {
        Clock anotherDay = Clock.fixed(Instant.parse("2031-05-02T13:00:00Z"), ZoneOffset.UTC);

        String first = impact(lowered, FIXTURE, 300, 7);
        String again = impact(anotherDay, lowered, FIXTURE, 300, 7);
        String otherSeed = impact(lowered, FIXTURE, 300, 8);

        assertThat(again).isEqualTo(first);
        assertThat(first).contains("(seed 7)").contains("e.g.");
        assertThat(otherSeed).contains("(seed 8)").isNotEqualTo(first.replace("(seed 7)", "(seed 8)"));
    }

    @Test
    void aPopulationOfZeroLeavesOutTheImpact() throws IOException {
        Path rules = copyOfRules("rules");

        assertThat(check(rules, rules, 0, StatePopulation.DEFAULT_SEED)).contains("Compared with").doesNotContain("Impact on");
    }

    @Test
    void thePopulationHoldsNoPersonalData() {
        List<ApplicationState> states = StatePopulation.of(StatePopulation.DEFAULT_SEED, 500);

        assertThat(states).hasSize(500).allSatisfy(s -> {
            assertThat(s.asOf()).as("asOf, so that the answers do not depend on the day").isNotNull();
            assertThat(s.company()).isEqualTo("Acme");
            assertThat(s.candidateName()).isEqualTo("Candidate");
            for (int i = 0; i < s.interview().interviewers().size(); i++) {
                ApplicationState.Interviewer person = s.interview().interviewers().get(i);
                assertThat(person.name()).isEqualTo("Person " + (i + 1));
                assertThat(person.email()).isIn(null, "person" + (i + 1) + "@example.com");
            }
        });
    }

    private static RuleSet load(Path rules) throws RuleLoadException {
        return new RuleSetLoader(CLOCK).load(rules);
    }

    /** Answers each example's body again with both rule sets and checks it is what its groups say. */
    private static void replayExamples(Report report, RuleSet here, RuleSet there) {
        assertThat(report.examples).as("examples").isNotEmpty();
        Advisor advisor = new Advisor(CLOCK, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG);
        StateReader reader = new StateReader(ZoneId.of("UTC"));
        for (ReportSection section : report.sections) {
            for (ReportGroup group : section.groups) {
                for (int number : group.examples) {
                    ReportExample example = report.examples.get(number);
                    ApplicationState state = reader.read(example.body.getBytes(StandardCharsets.UTF_8));
                    Answer before = attempt(advisor, there, state);
                    Answer after = attempt(advisor, here, state);
                    String what = "#" + number + " in \"" + section.title + "\" / \"" + group.label + "\"";
                    assertThat(summary(before)).as(what + ", there").isEqualTo(example.there.startsWith("(the rules failed")
                            ? null : example.there);
                    assertThat(summary(after)).as(what + ", here").isEqualTo(example.here.startsWith("(the rules failed")
                            ? null : example.here);
                    assertBelongs(what, section.title, group.label, before, after);
                }
            }
        }
    }

    private static Answer attempt(Advisor advisor, RuleSet rules, ApplicationState state) {
        try {
            return advisor.advise(rules, state);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String summary(Answer answer) {
        return answer == null ? null : RulesCheck.summary(answer);
    }

    /** What a group says about its states, checked on the two answers of one (null: the rules failed). */
    private static void assertBelongs(String what, String section, String group, Answer there, Answer here) {
        if (section.equals("the rules fail")) {
            String failing = there == null && here == null ? "here and there" : here == null ? "here only"
                    : there == null ? "there only" : "neither";
            assertThat(failing).as(what).isEqualTo(group);
            return;
        }
        assertThat(there).as(what + ": answered there").isNotNull();
        assertThat(here).as(what + ": answered here").isNotNull();
        Matcher date = DATE.matcher(section);
        if (section.equals("next changes")) {
            assertThat(there.next().action() + " -> " + here.next().action()).as(what).isEqualTo(group);
        } else if (date.matches()) {
            int place = date.group(2) == null ? 1 : Integer.parseInt(date.group(2));
            LocalDate before = dateOf(there, date.group(1), date.group(3), place, date.group(4));
            LocalDate after = dateOf(here, date.group(1), date.group(3), place, date.group(4));
            String moved = before == null ? (after == null ? "no move" : "set (was none)")
                    : after == null ? "none (was set)" : days(ChronoUnit.DAYS.between(before, after));
            assertThat(moved).as(what + ": from " + before + " to " + after).isEqualTo(group);
        } else if (section.equals("plan gains or loses a step") || section.startsWith("also ")) {
            boolean plan = section.startsWith("plan");
            List<ActionCode> before = codes(plan ? there.plan() : there.also());
            List<ActionCode> after = codes(plan ? here.plan() : here.also());
            List<String> gains = new ArrayList<>();
            List<String> losses = new ArrayList<>();
            for (String part : group.split("; ")) {
                List<String> codes = Arrays.asList(part.substring(part.indexOf(' ') + 1).split(", "));
                (part.startsWith("gains ") ? gains : losses).addAll(codes);
            }
            List<ActionCode> expected = new ArrayList<>(before);
            losses.forEach(l -> assertThat(expected.remove(ActionCode.valueOf(l))).as(what + ": had " + l).isTrue());
            gains.forEach(g -> expected.add(ActionCode.valueOf(g)));
            assertThat(after).as(what).containsExactlyInAnyOrderElementsOf(expected);
        } else if (section.startsWith("the same actions and dates")) {
            assertThat(RulesCheck.summary(here)).as(what).isEqualTo(RulesCheck.summary(there));
            assertThat(List.of(here.next(), here.also(), here.plan())).as(what).isNotEqualTo(List.of(there.next(), there.also(), there.plan()));
        } else if (section.equals("other changes")) {
            assertThat(RulesCheck.summary(here)).as(what).isNotEqualTo(RulesCheck.summary(there));
        } else {
            fail(what + ": a section this test does not know");
        }
    }

    private static String days(long days) {
        return (days > 0 ? "+" : "") + days + (Math.abs(days) == 1 ? " day" : " days");
    }

    private static List<ActionCode> codes(List<AdvisedAction> actions) {
        return actions.stream().map(AdvisedAction::action).toList();
    }

    private static LocalDate dateOf(Answer answer, String part, String code, int place, String field) {
        AdvisedAction action = part.equals("next") ? answer.next()
                : (part.equals("plan") ? answer.plan() : answer.also()).stream()
                        .filter(a -> a.action().name().equals(code)).skip(place - 1L).findFirst().orElseThrow();
        return field.equals("dueFrom") ? action.dueFrom() : action.dueBy();
    }

    private record ReportGroup(String label, int states, List<Integer> examples) {
    }

    private record ReportSection(String title, int states, List<ReportGroup> groups) {
    }

    private record ReportExample(String body, String there, String here) {
    }

    /** The impact part of the output, read back. */
    private record Report(int measured, Map<String, Integer> totals, List<ReportSection> sections,
            Map<Integer, ReportExample> examples) {

        static Report parse(String text) {
            String[] lines = text.split("\n");
            Matcher heading = HEADING.matcher(lines[0]);
            assertThat(heading.matches()).as(lines[0]).isTrue();
            Map<String, Integer> totals = new LinkedHashMap<>();
            List<ReportSection> sections = new ArrayList<>();
            Map<Integer, ReportExample> examples = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                Matcher m;
                if ((m = TOTAL.matcher(lines[i])).matches()) {
                    totals.put(m.group(1), Integer.parseInt(m.group(2)));
                } else if ((m = SECTION.matcher(lines[i])).matches()) {
                    sections.add(new ReportSection(m.group(1).replaceAll(",$", ""), Integer.parseInt(m.group(2)), new ArrayList<>()));
                } else if ((m = GROUP.matcher(lines[i])).matches()) {
                    List<Integer> numbers = Arrays.stream(m.group(3).split(", ")).map(n -> Integer.parseInt(n.substring(1))).toList();
                    sections.get(sections.size() - 1).groups.add(new ReportGroup(m.group(1), Integer.parseInt(m.group(2)), numbers));
                } else if ((m = EXAMPLE.matcher(lines[i])).matches()) {
                    String there = lines[++i].replaceFirst("^      there: ", "");
                    String here = lines[++i].replaceFirst("^      here:  ", "");
                    examples.put(Integer.parseInt(m.group(1)), new ReportExample(m.group(2), there, here));
                } else if (!lines[i].startsWith("  stopped after state #")) {
                    assertThat(lines[i]).as("a line of the impact").startsWith("  Examples, as request bodies");
                }
            }
            assertThat(totals).as("the totals").hasSize(4);
            // when the run stopped early, the figures cover the states measured
            return new Report(Integer.parseInt(heading.group(heading.group(1) != null ? 1 : 2)), totals, sections, examples);
        }

        /** Each section's groups add up to it; each group has its first few states as examples, each shown. */
        void assertConsistent() {
            assertThat(sections).extracting(ReportSection::title).doesNotHaveDuplicates();
            for (ReportSection section : sections) {
                assertThat(section.groups).as(section.title).isNotEmpty();
                assertThat(section.groups.stream().mapToInt(ReportGroup::states).sum()).as(section.title).isEqualTo(section.states);
                assertThat(section.states).as(section.title).isLessThanOrEqualTo(measured);
                for (ReportGroup group : section.groups) {
                    assertThat(group.states).as(group.label).isPositive();
                    assertThat(group.examples).as(group.label).hasSize(Math.min(group.states, Impact.EXAMPLES_PER_GROUP))
                            .isSorted().doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isBetween(1, measured));
                    assertThat(examples).as("the examples shown").containsKeys(group.examples.toArray(Integer[]::new));
                }
            }
            int changed = totals.get("other actions or dates");
            sections.stream().filter(s -> !s.title.equals("the rules fail") && !s.title.startsWith("the same actions"))
                    .forEach(s -> assertThat(s.states).as(s.title).isLessThanOrEqualTo(changed));
            sections.stream().filter(s -> s.title.startsWith("the same actions"))
                    .forEach(s -> assertThat(s.states).isEqualTo(totals.get("other wording only")));
        }
    }
}
