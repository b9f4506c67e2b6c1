package com.followupadvisor.api.mcp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.Status;
import com.followupadvisor.api.RulesResource;
import com.followupadvisor.rules.engine.Explanation;
import com.followupadvisor.http.Problem;
import com.followupadvisor.wording.Draft;

/**
 * The short texts a model reads first: an answer, an explanation, the rules, a bad history. Made of
 * what the answer holds (codes, dates, the rules' own titles, reasons and descriptions) and nothing
 * else: the advice is the rules', these only lay it out. The joining words are English whatever the
 * answer's language; the titles, reasons and drafts are in the answer's.
 */
final class Summaries {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    /** A value an explanation gives as the type of a whole fact ("Application"), not as a value a rule read. */
    private static final Pattern FACT_TYPE = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]*)*");

    private Summaries() {
    }

    static String nextAction(String company, Answer a) {
        StringBuilder out = new StringBuilder();
        Status s = a.status();
        out.append(company).append(", as of ").append(MOMENT.format(a.asOf())).append(" (").append(a.zone().getId())
                .append("): ").append(s.outcome()).append(", round ").append(s.round()).append(", waiting on ")
                .append(s.waitingOn());
        if (s.referenceDate() != null) {
            out.append("; the employer should have answered by ").append(s.referenceDate());
        }
        if (s.nextInterviewAt() != null) {
            out.append("; next interview ").append(MOMENT.format(s.nextInterviewAt()));
        }
        out.append(".\nNext: ").append(action(a.next(), true)).append('\n');
        if (!a.also().isEmpty()) {
            out.append("Also now: ").append(a.also().stream().map(x -> action(x, true)).collect(Collectors.joining("; ")))
                    .append('\n');
        }
        if (!a.plan().isEmpty()) {
            out.append("Then, if nothing is heard: ")
                    .append(a.plan().stream().map(x -> action(x, false)).collect(Collectors.joining("; "))).append('\n');
        }
        out.append("Each action's reason (why) and the drafts' full text are in the JSON answer.");
        return out.toString();
    }

    private static String action(AdvisedAction x, boolean withTitle) {
        StringBuilder out = new StringBuilder(x.action().name());
        if (withTitle) {
            out.append(" \"").append(x.title()).append('"');
        }
        String due = due(x.dueFrom(), x.dueBy());
        if (!due.isEmpty()) {
            out.append(", ").append(due);
        }
        if (x.overdue()) {
            out.append(" (overdue)");
        }
        if (withTitle && x.id() != null) {
            out.append(" [id ").append(x.id()).append(']');
        }
        List<Draft> drafts = x.drafts() == null ? List.of() : x.drafts();
        if (withTitle && !drafts.isEmpty()) {
            out.append(", drafts: ").append(drafts.stream()
                    .map(d -> d.channel() + (d.to() == null ? "" : " to " + d.to())).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    private static String due(LocalDate from, LocalDate by) {
        if (from != null && by != null) {
            return from.equals(by) ? "due " + by : "due " + from + " to " + by;
        }
        return from != null ? "from " + from : by != null ? "by " + by : "";
    }

    static String explanation(Answer a, List<RulesResource.Rule> rules) {
        Map<String, RulesResource.Rule> byName = rules.stream()
                .collect(Collectors.toMap(RulesResource.Rule::name, r -> r, (x, y) -> x));
        StringBuilder out = new StringBuilder("Rules version ").append(a.rulesVersion())
                .append(". The rules that fired for this history, in the order they fired:\n");
        int n = 1;
        for (Explanation e : a.explanations()) {
            RulesResource.Rule rule = byName.get(e.rule());
            out.append(n++).append(". ").append(e.rule());
            if (rule != null) {
                out.append(" (").append(rule.advice()).append("; ").append(rule.file()).append(':').append(rule.line())
                        .append(")\n   ").append(rule.description());
            }
            String values = e.values().entrySet().stream()
                    .filter(v -> v.getValue() != null && !(v.getValue() instanceof String t && FACT_TYPE.matcher(t).matches()))
                    .map(v -> v.getKey().replaceFirst("^\\$", "") + " = " + v.getValue())
                    .collect(Collectors.joining(", "));
            if (!values.isEmpty()) {
                out.append("\n   It used: ").append(values).append('.');
            }
            out.append('\n');
        }
        out.append("\nThe actions, the rule that gave each, and why:\n");
        why(out, "Next", List.of(a.next()));
        why(out, "Also now", a.also());
        why(out, "Planned", a.plan());
        return out.toString().stripTrailing();
    }

    private static void why(StringBuilder out, String when, List<AdvisedAction> actions) {
        for (AdvisedAction x : actions) {
            out.append("- ").append(when).append(", ").append(x.action());
            String due = due(x.dueFrom(), x.dueBy());
            if (!due.isEmpty()) {
                out.append(' ').append(due);
            }
            out.append(" (rule \"").append(x.rule()).append("\"): ").append(x.why()).append('\n');
        }
    }

    static String rules(RulesResource.Catalogue catalogue) {
        StringBuilder out = new StringBuilder("Rules version ").append(catalogue.version()).append(", loaded ")
                .append(catalogue.loadedAt()).append(": ").append(catalogue.rules().size()).append(" rules.\n");
        for (RulesResource.Rule r : catalogue.rules()) {
            out.append("- ").append(r.name()).append(" [").append(r.advice()).append("; ").append(r.file()).append(':')
                    .append(r.line()).append("; fired in ").append(r.fired()).append(r.fired() == 1 ? " answer" : " answers")
                    .append("]: ").append(r.description()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** A failed call's problem in words: for a bad history, every bad field by its path. */
    static String problem(Problem p) {
        StringBuilder out = new StringBuilder(p.title()).append(": ").append(p.detail());
        if (p.errors() != null && !p.errors().isEmpty()) {
            out.append("\nCorrect these fields and call again:");
            p.errors().forEach(f -> out.append("\n- ").append(f.field()).append(": ").append(f.message()));
        }
        return out.toString();
    }
}
