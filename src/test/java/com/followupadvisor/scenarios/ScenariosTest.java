package com.followupadvisor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.wording.Draft;

/** Every scenario in rules/scenarios/ is a test of its own, so a rule edit that breaks one fails the build. */
class ScenariosTest {

    private static final Path RULES = Path.of("rules");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final Advisor ADVISOR = new Advisor(CLOCK, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG);

    private static RuleSet rules() throws RuleLoadException {
        return new RuleSetLoader(CLOCK).load(RULES);
    }

    private static List<Scenario> scenarios(Path rules, List<RuleProblem> problems) {
        return new ScenarioReader(ZoneId.of("UTC")).read(rules, problems);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws RuleLoadException {
        RuleSet rules = rules();
        return scenarios(RULES, new ArrayList<>()).stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () ->
                assertThat(ScenarioRun.of(ADVISOR, rules, scenario).differences())
                        .as("%s (%s)", scenario.file(), scenario.description()).isEmpty()));
    }

    @Test
    void everyScenarioFileIsValidAndSaysWhatItShows() {
        List<RuleProblem> problems = new ArrayList<>();
        List<Scenario> scenarios = scenarios(RULES, problems);

        assertThat(problems).isEmpty();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(s -> assertThat(s.description()).as(s.file()).isNotBlank());
    }

    @Test
    void togetherTheScenariosFireEveryRule() throws RuleLoadException {
        RuleSet rules = rules();
        List<String> fired = scenarios(RULES, new ArrayList<>()).stream()
                .flatMap(s -> ScenarioRun.of(ADVISOR, rules, s).answer().fired().stream()).distinct().toList();

        assertThat(rules.rules()).extracting(RuleInfo::name).allSatisfy(rule -> assertThat(fired).contains(rule));
    }

    /**
     * The format itself, on an answer made up here (so on no shipped rule): every expectation passes
     * when it holds, and when it does not, says what differed, in one line.
     */
    @Nested
    class TheFormat {

        @TempDir
        Path folder;

        private static final String BODY = "Dear Dana Smith,\n\nAm I still being considered?\n\nSam Lee";
        private static final List<String> RULE_NAMES = List.of("Follow up when due", "Keep searching", "Move on later");
        private static final Answer ANSWER = new Answer(LocalDateTime.parse("2026-11-24T09:00"), ZoneId.of("UTC"), "en",
                new AdvisedAction(ActionCode.FOLLOW_UP, "Follow up politely with Acme", date("2026-11-23"),
                        date("2026-11-23"), true, List.of(Channel.EMAIL, Channel.PHONE),
                        "Follow-up 1 can go out on Monday 2026-11-23.", "Follow up when due",
                        List.of(new Draft(Channel.EMAIL, "Dana Smith <dana@acme.example>", "Following up", BODY),
                                new Draft(Channel.PHONE, null, null, "Hello, this is Sam Lee.")), "acme-0000.follow-up-1"),
                List.of(new AdvisedAction(ActionCode.KEEP_SEARCHING, "Keep applying", null, null, false, null,
                        "Other applications in flight: 4.", "Keep searching", null, "acme-0000.keep-searching")),
                List.of(new AdvisedAction(ActionCode.FOLLOW_UP, "Follow up again", date("2026-11-30"), date("2026-12-01"),
                                false, List.of(Channel.EMAIL, Channel.PHONE), "Follow-up 2.", "Follow up when due", null,
                                "acme-0000.follow-up-2"),
                        new AdvisedAction(ActionCode.MOVE_ON, "Move on", date("2026-12-07"), null, false, null,
                                "Move on.", "Move on later", null, "acme-0000.move-on")),
                "v1", List.of("Follow up when due", "Keep searching"), null, "acme-0000", null);

        private static LocalDate date(String text) {
            return LocalDate.parse(text);
        }

        private List<RuleProblem> problems(String expect) throws IOException {
            Files.createDirectories(folder.resolve("scenarios"));
            Files.writeString(folder.resolve("scenarios/example.json"), """
                    {"description": "An example.",
                     "state": {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}},
                     "expect": %s}""".formatted(expect));
            List<RuleProblem> problems = new ArrayList<>();
            scenarios(folder, problems);
            return problems;
        }

        private List<String> differences(String expect) throws IOException {
            assertThat(problems(expect)).isEmpty();
            return scenarios(folder, new ArrayList<>()).get(0).expect().differences(ANSWER, RULE_NAMES);
        }

        @Test
        void everyExpectationThatHoldsPasses() throws IOException {
            assertThat(differences("""
                    {"next": {"action": "FOLLOW_UP", "dueFrom": "2026-11-23", "dueBy": "2026-11-23", "overdue": true,
                              "rule": "Follow up when due", "titleContains": ["Acme"], "whyContains": ["Monday 2026-11-23"],
                              "channels": ["EMAIL", "PHONE"],
                              "drafts": [{"channel": "EMAIL", "to": "Dana Smith <dana@acme.example>", "subjectContains": ["Following"],
                                          "bodyContains": ["Dear Dana Smith"], "bodyDoesNotContain": ["last wrote"],
                                          "bodyEndsWith": "Sam Lee"},
                                         {"channel": "PHONE", "to": "none"}]},
                     "also": {"has": ["KEEP_SEARCHING"], "hasNot": ["WAIT"],
                              "actions": [{"action": "KEEP_SEARCHING", "dueFrom": "none", "dueBy": "none", "rule": "Keep searching"}]},
                     "plan": {"has": ["MOVE_ON"], "hasNot": ["SEND_THANK_YOU"],
                              "steps": [{"action": "FOLLOW_UP", "dueFrom": "2026-11-30", "dueBy": "2026-12-01"},
                                        {"action": "MOVE_ON", "dueFrom": "2026-12-07", "dueBy": "none"}]},
                     "fired": {"has": ["Follow up when due"], "hasNot": ["Move on later"]}}""")).isEmpty();
        }

        @Test
        void everyExpectationThatDoesNotHoldSaysWhatDiffered() throws IOException {
            String got = "got \"Dear Dana Smith,\\n\\nAm I still being considered?\\n\\nSam Lee\"";
            String fired = "got [\"Follow up when due\", \"Keep searching\"]";

            assertThat(differences("""
                    {"next": {"action": "FOLLOW_UP", "dueFrom": "2026-11-24", "dueBy": "none", "overdue": false,
                              "rule": "Move on later", "titleContains": ["Beta"], "whyContains": ["Tuesday"],
                              "channels": ["EMAIL"],
                              "drafts": [{"channel": "PHONE", "to": "Dana Smith", "subjectContains": ["Thank you"],
                                          "bodyContains": ["Dear Lee"], "bodyDoesNotContain": ["Am I still"],
                                          "bodyEndsWith": "Best regards"},
                                         {"to": "Lee Park"}]},
                     "also": {"has": ["WAIT"], "hasNot": ["KEEP_SEARCHING"],
                              "actions": [{"action": "KEEP_SEARCHING", "dueBy": "2026-11-30", "rule": "Follow up when due"}]},
                     "plan": {"steps": [{"action": "FOLLOW_UP", "dueFrom": "2026-11-30", "dueBy": "2026-12-02"},
                                        {"action": "MOVE_ON", "overdue": true}]},
                     "fired": {"has": ["Move on later"], "hasNot": ["Keep searching"]}}""")).containsExactly(
                    "next.dueFrom: expected 2026-11-24, got 2026-11-23",
                    "next.dueBy: expected none, got 2026-11-23",
                    "next.overdue: expected false, got true",
                    "next.rule: expected \"Move on later\", got \"Follow up when due\"",
                    "next.title: expected to contain \"Beta\", got \"Follow up politely with Acme\"",
                    "next.why: expected to contain \"Tuesday\", got \"Follow-up 1 can go out on Monday 2026-11-23.\"",
                    "next.channels: expected [EMAIL], got [EMAIL, PHONE]",
                    "next.drafts[0].channel: expected PHONE, got EMAIL",
                    "next.drafts[0].to: expected \"Dana Smith\", got \"Dana Smith <dana@acme.example>\"",
                    "next.drafts[0].subject: expected to contain \"Thank you\", got \"Following up\"",
                    "next.drafts[0].body: expected to contain \"Dear Lee\", " + got,
                    "next.drafts[0].body: expected not to contain \"Am I still\", " + got,
                    "next.drafts[0].body: expected to end with \"Best regards\", " + got,
                    "next.drafts[1].to: expected \"Lee Park\", got none",
                    "also: expected to have WAIT, got [KEEP_SEARCHING]",
                    "also: expected not to have KEEP_SEARCHING, got [KEEP_SEARCHING]",
                    "also.actions[0].dueBy: expected 2026-11-30, got none",
                    "also.actions[0].rule: expected \"Follow up when due\", got \"Keep searching\"",
                    "plan.steps[0].dueBy: expected 2026-12-02, got 2026-12-01",
                    "plan.steps[1].overdue: expected true, got false",
                    "fired: expected to have \"Move on later\", " + fired,
                    "fired: expected not to have \"Keep searching\", " + fired);
        }

        @Test
        void listsOfADifferentLengthOrOrderAreOneDifferenceEach() throws IOException {
            assertThat(differences("""
                    {"next": {"action": "WAIT", "drafts": [{"channel": "EMAIL"}]},
                     "also": {"actions": []},
                     "plan": {"steps": [{"action": "MOVE_ON"}, {"action": "FOLLOW_UP"}]}}""")).containsExactly(
                    "next.action: expected WAIT, got FOLLOW_UP",
                    "next.drafts: expected 1 draft, got 2 [EMAIL to \"Dana Smith <dana@acme.example>\", PHONE to none]",
                    "also.actions: expected [], got [KEEP_SEARCHING]",
                    "plan.steps: expected [MOVE_ON, FOLLOW_UP], got [FOLLOW_UP, MOVE_ON]");
        }

        @Test
        void aMisspeltRuleNameIsADifferenceRatherThanAlwaysAbsent() throws IOException {
            assertThat(differences("""
                    {"next": {"action": "FOLLOW_UP", "rule": "Follow up when due!"},
                     "fired": {"has": ["Keep serching"], "hasNot": ["Move on latr"]}}""")).containsExactly(
                    "next.rule: there is no rule named \"Follow up when due!\"; check its spelling against the coverage table",
                    "fired.has: there is no rule named \"Keep serching\"; check its spelling against the coverage table",
                    "fired.hasNot: there is no rule named \"Move on latr\"; check its spelling against the coverage table");
        }

        @Test
        void aBadExpectationIsRefusedWhereItIsWrong() throws IOException {
            assertThat(problems("""
                    {"next": {"action": "FOLLOW_UP", "dueBy": "soon", "overdue": "yes", "whyContains": "Monday",
                              "channels": ["SMS"], "drafts": [{"to": 5, "body": "Dear"}]},
                     "also": ["KEEP_SEARCHING"],
                     "plan": {"steps": [{"action": "MOVE_ON", "dueFrom": null, "when": "later"}, {}]},
                     "fired": {"has": ["", "Keep searching"]}}""")).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                    "expect.next.dueBy: must be a date like 2026-11-24, or \"none\" for no date",
                    "expect.next.overdue: must be true or false",
                    "expect.next.whyContains: must be a list of texts, each in quotes and not empty, like [\"...\"]",
                    "expect.next.channels[0]: \"SMS\" is not a channel; use one of [EMAIL, PHONE]",
                    "expect.next.drafts[0].body: is not a known field; known here: bodyContains, bodyDoesNotContain, "
                            + "bodyEndsWith, channel, subjectContains, to",
                    "expect.next.drafts[0].to: must be a text in quotes",
                    "expect.also: must be an object, with actions, has, hasNot",
                    "expect.plan.steps[0].when: is not a known field; known here: action, channels, drafts, dueBy, "
                            + "dueFrom, id, overdue, rule, titleContains, whyContains",
                    "expect.plan.steps[0].dueFrom: must be a date like 2026-11-24, or \"none\" for no date",
                    "expect.plan.steps[1].action: is required",
                    "expect.fired.has: must be a list of rule names, each in quotes and not empty, like [\"...\"]");
        }

        @Test
        void anUnknownExpectationIsRefusedNamingTheKnownOnes() throws IOException {
            assertThat(problems("""
                    {"next": {"action": "FOLLOW_UP"}, "steps": []}""")).extracting(RuleProblem::message)
                    .containsExactly("expect.steps: is not a known field; known here: also, fired, next, plan, status");
        }
    }
}
