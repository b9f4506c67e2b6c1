package com.followupadvisor.authoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;

/**
 * What differs between two answers to one state, from the answer of the other copy of the rules
 * ("there") to this copy's ("here"), as the changes an impact report groups: {@code next} changes
 * action; a date of {@code next} (same action), of an action in {@code also} or of a plan step moves
 * by some days; {@code also} or the plan gains or loses actions. An action in {@code also} or the
 * plan is matched by its code and its place among those with that code (the second FOLLOW_UP of
 * the plan there with the second here).
 */
final class AnswerChanges {

    /** What kind of change a section of the report holds, in the order the report lists them. */
    enum Kind { FAILS, NEXT, DATE, ACTIONS, OTHER, WORDING }

    private static final List<String> PARTS = List.of("next", "also", "plan");

    /**
     * One section of the report: every state appears in at most one group of a section. For a
     * DATE section, {@code part}, {@code action} (null for next), {@code place} (1 for the first
     * action with that code) and {@code field} name the date; for ACTIONS, {@code part} is also or plan.
     */
    record Section(Kind kind, String part, ActionCode action, int place, String field) {

        static final Comparator<Section> ORDER = Comparator.comparing(Section::kind)
                .thenComparing(s -> s.part == null ? -1 : PARTS.indexOf(s.part))
                .thenComparing(Section::action, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Section::place)
                .thenComparing(s -> "dueBy".equals(s.field)); // dueFrom first

        static Section of(Kind kind) {
            return new Section(kind, null, null, 0, null);
        }

        /** The section's heading, for {@code states} states. */
        String heading(int states) {
            String n = states + (states == 1 ? " state" : " states");
            return switch (kind) {
                case FAILS -> "the rules fail on " + n;
                case NEXT -> "next changes in " + n;
                case DATE -> date() + " moves in " + n;
                case ACTIONS -> part.equals("plan") ? "plan gains or loses a step in " + n
                        : "also (what else applies now) gains or loses an action in " + n;
                case OTHER -> "other changes in " + n;
                case WORDING -> "the same actions and dates, other wording, in " + n;
            };
        }

        private String date() {
            if (action == null) {
                return part + "." + field;
            }
            String nth = switch (place) {
                case 1 -> "";
                case 2 -> "2nd ";
                case 3 -> "3rd ";
                default -> place + "th ";
            };
            return part + " " + nth + action + "." + field;
        }
    }

    /** One change: the section it belongs to and its group there ("WAIT -> FOLLOW_UP", "+1 day"). */
    record Change(Section section, String group) {
    }

    private AnswerChanges() {
    }

    /** The changes of actions and dates from {@code there} to {@code here}; empty when none of those changed. */
    static List<Change> between(Answer there, Answer here) {
        List<Change> changes = new ArrayList<>();
        if (there.next().action() != here.next().action()) {
            changes.add(new Change(Section.of(Kind.NEXT), there.next().action() + " -> " + here.next().action()));
        } else {
            dates(changes, "next", null, 1, there.next(), here.next());
        }
        actions(changes, "also", there.also(), here.also());
        actions(changes, "plan", there.plan(), here.plan());
        if (changes.isEmpty() && !RulesCheck.summary(there).equals(RulesCheck.summary(here))) {
            changes.add(new Change(Section.of(Kind.OTHER), "the order of the actions"));
        }
        return changes;
    }

    /**
     * For two answers with the same actions and dates, what else differs ("why", "why, drafts");
     * null when the answers are the same (the rule set's version and the rules fired aside).
     */
    static String wording(Answer there, Answer here) {
        List<AdvisedAction> a = all(there);
        List<AdvisedAction> b = all(here);
        List<String> differ = new ArrayList<>();
        differs(differ, "title", a, b, AdvisedAction::title);
        differs(differ, "why", a, b, AdvisedAction::why);
        differs(differ, "channels", a, b, AdvisedAction::channels);
        differs(differ, "drafts", a, b, AdvisedAction::drafts);
        differs(differ, "rule", a, b, AdvisedAction::rule);
        return differ.isEmpty() ? null : String.join(", ", differ);
    }

    private static List<AdvisedAction> all(Answer answer) {
        List<AdvisedAction> all = new ArrayList<>();
        all.add(answer.next());
        all.addAll(answer.also());
        all.addAll(answer.plan());
        return all;
    }

    private static void differs(List<String> differ, String name, List<AdvisedAction> a, List<AdvisedAction> b,
            Function<AdvisedAction, Object> part) {
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(part.apply(a.get(i)), part.apply(b.get(i)))) {
                differ.add(name);
                return;
            }
        }
    }

    private static void actions(List<Change> changes, String part, List<AdvisedAction> there, List<AdvisedAction> here) {
        Map<ActionCode, List<AdvisedAction>> before = byCode(there);
        Map<ActionCode, List<AdvisedAction>> after = byCode(here);
        List<String> gains = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        for (ActionCode code : ActionCode.values()) {
            List<AdvisedAction> a = before.getOrDefault(code, List.of());
            List<AdvisedAction> b = after.getOrDefault(code, List.of());
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                dates(changes, part, code, i + 1, a.get(i), b.get(i));
            }
            for (int i = a.size(); i < b.size(); i++) {
                gains.add(code.name());
            }
            for (int i = b.size(); i < a.size(); i++) {
                losses.add(code.name());
            }
        }
        if (!gains.isEmpty() || !losses.isEmpty()) {
            String group = (gains.isEmpty() ? "" : "gains " + String.join(", ", gains))
                    + (gains.isEmpty() || losses.isEmpty() ? "" : "; ")
                    + (losses.isEmpty() ? "" : "loses " + String.join(", ", losses));
            changes.add(new Change(new Section(Kind.ACTIONS, part, null, 0, null), group));
        }
    }

    private static Map<ActionCode, List<AdvisedAction>> byCode(List<AdvisedAction> actions) {
        Map<ActionCode, List<AdvisedAction>> byCode = new EnumMap<>(ActionCode.class);
        for (AdvisedAction a : actions) {
            byCode.computeIfAbsent(a.action(), c -> new ArrayList<>()).add(a);
        }
        return byCode;
    }

    private static void dates(List<Change> changes, String part, ActionCode code, int place, AdvisedAction there,
            AdvisedAction here) {
        date(changes, new Section(Kind.DATE, part, code, place, "dueFrom"), there.dueFrom(), here.dueFrom());
        date(changes, new Section(Kind.DATE, part, code, place, "dueBy"), there.dueBy(), here.dueBy());
    }

    private static void date(List<Change> changes, Section section, LocalDate there, LocalDate here) {
        if (Objects.equals(there, here)) {
            return;
        }
        String group;
        if (there == null) {
            group = "set (was none)";
        } else if (here == null) {
            group = "none (was set)";
        } else {
            long days = ChronoUnit.DAYS.between(there, here);
            group = (days > 0 ? "+" : "") + days + (Math.abs(days) == 1 ? " day" : " days");
        }
        changes.add(new Change(section, group));
    }
}
