package com.followupadvisor.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;




/**
 * What a scenario expects of the answer. Only {@code next} is required; a null date or flag, or
 * an empty set, is not checked.
 */
record Expectation(
        ActionCode next,
        LocalDate nextDueFrom,
        LocalDate nextDueBy,
        Boolean nextOverdue,
        Set<ActionCode> alsoHas,
        Set<ActionCode> alsoHasNot,
        Set<ActionCode> planHas,
        Set<ActionCode> planHasNot) {

    /** Every way the answer differs from this expectation, in words; empty when it matches. */
    List<String> differences(Answer answer) {
        List<String> out = new ArrayList<>();
        AdvisedAction n = answer.next();
        same(out, "next.action", next, n.action());
        if (nextDueFrom != null) {
            same(out, "next.dueFrom", nextDueFrom, n.dueFrom());
        }
        if (nextDueBy != null) {
            same(out, "next.dueBy", nextDueBy, n.dueBy());
        }
        if (nextOverdue != null) {
            same(out, "next.overdue", nextOverdue, n.overdue());
        }
        contains(out, "also", codes(answer.also()), alsoHas, alsoHasNot);
        contains(out, "plan", codes(answer.plan()), planHas, planHasNot);
        return out;
    }

    private static void same(List<String> out, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            out.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void contains(List<String> out, String list, Set<ActionCode> actual, Set<ActionCode> has,
            Set<ActionCode> hasNot) {
        for (ActionCode code : has) {
            if (!actual.contains(code)) {
                out.add(list + ": expected to have " + code + ", got " + actual);
            }
        }
        for (ActionCode code : hasNot) {
            if (actual.contains(code)) {
                out.add(list + ": expected not to have " + code + ", got " + actual);
            }
        }
    }

    private static Set<ActionCode> codes(List<AdvisedAction> actions) {
        return actions.stream().map(AdvisedAction::action).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
