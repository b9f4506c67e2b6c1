package com.followupadvisor.rules.folder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the compiler's words for "this rule names a number that does not exist" into the rule
 * author's: the compiler says "Field Reader does not exist for declaration '$days' in '$days :
 * asumedTimelineDays'", and then, for every use of {@code $days} in the then part, that it cannot
 * be resolved. This says once, at the misspelt name, that advice-numbers.properties has no such number.
 */
public final class UnknownNumbers {

    private static final Pattern NO_FIELD = Pattern.compile(
            "Field Reader does not exist for declaration '(\\$\\w+)' in '\\$\\w+ : (\\w+)'");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\$\\w+) cannot be resolved to a variable");

    private UnknownNumbers() {
    }

    public static List<RuleProblem> explain(List<RuleProblem> problems, AdviceNumbers numbers, Map<String, String> drl) {
        List<RuleProblem> out = new ArrayList<>();
        Set<String> unknownVariables = new HashSet<>();
        for (RuleProblem p : problems) {
            Matcher m = NO_FIELD.matcher(p.message());
            if (m.find() && !numbers.has(m.group(2))) {
                String name = m.group(2);
                unknownVariables.add(p.file() + "|" + m.group(1));
                out.add(new RuleProblem(p.file(), p.line(), column(drl.get(p.file()), p.line(), name),
                        "there is no number " + name + " in " + AdviceNumbers.FILE
                                + "; add it there, or correct its name here"));
            }
        }
        for (RuleProblem p : problems) {
            if (NO_FIELD.matcher(p.message()).find() && out.stream().anyMatch(o -> o.file().equals(p.file())
                    && o.line() == p.line())) {
                continue; // said above, in plain words
            }
            Matcher u = UNRESOLVED.matcher(p.message());
            if (u.find() && unknownVariables.contains(p.file() + "|" + u.group(1))) {
                continue; // follows from the unknown number
            }
            out.add(p);
        }
        return out;
    }

    private static int column(String text, int line, String word) {
        if (text == null || line <= 0) {
            return 0;
        }
        String[] lines = text.split("\\R", -1);
        if (line > lines.length) {
            return 0;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lines[line - 1]);
        return m.find() ? m.start() + 1 : 0;
    }
}
