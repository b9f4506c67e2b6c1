package com.followupadvisor.rules.folder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.UrgencyOrder;

/**
 * Reads {@code rules/urgency-order.txt}: one action code a line, most urgent first, every code
 * exactly once. Each evaluation gets the {@link UrgencyOrder} it gives as a fact, so rules compare
 * actions by rank instead of listing them.
 */
public final class UrgencyOrderFile {

    public static final String FILE = "urgency-order.txt";

    private UrgencyOrderFile() {
    }

    public static UrgencyOrder parse(String text) throws RuleLoadException {
        Map<ActionCode, Integer> seenOn = new EnumMap<>(ActionCode.class);
        List<ActionCode> order = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int column = lines[i].indexOf(content) + 1;
            ActionCode action = Arrays.stream(ActionCode.values()).filter(a -> a.name().equals(content)).findFirst()
                    .orElse(null);
            if (action == null) {
                problems.add(new RuleProblem(FILE, i + 1, column, "\"" + content + "\" is not an action; the actions are "
                        + Arrays.stream(ActionCode.values()).map(Enum::name).collect(Collectors.joining(", "))));
            } else if (seenOn.containsKey(action)) {
                problems.add(new RuleProblem(FILE, i + 1, column, action + " is listed twice (first on line "
                        + seenOn.get(action) + ")"));
            } else {
                seenOn.put(action, i + 1);
                order.add(action);
            }
        }
        for (ActionCode action : ActionCode.values()) {
            if (!seenOn.containsKey(action) && problems.isEmpty()) {
                problems.add(new RuleProblem(FILE, lines.length, 1, action + " is missing: list every action once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new UrgencyOrder(order);
    }
}
