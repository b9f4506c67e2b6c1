package com.followupadvisor.advice;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How urgent each action is, from {@code rules/urgency-order.txt}: one fact in every evaluation, so
 * that rules compare actions by urgency without a list of their own, as in
 * {@code $order : UrgencyOrder()} and {@code Recommendation( action.isMoreUrgentThan($action, $order) )}
 * (a condition that starts with the pattern's own field: one that starts with {@code $order}
 * makes the engine warn that it cannot tell what the condition depends on).
 * Rank 1 is the most urgent.
 */
@Means("How urgent each action is, from urgency-order.txt: one in every evaluation.")
public final class UrgencyOrder {

    private final List<ActionCode> actions;
    /** Each action's rank, by its ordinal. */
    private final int[] ranks;

    /** {@code actions}: every action code once, most urgent first. */
    public UrgencyOrder(List<ActionCode> actions) {
        if (actions.size() != ActionCode.values().length || actions.stream().distinct().count() != actions.size()) {
            throw new IllegalArgumentException("the urgency order lists every action once, not " + actions);
        }
        this.actions = List.copyOf(actions);
        this.ranks = new int[actions.size()];
        for (int i = 0; i < actions.size(); i++) {
            ranks[actions.get(i).ordinal()] = i + 1;
        }
    }

    /** 1 for the most urgent action, 2 for the next, and so on. */
    @Means("the action's place in the order: 1 for the most urgent")
    public int rank(ActionCode action) {
        return ranks[action.ordinal()];
    }

    /** Whether {@code action} comes before {@code than} in the order. */
    @Means("whether the first action comes before the second in the order")
    public boolean isMoreUrgent(ActionCode action, ActionCode than) {
        return ranks[action.ordinal()] < ranks[than.ordinal()];
    }

    /** Every action, most urgent first. */
    @Means("every action, most urgent first")
    public List<ActionCode> getActions() {
        return actions;
    }

    @Override
    public String toString() {
        return actions.stream().map(Enum::name).collect(Collectors.joining(" > "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UrgencyOrder o && Arrays.equals(ranks, o.ranks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranks);
    }
}
