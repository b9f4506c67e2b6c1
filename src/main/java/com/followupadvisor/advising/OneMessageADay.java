package com.followupadvisor.advising;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.UrgencyOrder;
import com.followupadvisor.wording.Draft;

/**
 * Contract 2.0's "one message a day to one person": of the actions due now, the most urgent one's
 * draft to a person stands and carries what a less urgent action would have said to that person
 * (the less urgent one's purpose, as its rule words it); the less urgent action drops its drafts to
 * that person, leaving {@code also} when nobody is left to write to.
 */
final class OneMessageADay {

    private OneMessageADay() {
    }

    /** {@code next}, carrying what it now says for others; {@code also} loses the drafts (and actions) it no longer needs. */
    static AdvisedAction apply(AdvisedAction next, List<AdvisedAction> also, UrgencyOrder order) {
        if (order != null) {
            also.sort((a, b) -> order.isMoreUrgent(a.action(), b.action()) ? -1 : order.isMoreUrgent(b.action(), a.action()) ? 1 : 0);
        }
        List<AdvisedAction> ranked = new ArrayList<>();
        ranked.add(next);
        ranked.addAll(also);
        // each person written to, and the rank of the action whose message to them stands
        Map<Draft.Recipient, Integer> writer = new HashMap<>();
        recipients(next).forEach(r -> writer.put(r, 0));
        List<Integer> left = new ArrayList<>();
        for (int i = 1; i < ranked.size(); i++) {
            AdvisedAction a = ranked.get(i);
            if (a.drafts() == null || a.drafts().isEmpty()) {
                continue;
            }
            List<Draft> kept = new ArrayList<>();
            Set<Draft.Recipient> carried = new LinkedHashSet<>();
            for (Draft d : a.drafts()) {
                if (d.recipient() == null || !writer.containsKey(d.recipient())) {
                    kept.add(d);
                } else {
                    carried.add(d.recipient());
                }
            }
            if (a.purpose() != null) {
                for (Draft.Recipient to : carried) {
                    int at = writer.get(to);
                    ranked.set(at, carrying(ranked.get(at), to, a.purpose()));
                }
            }
            if (kept.isEmpty()) {
                left.add(i);
                continue;
            }
            if (kept.size() < a.drafts().size()) {
                ranked.set(i, a.withDrafts(kept));
            }
            for (Draft.Recipient r : recipients(ranked.get(i))) {
                writer.putIfAbsent(r, i);
            }
        }
        also.clear();
        for (int i = 1; i < ranked.size(); i++) {
            if (!left.contains(i)) {
                also.add(ranked.get(i));
            }
        }
        return ranked.get(0);
    }

    /** {@code a} with each of its drafts to {@code to} also saying {@code purpose}. */
    private static AdvisedAction carrying(AdvisedAction a, Draft.Recipient to, String purpose) {
        List<Draft> drafts = new ArrayList<>();
        for (Draft d : a.drafts()) {
            drafts.add(to.equals(d.recipient()) ? d.carrying(purpose) : d);
        }
        return a.withDrafts(drafts);
    }

    private static Set<Draft.Recipient> recipients(AdvisedAction a) {
        Set<Draft.Recipient> out = new LinkedHashSet<>();
        if (a.drafts() != null && a.action() != ActionCode.WITHDRAW_ELSEWHERE) {
            a.drafts().stream().map(Draft::recipient).filter(r -> r != null).forEach(out::add);
        }
        return out;
    }
}
