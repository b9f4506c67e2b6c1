package com.followupadvisor.advising;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.UrgencyOrder;
import com.followupadvisor.wording.Draft;

/**
 * Contract 2.0's "one message a day to one person": of the actions due now, the most urgent one's
 * draft to a person stands, and a less urgent action drops its drafts to that person, leaving
 * {@code also} when nobody is left to write to.
 */
final class OneMessageADay {

    private OneMessageADay() {
    }

    static void apply(AdvisedAction next, List<AdvisedAction> also, UrgencyOrder order) {
        if (order != null) {
            also.sort((a, b) -> order.isMoreUrgent(a.action(), b.action()) ? -1 : order.isMoreUrgent(b.action(), a.action()) ? 1 : 0);
        }
        Set<Draft.Recipient> written = new HashSet<>(recipients(next));
        for (Iterator<AdvisedAction> it = also.iterator(); it.hasNext();) {
            AdvisedAction a = it.next();
            if (a.drafts() == null || a.drafts().isEmpty()) {
                continue;
            }
            List<Draft> kept = new ArrayList<>();
            for (Draft d : a.drafts()) {
                if (d.recipient() == null || !written.contains(d.recipient())) {
                    kept.add(d);
                }
            }
            if (kept.isEmpty()) {
                it.remove();
                continue;
            }
            if (kept.size() < a.drafts().size()) {
                also.set(also.indexOf(a), new AdvisedAction(a.action(), a.title(), a.dueFrom(), a.dueBy(), a.overdue(),
                        a.channels(), a.why(), a.rule(), kept, a.id()));
            }
            written.addAll(recipients(a));
        }
    }

    private static Set<Draft.Recipient> recipients(AdvisedAction a) {
        Set<Draft.Recipient> out = new HashSet<>();
        if (a.drafts() != null && a.action() != ActionCode.WITHDRAW_ELSEWHERE) {
            a.drafts().stream().map(Draft::recipient).filter(r -> r != null).forEach(out::add);
        }
        return out;
    }
}
