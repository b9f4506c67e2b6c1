package com.followupadvisor.rules.folder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the compiler's words for a misspelt name into the rule author's, with the name most likely
 * meant ({@link DidYouMean}) and the names there are. The compiler says "Unable to Analyse
 * Expression activeAplications == 0: [Error: unable to resolve method using strict-mode:
 * com.followupadvisor.advice.Application.activeAplications()] ..."; this says
 * {@code Application has no field "activeAplications"; did you mean "activeApplications"? Its
 * fields: ...}, at the misspelt name. Likewise a fact ({@code Aplication( ... )}), a number
 * ({@code Numbers( $days : asumedTimelineDays )}), a kind's value ({@code Outcome.OPNE}) and, in a
 * then part, a method ({@code $app.getTodya()}). What only follows from such a mistake (each later
 * use of a variable the misspelt name was to bind) is left out: the one mistake is said once.
 */
public final class CompileErrors {

    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern NO_MEMBER = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern NO_FIELD = Pattern.compile(
            "Field Reader does not exist for declaration '(\\$\\w+)' in '\\$\\w+ : (\\w+)'");
    private static final Pattern NO_METHOD = Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_VISIBLE = Pattern.compile("The field (\\w+)\\.(\\w+) is not visible");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:");
    private static final Pattern PATTERN_START = Pattern.compile("([A-Z]\\w*)\\s*\\(");

    private CompileErrors() {
    }

    /** The compiler's {@code problems} of {@code drl}, the misspelt names among them in plain words. */
    public static List<RuleProblem> explain(List<RuleProblem> problems, FactModel model, Map<String, String> drl) {
        List<RuleProblem> plain = new ArrayList<>();
        Set<String> unknownVariables = new HashSet<>();
        List<RuleProblem> rest = new ArrayList<>();
        for (RuleProblem p : problems) {
            RuleProblem said = explain(p, model, drl, unknownVariables);
            if (said != null) {
                plain.add(said);
            } else {
                rest.add(p);
            }
        }
        Set<RuleProblem> out = new LinkedHashSet<>(plain);
        for (RuleProblem p : rest) {
            if (unknownVariables.stream().anyMatch(v -> v.startsWith(p.file() + "|")
                    && Pattern.compile(Pattern.quote(v.substring(v.indexOf('|') + 1)) + "\\b").matcher(p.message()).find())) {
                continue; // follows from a misspelt name, said above
            }
            out.add(p);
        }
        return new ArrayList<>(out);
    }

