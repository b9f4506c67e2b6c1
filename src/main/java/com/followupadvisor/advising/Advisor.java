package com.followupadvisor.advising;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.rules.engine.Evaluation;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.wording.Draft;
import com.followupadvisor.wording.TextBudget;
import com.followupadvisor.wording.TextTooLongException;
import com.followupadvisor.wording.TextWriter;
import com.followupadvisor.wording.Wording;

/** Answers "what next?" for one application state with one rule set: next, also, plan and drafts. */
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

    /** With {@code explain}, the answer also says, for each rule that fired, what it matched and read. */
    public Answer advise(RuleSet rules, ApplicationState requested, boolean explain) {
        LocalDateTime asOf = requested.asOf() != null
                ? requested.asOf()
                : LocalDateTime.now(clock.withZone(requested.timezone())).withNano(0);
        ApplicationState state = requested.withAsOf(asOf);
        Evaluation evaluation = rules.evaluate(new Application(state), explain, watchdog, timeLimit);
        Recommendation next = evaluation.next();
        LocalDate today = asOf.toLocalDate();
        String language = state.language() != null ? state.language() : Wording.BASE;
        try {
            TextBudget budget = TextBudget.forAnswer();
            TextWriter words = new TextWriter(rules.wording(), language, state, budget);

            List<AdvisedAction> also = new ArrayList<>();
            for (Recommendation r : evaluation.recommendations()) {
                if (r != next) {
                    also.add(advised(r, today, words));
                }
            }
            List<AdvisedAction> plan = new ArrayList<>();
            for (Planner.Planned p : Planner.plan(rules, state, evaluation, watchdog, timeLimit)) {
                // a planned step is worded for the state it was planned in
                plan.add(advised(p.recommendation(), today, new TextWriter(rules.wording(), language, p.state(), budget)));
            }
            return new Answer(asOf, state.timezone(), language, advised(next, today, words), also, plan,
                    rules.version(), evaluation.fired(), evaluation.explanations());
        } catch (TextTooLongException e) {
            // a fault of the wording, as a loop is of the rules: this request gets a 503 naming the text
            throw new com.followupadvisor.rules.engine.RulesFailedException(e.getMessage());
        }
    }

    private static AdvisedAction advised(Recommendation r, LocalDate today, TextWriter words) {
        List<Draft> drafts = words.drafts(r);
        return new AdvisedAction(
                r.getAction(),
                words.title(r),
                r.getDueFrom(),
                r.getDueBy(),
                r.getDueBy() != null && r.getDueBy().isBefore(today),
                r.getChannels().isEmpty() ? null : r.getChannels(),
                words.why(r),
                r.getRule(),
                drafts.isEmpty() ? null : drafts);
    }
}
