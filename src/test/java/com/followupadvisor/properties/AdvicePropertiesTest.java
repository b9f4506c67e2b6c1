package com.followupadvisor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.Application;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.Outcome;
import com.followupadvisor.wording.Draft;

/**
 * What the contract promises about every answer, checked on random states the API accepts (see
 * {@link States}) against the real rules in {@code rules/} (or another copy:
 * {@code -Dproperties.rules=path}). A failure prints the seed that replays it and the smallest
 * state found, as a request body.
 */
class AdvicePropertiesTest {

    private static final int TRIES = 1000;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    static final RuleSet RULES = load();
    static final Advisor ADVISOR = new Advisor(CLOCK, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG);

    /** The contract's order for `next`; KEEP_SEARCHING and NONE come next only when nothing else applies. */
    /** The contract's order (1.1): NONE is next where it applies, KEEP_SEARCHING then in also. */
    private static final List<ActionCode> URGENCY = List.of(ActionCode.REPLY, ActionCode.ASK_FOR_TIMELINE,
            ActionCode.SEND_THANK_YOU, ActionCode.FOLLOW_UP, ActionCode.MOVE_ON, ActionCode.WAIT, ActionCode.NONE,
            ActionCode.KEEP_SEARCHING);
    private static final Set<ActionCode> FOLLOW_UP_ADVICE = Set.of(ActionCode.ASK_FOR_TIMELINE,
            ActionCode.SEND_THANK_YOU, ActionCode.FOLLOW_UP, ActionCode.MOVE_ON, ActionCode.WAIT);
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static RuleSet load() {
        try {
            return new RuleSetLoader(CLOCK).load(Path.of(System.getProperty("properties.rules", "rules")));
        } catch (RuleLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static void forEveryState(Consumer<ApplicationState> property) {
        ForAll.values(States::generate, States::simpler, States::json).check(TRIES, property);
    }

    private static Answer advise(ApplicationState state) {
        return ADVISOR.advise(RULES, state);
    }

    private static Stream<AdvisedAction> everyAction(Answer answer) {
        return Stream.of(Stream.of(answer.next()), answer.also().stream(), answer.plan().stream()).flatMap(s -> s);
    }

    private static LocalDate firstDate(AdvisedAction a) {
        return a.dueFrom() != null ? a.dueFrom() : a.dueBy();
    }

    @Test
    void thereIsExactlyOneNextActionAndItIsTheMostUrgent() {
        forEveryState(state -> {
            Answer answer = advise(state);

            assertThat(answer.next()).isNotNull();
            List<ActionCode> now = new ArrayList<>();
            now.add(answer.next().action());
            answer.also().forEach(a -> now.add(a.action()));
            assertThat(now).as("the actions that apply now").doesNotHaveDuplicates();
            assertThat(answer.also()).allSatisfy(other -> assertThat(URGENCY.indexOf(other.action()))
                    .as("%s in also, %s next", other.action(), answer.next().action())
                    .isGreaterThan(URGENCY.indexOf(answer.next().action())));
        });
    }

    /* Waiting is advised only when nothing more urgent is to be done now: never beside such an action. */
    @Test
    void waitIsNeverBesideAMoreUrgentAction() {
        forEveryState(state -> assertThat(advise(state).also()).extracting(AdvisedAction::action)
                .doesNotContain(ActionCode.WAIT));
    }

    @Test
    void dueFromIsNeverAfterDueBy() {
        forEveryState(state -> assertThat(everyAction(advise(state)).filter(a -> a.dueFrom() != null && a.dueBy() != null))
                .allSatisfy(a -> assertThat(a.dueFrom()).as(a.action().name()).isBeforeOrEqualTo(a.dueBy())));
    }

    @Test
    void overdueExactlyWhenDueByIsBeforeTheDateOfAsOf() {
        forEveryState(state -> {
            Answer answer = advise(state);

            if (state.asOf() != null) {
                assertThat(answer.asOf()).isEqualTo(state.asOf());
            }
            LocalDate today = answer.asOf().toLocalDate();
            assertThat(everyAction(answer)).allSatisfy(a -> assertThat(a.overdue())
                    .as("%s due by %s, asOf %s", a.action(), a.dueBy(), answer.asOf())
                    .isEqualTo(a.dueBy() != null && a.dueBy().isBefore(today)));
        });
    }

    @Test
    void thePlanIsInDateOrder() {
        forEveryState(state -> assertThat(advise(state).plan()).isSortedAccordingTo(
                Comparator.comparing(AdvicePropertiesTest::firstDate, Comparator.nullsLast(Comparator.naturalOrder()))));
    }

    @Test
    void thePlanHoldsOnlyStepsToTake() {
        forEveryState(state -> assertThat(advise(state).plan()).extracting(AdvisedAction::action)
                .doesNotContain(ActionCode.WAIT, ActionCode.KEEP_SEARCHING, ActionCode.NONE));
    }

    /*
     * The plan may legitimately start before asOf when a step is very overdue: the planner assumes
     * an overdue step was done on its last on-time day (as the contract's own example does), so the
     * steps after it can be overdue too. Only states whose next action is not overdue are checked.
     */
    @Test
    void thePlanDoesNotStartBeforeAsOfUnlessTheNextActionIsOverdue() {
        forEveryState(state -> {
            Answer answer = advise(state);
            if (answer.next().overdue()) {
                return;
            }
            LocalDate today = answer.asOf().toLocalDate();
            assertThat(answer.plan()).filteredOn(a -> firstDate(a) != null).allSatisfy(a -> assertThat(firstDate(a))
                    .as("%s in the plan, next %s, asOf %s", a.action(), answer.next().action(), answer.asOf())
                    .isAfterOrEqualTo(today));
        });
    }

    @Test
    void keepSearchingAndTheContractsNextActionForEachOutcome() {
        forEveryState(state -> {
            Answer answer = advise(state);

            List<ActionCode> also = answer.also().stream().map(AdvisedAction::action).toList();
            ActionCode next = answer.next().action();
            // contract 1.1: KEEP_SEARCHING whatever the outcome but ACCEPTED, in also unless it is next;
            // after an offer or a no, REPLY until answered (a no: for a while), then NONE or KEEP_SEARCHING
            switch (state.outcome()) {
                case PENDING -> assertThat(also).contains(ActionCode.KEEP_SEARCHING);
                case OFFER -> {
                    assertThat(next).isIn(ActionCode.REPLY, ActionCode.NONE);
                    assertThat(also).contains(ActionCode.KEEP_SEARCHING);
                }
                case ACCEPTED -> {
                    assertThat(next).isEqualTo(ActionCode.NONE);
                    assertThat(also).doesNotContain(ActionCode.KEEP_SEARCHING);
                }
                case REJECTED -> {
                    assertThat(next).isIn(ActionCode.REPLY, ActionCode.KEEP_SEARCHING);
                    if (next == ActionCode.REPLY) {
                        assertThat(also).contains(ActionCode.KEEP_SEARCHING);
                    }
                }
                case WITHDRAWN -> assertThat(next).isEqualTo(ActionCode.KEEP_SEARCHING);
            }
            if (state.outcome() != Outcome.PENDING) {
                // "the follow-up advice no longer applies": none of it now, none of it planned
                assertThat(Stream.concat(answer.also().stream(), answer.plan().stream()))
                        .extracting(AdvisedAction::action).doesNotContainAnyElementsOf(FOLLOW_UP_ADVICE);
            }
        });
    }

    /*
     * The plan assumes the candidate hears nothing back, and with no answer the advice always ends
     * in moving on: so while the application is pending, MOVE_ON is in next, also or the plan.
     */
    @Test
    void aPendingApplicationAlwaysEndsInMovingOn() {
        forEveryState(state -> {
            if (state.outcome() != Outcome.PENDING) {
                return;
            }
            assertThat(everyAction(advise(state))).extracting(AdvisedAction::action).contains(ActionCode.MOVE_ON);
        });
    }

    @Test
    void followUpsAndMovingOnNeverFallOnADayOff() {
        forEveryState(state -> {
            // a working day: not a weekend, a public holiday of the state's region or one of its closed days
            Application employer = StateBuilder.situation(state.asOf() != null ? state : state.withAsOf(LocalDateTime.now(CLOCK)))
                    .application();
            everyAction(advise(state)).forEach(a -> {
                if (a.action() == ActionCode.FOLLOW_UP) {
                    assertThat(a.dueFrom().getDayOfWeek()).as("FOLLOW_UP dueFrom %s", a.dueFrom()).isNotIn(WEEKEND);
                    assertThat(employer.workingDayOnOrAfter(a.dueFrom())).as("FOLLOW_UP dueFrom").isEqualTo(a.dueFrom());
                    assertThat(employer.workingDayOnOrAfter(a.dueBy())).as("FOLLOW_UP dueBy").isEqualTo(a.dueBy());
                    assertThat(state.holidays().closedDays()).doesNotContain(a.dueFrom(), a.dueBy());
                }
                if (a.action() == ActionCode.MOVE_ON) {
                    assertThat(employer.workingDayOnOrAfter(a.dueFrom())).as("MOVE_ON dueFrom").isEqualTo(a.dueFrom());
                    assertThat(state.holidays().closedDays()).doesNotContain(a.dueFrom());
                }
            });
        });
    }

    /* Contract 1.1: a step already overdue is planned as done today, so no step of the plan lies in the past. */
    @Test
    void thePlanIsNeverDatedBeforeAsOf() {
        forEveryState(state -> {
            Answer answer = advise(state);
            LocalDate today = answer.asOf().toLocalDate();
            assertThat(answer.plan()).allSatisfy(step -> {
                assertThat(step.overdue()).as("%s overdue", step.action()).isFalse();
                LocalDate last = step.dueBy() != null ? step.dueBy() : step.dueFrom();
                if (last != null) {
                    assertThat(last).as("%s, planned on %s", step.action(), today).isAfterOrEqualTo(today);
                }
            });
        });
    }

    /* Contract 1.1: one message a day to one person: of the thank-you, the follow-up and the reply, at most one is due now. */
    @Test
    void neverTwoMessagesOnOneDay() {
        Set<ActionCode> messages = Set.of(ActionCode.SEND_THANK_YOU, ActionCode.FOLLOW_UP, ActionCode.REPLY);
        forEveryState(state -> {
            Answer answer = advise(state);
            assertThat(Stream.concat(Stream.of(answer.next()), answer.also().stream())
                    .filter(a -> messages.contains(a.action()))).as("messages due now").hasSizeLessThanOrEqualTo(1);
            assertThat(answer.plan().stream().filter(a -> messages.contains(a.action()))
                    .map(a -> a.dueFrom() != null ? a.dueFrom() : a.dueBy())).as("the first days of the planned messages")
                    .doesNotHaveDuplicates();
        });
    }

    /*
     * Follow-ups may be listed in any order. Interviewers too, with the one exception the README
     * states: a single draft (the follow-up email, the phone script) goes to the first person met,
     * so the first stays in place here; the per-interviewer drafts (thank-you notes) may come in
     * another order, so drafts are compared as a set.
     */
    @Test
    void theOrderOfFollowUpsAndOfInterviewersAfterTheFirstChangesNothing() {
        forEveryState(state -> {
            ApplicationState shuffled = reordered(state, new Random(state.toString().hashCode()), true);

            assertThat(comparable(advise(shuffled), true)).isEqualTo(comparable(advise(state), true));
        });
    }

    /** With the first interviewer moved too, only the drafts' recipients and wording may change. */
    @Test
    void theOrderOfAllInterviewersChangesNothingButTheDrafts() {
        forEveryState(state -> {
            ApplicationState shuffled = reordered(state, new Random(state.toString().hashCode()), false);

            assertThat(comparable(advise(shuffled), false)).isEqualTo(comparable(advise(state), false));
        });
    }

    /** Sessions are reused between evaluations: nothing one answer leaves behind may reach the next. */
    @Test
    void anAnswerDoesNotDependOnWhatTheRulesAnsweredBefore() {
        forEveryState(state -> {
            Answer first = advise(state);
            advise(States.generate(new Random(state.toString().hashCode())));

            assertThat(advise(state)).isEqualTo(first);
        });
    }

    private static ApplicationState reordered(ApplicationState s, Random random, boolean keepFirstInterviewer) {
        List<ApplicationState.FollowUp> followUps = new ArrayList<>(s.followUps());
        Collections.shuffle(followUps, random);
        List<ApplicationState.Interviewer> people = new ArrayList<>(s.interview().interviewers());
        Collections.shuffle(keepFirstInterviewer && !people.isEmpty() ? people.subList(1, people.size()) : people, random);
        List<LocalDate> closed = new ArrayList<>(s.holidays().closedDays());
        Collections.shuffle(closed, random);
        return s.toBuilder().followUps(followUps).interviewers(people)
                .holidays(new ApplicationState.Holidays(s.holidays().region(), closed)).build();
    }

    /** An answer with drafts sorted (or, without {@code withDrafts}, only their channels kept), fired rules as a set. */
    private static List<Object> comparable(Answer answer, boolean withDrafts) {
        return List.of(answer.asOf(), answer.zone(), comparable(answer.next(), withDrafts),
                answer.also().stream().map(a -> comparable(a, withDrafts)).toList(),
                answer.plan().stream().map(a -> comparable(a, withDrafts)).toList(),
                answer.rulesVersion(), Set.copyOf(answer.fired()));
    }

    private static AdvisedAction comparable(AdvisedAction a, boolean withDrafts) {
        List<Draft> drafts = a.drafts();
        if (drafts != null) {
            drafts = withDrafts
                    ? drafts.stream().sorted(Comparator.comparing(Draft::toString)).toList()
                    : drafts.stream().map(d -> new Draft(d.channel(), null, null, null))
                            .sorted(Comparator.comparing(Draft::toString)).toList();
        }
        return new AdvisedAction(a.action(), a.title(), a.dueFrom(), a.dueBy(), a.overdue(), a.channels(), a.why(),
                a.rule(), drafts, a.id());
    }
}
