package com.followupadvisor.advising;

import java.time.LocalDate;
import java.util.List;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.wording.Draft;

/**
 * One recommended action as the caller sees it. {@code dueFrom}, {@code dueBy}, {@code channels}
 * and {@code drafts} are null where the action has none; {@code id} is the application's id, a dot
 * and the step's name, the same across calls while the step is the same.
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
        String id) {
}
