package com.followupadvisor.rules.folder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * The numbers of the advice, read from {@code rules/advice-numbers.properties}: each line
 * {@code name = value (from to to)}, with comments for the person who changes them. The rules read
 * them from one {@code Numbers} fact, declared from this file ({@code Numbers( $days : assumedTimelineDays )}),
 * so a rule naming a number the file does not have fails to compile at its own line, and a number
 * no rule uses is reported at its line in the file, which catches a misspelt name on either side.
 */
public final class AdviceNumbers {

    public static final String FILE = "advice-numbers.properties";
    /** The declared type's package and name, as rules see it. */
    static final String PACKAGE = "advice";
    static final String TYPE = "Numbers";

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?<name>[^=\\s]+)\\s*=\\s*(?<value>[^\\s(]*)\\s*(?<range>\\(.*\\))?\\s*$");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern RANGE = Pattern.compile("\\(\\s*(-?\\d+)\\s+to\\s+(-?\\d+)\\s*\\)");
    /** Words a field of a declared type cannot be called in DRL. */
    private static final Set<String> RESERVED = Set.of("end", "rule", "when", "then", "query", "declare", "function",
            "global", "import", "package", "not", "and", "or", "exists", "forall", "from", "in", "eval", "new", "this");

    private final Map<String, Integer> values;
    private final Map<String, Integer> lines;
    private final List<RuleProblem> problems;

    private AdviceNumbers(Map<String, Integer> values, Map<String, Integer> lines, List<RuleProblem> problems) {
        this.values = values;
        this.lines = lines;
        this.problems = List.copyOf(problems);
    }

    /** No numbers file: the rules use none. */
    public static AdviceNumbers none() {
        return new AdviceNumbers(Map.of(), Map.of(), List.of());
    }

    /**
     * Reads the file. A number whose value is wrong is still declared (with no value), so that
     * the rules using it compile and the one mistake is reported once, in {@link #problems()}.
     */
    public static AdviceNumbers parse(String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            int n = i + 1;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(at(n, line, content, "write a number as: name = value (lowest to highest), "
                        + "for example: assumedTimelineDays = 7 (1 to 30)"));
                continue;
            }
            String name = m.group("name");
            if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
                problems.add(at(n, line, name, "\"" + name + "\" cannot be a number's name: start with a small "
                        + "letter and use letters and digits only, like firstFollowUpFromDays"));
                continue;
            }
            if (values.containsKey(name)) {
                problems.add(at(n, line, name, name + " is given twice (first on line " + lines.get(name) + ")"));
                continue;
            }
            lines.put(name, n);
            values.put(name, null);
            String value = m.group("value");
            Integer number = wholeNumber(value);
            if (number == null) {
                problems.add(at(n, line, value.isEmpty() ? "=" : value, name + " must be a whole number, like 7"
                        + (value.isEmpty() ? "" : " (it is \"" + value + "\")")));
                continue;
            }
            String range = m.group("range");
            Matcher r = range == null ? null : RANGE.matcher(range);
            if (r == null || !r.matches()) {
                problems.add(at(n, line, range == null ? value : range, name + " needs the range a sensible value "
                        + "lies in after it, like (1 to 30)"));
                continue;
            }
            int low = Integer.parseInt(r.group(1));
            int high = Integer.parseInt(r.group(2));
            if (low > high) {
                problems.add(at(n, line, range, "the range of " + name + " runs backwards: write the lowest first"));
                continue;
            }
            if (number < low || number > high) {
                problems.add(at(n, line, value, name + " must be from " + low + " to " + high + " (it is " + number + ")"));
                continue;
            }
            values.put(name, number);
        }
        return new AdviceNumbers(values, lines, problems);
    }

    /** What is wrong in the file, each at its line and column. */
    public List<RuleProblem> problems() {
        return problems;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The numbers' names, in the file's order. */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(values.keySet());
    }

    private static Integer wholeNumber(String text) {
        if (!text.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static RuleProblem at(int line, String text, String what, String message) {
        int column = Math.max(text.indexOf(what), 0) + 1;
        return new RuleProblem(FILE, line, column, message);
    }

    /** The DRL that declares the {@code Numbers} fact, one field per number. */
    public String declaration() {
        StringBuilder drl = new StringBuilder("package ").append(PACKAGE).append(";\n\ndeclare ").append(TYPE).append('\n');
        values.keySet().forEach(name -> drl.append("    ").append(name).append(" : int\n"));
        return drl.append("end\n").toString();
    }

    /** A number no rule mentions is most likely misspelt here or in the rule meant to use it. */
    public List<RuleProblem> unused(Map<String, String> drl) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> wanted = readByRules(drl);
        wanted.removeAll(values.keySet());
        values.keySet().forEach(name -> {
            Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            if (drl.values().stream().noneMatch(text -> word.matcher(text).find())) {
                String meant = DidYouMean.closest(name, wanted);
                problems.add(new RuleProblem(FILE, lines.get(name), 1, "no rule uses " + name + "; " + (meant == null
                        ? "is its name misspelt here or in the rule meant to use it?"
                        : "did you mean \"" + meant + "\", which a rule reads? Correct the name here, or in the rule")));
            }
        });
        return problems;
    }

    private static final Pattern NUMBERS_PATTERN = Pattern.compile("\\b" + TYPE + "\\s*\\(([^)]*)\\)");
    private static final Pattern FIELD_NAME = Pattern.compile("(?<![\\w$.])([a-z]\\w*)(?!\\s*\\()");

    /** The names the rules' {@code Numbers( ... )} patterns read, existing or not. */
    private static Set<String> readByRules(Map<String, String> drl) {
        Set<String> names = new java.util.TreeSet<>();
        drl.values().forEach(text -> {
            Matcher m = NUMBERS_PATTERN.matcher(text.replaceAll("//[^\\n]*", ""));
            while (m.find()) {
                Matcher f = FIELD_NAME.matcher(m.group(1));
                while (f.find()) {
                    names.add(f.group(1));
                }
            }
        });
        return names;
    }

    /** The fact the rules read, made once per rule set: it holds values only. */
    public Object fact(KieBase kieBase) {
        FactType type = kieBase.getFactType(PACKAGE, TYPE);
        try {
            Object fact = type.newInstance();
            values.forEach((name, value) -> {
                if (value != null) {
                    type.set(fact, name, value);
                }
            });
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("the declared type " + TYPE + " cannot be made", e);
        }
    }
}
