package com.followupadvisor.advising;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.Outcome;
import com.followupadvisor.calendar.QuietWeeks;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.UrgencyOrder;
import com.followupadvisor.calendar.WorkingDays;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.Chronicle;
import com.followupadvisor.history.FromState;
import com.followupadvisor.history.Situation;
import com.followupadvisor.rules.engine.Evaluation;
import com.followupadvisor.rules.engine.NoNextActionException;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RulesFailedException;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.wording.TextBudget;
import com.followupadvisor.wording.TextTooLongException;
import com.followupadvisor.wording.TextWriter;
import com.followupadvisor.wording.Wording;

/**
 * Answers "what next?" for one application with one rule set: next, also, plan, drafts and where
 * it stands. A 1.1 state is answered as the history it stands for.
 */
public final class Advisor {

    private final Clock clock;
    private final Duration timeLimit;
    private final EvaluationWatchdog watchdog;

    /** The longest time limit taken: an evaluation is meant to take microseconds. */
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(1);

    /**
     * {@code timeLimit}: how long one evaluation of the rules may run before {@code watchdog} stops
     * it and it fails.
     */
    public Advisor(Clock clock, Duration timeLimit, EvaluationWatchdog watchdog) {
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException("the rules' time limit must be more than zero and at most "
                    + MAX_TIME_LIMIT + ", not " + timeLimit);
        }
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.watchdog = watchdog;
    }

    /** How long one evaluation of the rules may run. */
    public Duration timeLimit() {
        return timeLimit;
    }

    public Answer advise(RuleSet rules, ApplicationState requested) {
        return advise(rules, requested, false);
    }

    /** A 1.1 state; with {@code explain}, the answer also says what each rule that fired matched and read. */
    public Answer advise(RuleSet rules, ApplicationState requested, boolean explain) {
        ApplicationState state = requested.withAsOf(asOf(requested.asOf(), requested.timezone()));
        return advise(rules, FromState.translate(state), ContractVersion.V1_1, explain);
    }

    /** A history, answered as {@code version} of the contract says. */
    public Answer advise(RuleSet rules, ApplicationHistory requested, ContractVersion version, boolean explain) {
        // the id is worked out once, not again at each step of the plan
        ApplicationHistory history = requested.withAsOf(asOf(requested.asOf(), requested.timezone())).withSettledApplicationId();
        Situation situation = situation(rules, history, version);
        Evaluation evaluation = rules.evaluate(situation.facts(), explain, watchdog, timeLimit);
        LocalDate today = history.asOf().toLocalDate();
        String language = history.language() != null ? history.language() : Wording.BASE;
        UrgencyOrder order = rules.given(UrgencyOrder.class).orElse(null);
        try {
            TextBudget budget = TextBudget.forAnswer();
            TextWriter words = new TextWriter(rules.wording(), language, situation, budget);
            List<Recommendation> now = known(evaluation.recommendations(), version);
            if (evaluation.chosen() == null) {
                throw new NoNextActionException(evaluation.fired());
            }
            // an action this contract does not know is left out, and next is the first that remains
            Recommendation chosen = version.knows(evaluation.chosen().getAction()) ? evaluation.chosen() : mostUrgent(now, order);
            if (chosen == null) {
                throw new NoNextActionException(evaluation.fired());
            }
            List<String> ruleOrder = rules.rules().stream().map(com.followupadvisor.rules.folder.RuleInfo::name).toList();
            Map<ActionCode, AdvisedAction> byCode = merged(now, today, words, situation.applicationId(), ruleOrder);
            AdvisedAction next = byCode.remove(chosen.getAction());
            List<AdvisedAction> also = new ArrayList<>(byCode.values());
            next = OneMessageADay.apply(next, also, order);
            List<AdvisedAction> plan = new ArrayList<>();
            for (Planner.Planned p : Planner.plan(rules, situation, evaluation, version, this)) {
                if (version.knows(p.recommendation().getAction())) {
                    // a planned step is worded for the history it was planned in
                    plan.add(advised(p.recommendation(), false, today,
                            new TextWriter(rules.wording(), language, p.situation(), budget, today), situation.applicationId()));
                }
            }
            return new Answer(history.asOf(), history.timezone(), language, next, also, plan, rules.version(),
                    evaluation.fired(), evaluation.explanations(), situation.applicationId(),
                    status(situation, evaluation, next));
        } catch (TextTooLongException e) {
            // a fault of the wording, as a loop is of the rules: this request gets a 503 naming the text
            throw new RulesFailedException(e.getMessage());
        }
    }

    /** The facts of {@code history} at its asOf, with the employer's calendar as {@code version} counts it. */
    Situation situation(RuleSet rules, ApplicationHistory history, ContractVersion version) {
        Predicate<LocalDate> quiet = version.quietWeeks() ? rules.given(QuietWeeks.class).orElse(QuietWeeks.NONE)::contains
                : day -> false;
        return Situation.of(history, new WorkingDays(history.holidays().region(), history.holidays().closedDays(), quiet));
    }

    /** One evaluation of the rules, for the planner. */
    Evaluation evaluate(RuleSet rules, Situation situation) {
        return rules.evaluate(situation.facts(), false, watchdog, timeLimit);
    }

    private LocalDateTime asOf(LocalDateTime given, java.time.ZoneId zone) {
        return given != null ? given : LocalDateTime.now(clock.withZone(zone)).withNano(0);
    }

    private static List<Recommendation> known(List<Recommendation> made, ContractVersion version) {
        return made.stream().filter(r -> version.knows(r.getAction())).toList();
    }

    private static Recommendation mostUrgent(List<Recommendation> made, UrgencyOrder order) {
        Recommendation best = null;
        for (Recommendation r : made) {
            if (best == null || order != null && order.isMoreUrgent(r.getAction(), best.getAction())) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Each code once: one action covers every occurrence, its drafts every person concerned, its
     * window from the oldest occurrence's start to the earliest end. Its id and words are the
     * oldest occurrence's; of two rules that recommend one action at once, the one later in the
     * rule files ({@code ruleOrder}: files by name, rules in file order) words it, so a rule added
     * after the one it refines is the one the answer shows.
     */
    private static Map<ActionCode, AdvisedAction> merged(List<Recommendation> made, LocalDate today, TextWriter words,
            String applicationId, List<String> ruleOrder) {
        Map<ActionCode, AdvisedAction> byCode = new LinkedHashMap<>();
        for (Recommendation r : made) {
            AdvisedAction a = advised(r, true, today, words, applicationId);
            byCode.merge(r.getAction(), a, (x, y) -> together(x, y, ruleOrder, today));
        }
        return byCode;
    }

    private static AdvisedAction together(AdvisedAction a, AdvisedAction b, List<String> ruleOrder, LocalDate today) {
        AdvisedAction first = java.util.Objects.equals(a.rule(), b.rule())
                ? (earlier(b.dueFrom(), a.dueFrom()) ? b : a)
                : (ruleOrder.indexOf(b.rule()) > ruleOrder.indexOf(a.rule()) ? b : a);
        LocalDate from = earlier(b.dueFrom(), a.dueFrom()) ? b.dueFrom() : a.dueFrom();
        LocalDate by = earlier(b.dueBy(), a.dueBy()) ? b.dueBy() : a.dueBy();
        List<com.followupadvisor.wording.Draft> drafts = new ArrayList<>();
        for (AdvisedAction x : List.of(first, first == a ? b : a)) {
            if (x.drafts() != null) {
                drafts.addAll(x.drafts());
            }
        }
        return new AdvisedAction(first.action(), first.title(), from, by, by != null && by.isBefore(today), first.channels(),
                first.why(), first.rule(), drafts.isEmpty() ? null : drafts, first.id(), first.purpose());
    }

    private static boolean earlier(LocalDate x, LocalDate y) {
        return x != null && (y == null || x.isBefore(y));
    }

    /** {@code r} worded; {@code carriable}: due now, so another message to the same person may carry its purpose. */
    static AdvisedAction advised(Recommendation r, boolean carriable, LocalDate today, TextWriter words, String applicationId) {
        List<com.followupadvisor.wording.Draft> drafts = words.drafts(r);
        return new AdvisedAction(
                r.getAction(),
                words.title(r),
                r.getDueFrom(),
                r.getDueBy(),
                r.getDueBy() != null && r.getDueBy().isBefore(today),
                r.getChannels().isEmpty() ? null : r.getChannels(),
                words.why(r),
                r.getRule(),
                drafts.isEmpty() ? null : drafts,
                applicationId + "." + r.getStep(),
                carriable ? words.purpose(r) : null);
    }

    private static Status status(Situation situation, Evaluation evaluation, AdvisedAction next) {
        Application app = situation.application();
        Outcome outcome = app.getOutcome();
        String said = outcome == Outcome.OPEN && evaluation.movedOn() != null ? "MOVED_ON" : outcome.name();
        boolean open = outcome == Outcome.OPEN || outcome == Outcome.ON_HOLD || outcome == Outcome.OFFER;
        String waitingOn = next.action() != ActionCode.WAIT && next.action() != ActionCode.KEEP_SEARCHING
                && next.action() != ActionCode.NONE ? "CANDIDATE" : open && !"MOVED_ON".equals(said) ? "EMPLOYER" : "NOBODY";
        LocalDate reference = evaluation.referenceDate() != null && (outcome == Outcome.OPEN)
                ? evaluation.referenceDate().getDate() : null;
        LocalDateTime nextInterview = null;
        for (Chronicle.Booking b : situation.chronicle().bookings()) {
            if (b.toComeAfter(app.getNow()) && (nextInterview == null || b.current().moment().isBefore(nextInterview))) {
                nextInterview = b.current().moment();
            }
        }
        String region = situation.history().holidays().region();
        return new Status(said, app.getRound(), waitingOn, reference, nextInterview, region == null ? "NONE" : region);
    }
}
