package com.followupadvisor.advising;

import java.time.LocalDate;
import java.util.List;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.wording.Draft;

/**
 * One recommended action as the caller sees it. {@code dueFrom}, {@code dueBy}, {@code channels}
 * and {@code drafts} are null where the action has none; {@code id} is the application's id, a dot
 * and the step's name, the same across calls while the step is the same. {@code purpose} is what a
 * more urgent message to the same person says for it instead, written out (null without one):
 * the answer does not show it, it goes into that message's draft.
 */
public record AdvisedAction(
        ActionCode action,
        String title,
        LocalDate dueFrom,
        LocalDate dueBy,
        boolean overdue,
        List<Channel> channels,
        String why,
        String rule,
        List<Draft> drafts,
        String id,
        String purpose) {

    /** An action no other message can carry. */
    public AdvisedAction(ActionCode action, String title, LocalDate dueFrom, LocalDate dueBy, boolean overdue,
            List<Channel> channels, String why, String rule, List<Draft> drafts, String id) {
        this(action, title, dueFrom, dueBy, overdue, channels, why, rule, drafts, id, null);
    }

    /** This action with {@code drafts} instead of its own. */
    AdvisedAction withDrafts(List<Draft> replaced) {
        return new AdvisedAction(action, title, dueFrom, dueBy, overdue, channels, why, rule, replaced, id, purpose);
    }
}
