package com.followupadvisor.advising;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.followupadvisor.advice.Interview;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.Chronicle;
import com.followupadvisor.history.Event;
import com.followupadvisor.history.EventType;
import com.followupadvisor.history.Person;
import com.followupadvisor.history.Situation;
import com.followupadvisor.history.When;
import com.followupadvisor.rules.engine.Evaluation;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.state.Channel;

/**
 * Works out the plan: the actions still to come, assuming the candidate does each step on time and
 * hears nothing back. It knows no advice of its own: it plays the history forward (the event of a
 * step done, a later day) and asks the same rules again at each point.
 */
final class Planner {

    /** Enough for every step of the default advice several times over; a guard against odd rule edits. */
    static final int MAX_STEPS = 24;

    /** A recommendation of the plan with the situation it was made in (the drafts are written from it). */
    record Planned(Recommendation recommendation, Situation situation) {
    }

    private Planner() {
    }

    static List<Planned> plan(RuleSet rules, Situation start, Evaluation now, ContractVersion version,
            Advisor advisor) {
        Set<String> seen = new HashSet<>();
        now.recommendations().forEach(r -> seen.add(key(r)));
        List<Planned> plan = new ArrayList<>();
        ApplicationHistory history = start.history();
        Situation situation = start;
        Evaluation evaluation = now;
        for (int step = 0; step < MAX_STEPS; step++) {
            List<Event> done = new ArrayList<>();
            for (Recommendation r : evaluation.recommendations()) {
                done.addAll(doneOnTime(r, situation));
            }
            ApplicationHistory after;
            if (done.isEmpty()) {
                LocalDateTime later = nextMoment(situation, evaluation);
                if (later == null) {
                    break;
                }
                after = history.withAsOf(later);
            } else {
                after = history.withEvents(done);
            }
            history = after;
            situation = advisor.situation(rules, history, version);
            evaluation = advisor.evaluate(rules, situation);
            for (Recommendation r : evaluation.recommendations()) {
                if (r.getAction().isSomethingToDo() && seen.add(key(r))) {
                    plan.add(new Planned(lateIsNotNever(r, situation.application().getToday()), situation));
                }
            }
        }
        plan.sort(Comparator.comparing((Planned p) -> firstDate(p.recommendation()),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return plan;
    }

    /**
     * A step whose window had already passed when the plan reached it (a follow-up held back while
     * a reply was due) is planned for that day, not in the past: late is not never, and it goes
     * out then (advice.md, "When you don't hear back").
     */
    private static Recommendation lateIsNotNever(Recommendation r, LocalDate day) {
        LocalDate from = r.getDueFrom();
        LocalDate by = r.getDueBy();
        if (from != null && from.isBefore(day)) {
            r.dueFrom(day);
        }
        if (by != null && by.isBefore(day)) {
            r.dueBy(day);
        }
        return r;
    }

    /** The events that say the candidate did {@code r}, for the actions that have one; none for the others. */
    private static List<Event> doneOnTime(Recommendation r, Situation situation) {
        When at = When.at(onTime(r, situation));
        String id = situation.applicationId() + "." + r.getStep();
        return switch (r.getAction()) {
            case SEND_THANK_YOU -> {
                List<String> to = r.getSubject() == null ? List.of()
                        : situation.concerned(r.getSubject().getRef()).stream().map(Person::id).toList();
                Event thanks = Event.of(EventType.THANK_YOU, at).to(to).build();
                yield r.isCountsAsFollowUp() ? List.of(thanks, Event.of(EventType.FOLLOW_UP, at).channel(Channel.EMAIL).build())
                        : List.of(thanks);
            }
            case FOLLOW_UP -> List.of(Event.of(EventType.FOLLOW_UP, at).channel(Channel.EMAIL).build());
            case REPLY -> List.of(Event.of(EventType.REPLIED, at).build());
            case SUBMIT_ASSIGNMENT -> List.of(Event.of(EventType.SUBMITTED, at).build());
            case ASK_TO_EXPEDITE, UPDATE_REFERRER, WITHDRAW_ELSEWHERE, MOVE_ON -> List.of(Event.of(EventType.DONE, at).action(id).build());
            default -> List.of();
        };
    }

    /**
     * When a step counts as done: on the first day of its window, or today when that day has
     * passed, so a step already overdue is planned as done today and the steps after it are timed
     * from today. Never before the latest thing that happened, though: a step can only answer what
     * came before it.
     */
    private static LocalDateTime onTime(Recommendation r, Situation situation) {
        LocalDateTime now = situation.application().getNow();
        LocalDate day = now.toLocalDate();
        LocalDate first = r.getDueFrom() != null ? r.getDueFrom() : r.getDueBy();
        if (first != null && day.isBefore(first)) {
            day = first;
        }
        LocalDateTime done = day.equals(now.toLocalDate()) ? now : day.atTime(now.toLocalTime());
        LocalDateTime earliest = null;
        for (Chronicle.Entry e : situation.chronicle().entries()) {
            if (e.event().type() != EventType.INTERVIEW && !e.event().at().moment().isAfter(now)) {
                earliest = later(earliest, e.event().at().moment());
            }
        }
        for (Chronicle.Booking b : situation.chronicle().bookings()) {
            if (b.heldBy(now)) {
                earliest = later(earliest, b.current().moment());
            }
        }
        return earliest == null || done.isAfter(earliest) ? done : earliest.plusMinutes(1);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * The next moment at which the answer may change: the start of the earliest date the rules
     * named that is still ahead, or an interview's start.
     */
    private static LocalDateTime nextMoment(Situation situation, Evaluation evaluation) {
        LocalDateTime now = situation.application().getNow();
        List<LocalDateTime> candidates = new ArrayList<>();
        for (Object fact : situation.facts()) {
            if (fact instanceof Interview i && !i.isHeld()) {
                candidates.add(i.getAt());
            }
        }
        for (Recommendation r : evaluation.recommendations()) {
            if (r.getDueFrom() != null) {
                candidates.add(r.getDueFrom().atStartOfDay());
            }
            if (r.getDueBy() != null) {
                candidates.add(r.getDueBy().atStartOfDay());
            }
        }
        LocalDateTime next = null;
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
