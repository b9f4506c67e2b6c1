package com.followupadvisor.engine;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.Channel;

/**
 * One recommended action as the caller sees it. {@code dueFrom}, {@code dueBy}, {@code channels}
 * and {@code drafts} are null where the action has none. (The annotations only document the API.)
 */
@Schema(name = "Action", description = "One recommended action.")
public record AdvisedAction(
        @Schema(required = true, description = "What to do.") ActionCode action,
        @Schema(required = true, description = "One line for a person.") String title,
        @Schema(description = "First day of the action's window; absent where the action has none.") LocalDate dueFrom,
        @Schema(description = "Last day of the action's window; absent where the action has none.") LocalDate dueBy,
        @Schema(required = true, description = "True when dueBy is before the date of asOf.") boolean overdue,
        @Schema(description = "How to send it, where the action is a message.") List<Channel> channels,
        @Schema(required = true, description = "The reason, in plain words, naming the dates and counts it used.") String why,
        @Schema(required = true, description = "The name of the rule that produced it.") String rule,
        @Schema(description = "For message actions: one draft per recipient.") List<Draft> drafts) {
}
