package com.followupadvisor.advising;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.rules.engine.Evaluation;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.Channel;

/**
 * Works out the plan: the actions still to come, assuming the candidate does each step on time and
 * hears nothing back. It knows no advice of its own: it plays the state forward (a step done, a
 * later day) and asks the same rules again at each point.
 */
final class Planner {

    /** Enough for every step of the default advice several times over; a guard against odd rule edits. */
    static final int MAX_STEPS = 24;

    /** A recommendation of the plan with the state it was made for (the drafts are written from it). */
    record Planned(Recommendation recommendation, ApplicationState state) {
    }

    private Planner() {
    }

    static List<Planned> plan(RuleSet rules, ApplicationState start, Evaluation now, EvaluationWatchdog watchdog, Duration timeLimit) {
        Set<String> seen = new HashSet<>();
        now.recommendations().forEach(r -> seen.add(key(r)));
        List<Planned> plan = new ArrayList<>();
        ApplicationState state = start;
        Evaluation evaluation = now;
        for (int step = 0; step < MAX_STEPS; step++) {
            ApplicationState after = state;
            for (Recommendation r : evaluation.recommendations()) {
                after = doneOnTime(r, after);
            }
            if (after == state) {
                LocalDateTime later = nextMoment(state, evaluation);
                if (later == null) {
                    break;
                }
                after = state.withAsOf(later);
            }
            state = after;
            evaluation = rules.evaluate(new Application(state), false, watchdog, timeLimit);
            for (Recommendation r : evaluation.recommendations()) {
                if (r.getAction().isSomethingToDo() && seen.add(key(r))) {
                    plan.add(new Planned(r, state));
                }
            }
        }
        plan.sort(Comparator.comparing((Planned p) -> firstDate(p.recommendation()),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return plan;
    }

    /** The state after the candidate has done {@code r}, for the actions that change the state. */
    private static ApplicationState doneOnTime(Recommendation r, ApplicationState state) {
        return switch (r.getAction()) {
            case SEND_THANK_YOU -> state.thankYou().sentAt() != null ? state : r.isCountsAsFollowUp()
                    ? state.withThankYouSentAt(onTime(r, state)).withFollowUp(new FollowUp(onTime(r, state), Channel.EMAIL))
                    : state.withThankYouSentAt(onTime(r, state));
            case FOLLOW_UP -> state.withFollowUp(new FollowUp(onTime(r, state), Channel.EMAIL));
            case REPLY -> state.toBuilder().repliedAt(onTime(r, state)).build();
            default -> state;
        };
    }

    /**
     * When a step counts as done (contract 1.1): on the first day of its window, or today when that
     * day has passed, so a step already overdue is planned as done today and the steps after it are
     * timed from today. Never before the interview or the employer's latest contact, though: a step
     * can only answer what came before it.
     */
    private static LocalDateTime onTime(Recommendation r, ApplicationState state) {
        LocalDateTime now = state.asOf();
        LocalDate day = now.toLocalDate();
        LocalDate first = r.getDueFrom() != null ? r.getDueFrom() : r.getDueBy();
        if (first != null && day.isBefore(first)) {
            day = first;
        }
        LocalDateTime done = day.equals(now.toLocalDate()) ? now : day.atTime(now.toLocalTime());
        LocalDateTime earliest = state.interview().at();
        if (state.lastHeardAt() != null && state.lastHeardAt().isAfter(earliest)) {
            earliest = state.lastHeardAt();
        }
        return done.isAfter(earliest) ? done : earliest.plusMinutes(1);
    }

    /**
     * The next moment at which the answer may change: the start of the earliest date the rules
     * named that is still ahead, or the interview's start.
     */
    private static LocalDateTime nextMoment(ApplicationState state, Evaluation evaluation) {
        LocalDateTime now = state.asOf();
        LocalDateTime next = null;
        List<LocalDateTime> candidates = new ArrayList<>();
        candidates.add(state.interview().at());
        for (Recommendation r : evaluation.recommendations()) {
            if (r.getDueFrom() != null) {
                candidates.add(r.getDueFrom().atStartOfDay());
            }
            if (r.getDueBy() != null) {
                candidates.add(r.getDueBy().atStartOfDay());
            }
        }
        for (LocalDateTime c : candidates) {
            if (c.isAfter(now) && (next == null || c.isBefore(next))) {
                next = c;
            }
        }
        return next;
    }

    private static LocalDate firstDate(Recommendation r) {
        return r.getDueFrom() != null ? r.getDueFrom() : r.getDueBy();
    }

    private static String key(Recommendation r) {
        return r.getAction() + "|" + Objects.toString(r.getDueFrom()) + "|" + Objects.toString(r.getDueBy());
    }
}