    private static RuleProblem explain(RuleProblem p, FactModel model, Map<String, String> drl, Set<String> unknownVariables) {
        String text = drl.get(p.file());
        if (text == null) {
            return null;
        }
        Code code = new Code(text);
        Matcher m = NO_TYPE.matcher(p.message());
        if (m.find()) {
            String name = m.group(1);
            int[] at = code.find(p.line(), name);
            if (at[0] > 0) {
                Matcher b = BINDING.matcher(code.line(at[0]));
                while (b.find()) {
                    unknownVariables.add(p.file() + "|" + b.group(1));
                }
            }
            String message = model.fact(name).isPresent() && !model.fact(name).get().declared()
                    ? name + " is a fact, but no rule file imports it: add import com.followupadvisor.advice." + name
                            + "; below the file's package line"
                    : "there is no fact \"" + name + "\"" + DidYouMean.phrase(name, model.factNames()) + "The facts: "
                            + String.join(", ", model.factNames());
            return new RuleProblem(p.file(), at[0], at[1], message);
        }
        m = NO_FIELD.matcher(p.message());
        if (m.find()) {
            String name = m.group(2);
            int[] at = code.find(p.line(), name);
            String type = at[0] > 0 ? code.patternBefore(at[0], at[1] - 1) : null;
            unknownVariables.add(p.file() + "|" + m.group(1));
            Optional<FactModel.Fact> fact = type == null ? Optional.empty() : model.fact(type);
            return fact.map(f -> new RuleProblem(p.file(), at[0], at[1], noField(f, name))).orElse(null);
        }
        m = NO_MEMBER.matcher(p.message());
        if (m.find()) {
            String className = m.group(1);
            String name = m.group(2);
            if (name.startsWith("$")) {
                return null;
            }
            int[] at = code.find(p.line(), name);
            Optional<FactModel.Fact> fact = model.factOfClass(className);
            if (fact.isPresent()) {
                return new RuleProblem(p.file(), at[0], at[1], noField(fact.get(), name));
            }
            Optional<List<String>> values = FactModel.valuesOfClass(className);
            if (values.isPresent()) {
                String kind = className.substring(className.lastIndexOf('.') + 1);
                return new RuleProblem(p.file(), at[0], at[1], kind + " has no value \"" + name + "\""
                        + DidYouMean.phrase(name, values.get()) + "Its values: " + String.join(", ", values.get()));
            }
            return null;
        }
        m = NO_METHOD.matcher(p.message());
        if (m.find()) {
            String type = m.group(3);
            String name = m.group(1);
            Optional<FactModel.Fact> fact = model.fact(type);
            if (fact.isEmpty()) {
                return null;
            }
            List<String> methods = fact.get().declared()
                    ? fact.get().fields().keySet().stream().map(f -> "get" + Character.toUpperCase(f.charAt(0)) + f.substring(1)).toList()
                    : FactModel.methodsOfClass(type);
            int[] at = code.find(p.line(), name);
            return new RuleProblem(p.file(), at[0], at[1], type + " has no method \"" + name + "\""
                    + DidYouMean.phrase(name, methods) + "Its methods: " + String.join(", ", methods));
        }
        Matcher hidden = NOT_VISIBLE.matcher(p.message());
        if (hidden.find()) {
            m = hidden;
            Optional<FactModel.Field> field = model.fact(hidden.group(1)).map(f -> f.fields().get(hidden.group(2)));
            if (field.isEmpty() || field.get().getter() == null) {
                return null;
            }
            int[] at = code.find(p.line(), m.group(2));
            return new RuleProblem(p.file(), at[0], at[1], "in a then part, a fact's field is read with its getter: write "
                    + field.get().getter() + "() for " + m.group(2));
        }
        return null;
    }

    private static String noField(FactModel.Fact fact, String name) {
        Collection<String> fields = fact.fields().keySet();
        if (fact.name().equals(AdviceNumbers.TYPE)) {
            return "there is no number " + name + " in " + AdviceNumbers.FILE + DidYouMean.phrase(name, fields)
                    + "Add it there, or correct its name here. The numbers: " + String.join(", ", fields);
        }
        return fact.name() + " has no field \"" + name + "\"" + DidYouMean.phrase(name, fields) + "Its fields: "
                + String.join(", ", fields);
    }

    /** A rule file's lines, with comments blanked out, to find where a name is. */
    private static final class Code {
        private final String[] lines;

        Code(String text) {
            this.lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                lines[i] = lines[i].replaceFirst("//.*$", "");
            }
        }

        String line(int n) {
            return n >= 1 && n <= lines.length ? lines[n - 1] : "";
        }

        /**
         * {@code {line, column}} of {@code word}: on {@code line} or the lines after it up to the
         * rule's {@code end}, else its first mention in the file; else {@code {line, 0}}.
         */
        int[] find(int line, String word) {
            Pattern mention = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
            if (line >= 1) {
                for (int i = line - 1; i < lines.length; i++) {
                    Matcher m = mention.matcher(lines[i]);
                    if (m.find()) {
                        return new int[] {i + 1, m.start() + 1};
                    }
                    if (i > line - 1 && lines[i].strip().equals("end")) {
                        break;
                    }
                }
            }
            for (int i = 0; i < lines.length; i++) {
                Matcher m = mention.matcher(lines[i]);
                if (m.find()) {
                    return new int[] {i + 1, m.start() + 1};
                }
            }
            return new int[] {Math.max(line, 0), 0};
        }

        /** The fact whose pattern the name at {@code line}, {@code index} is in: {@code Application} in {@code Application( ..., name )}. */
        String patternBefore(int line, int index) {
            for (int i = line - 1, end = index; i >= 0 && i >= line - 10; i--) {
                String before = lines[i].substring(0, Math.min(end, lines[i].length()));
                String last = null;
                Matcher m = PATTERN_START.matcher(before);
                while (m.find()) {
                    last = m.group(1);
                }
                if (last != null) {
                    return last;
                }
                end = i > 0 ? lines[i - 1].length() : 0;
            }
            return null;
        }
    }
}
