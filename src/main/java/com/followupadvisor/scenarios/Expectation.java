package com.followupadvisor.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.Status;
import com.followupadvisor.rules.folder.Excerpt;
import com.followupadvisor.state.Channel;
import com.followupadvisor.wording.Draft;

/**
 * What a scenario expects of the answer: at least one of {@code next} (then with its
 * {@code action}), {@code also}, {@code plan} and {@code fired}. Whatever the
 * scenario leaves out is null here (an empty list for texts and codes) and is not checked; an
 * {@code Optional.empty()} is the scenario's {@code "none"}: the answer must have no such value.
 */
record Expectation(Action next, Actions also, Actions plan, Fired fired, Map<String, String> status) {

    /** What one action must be: {@code next}, one action of {@code also}, or one step of the plan. */
    record Action(ActionCode action, String id, Optional<LocalDate> dueFrom, Optional<LocalDate> dueBy, Boolean overdue,
            String rule, List<String> titleContains, List<String> whyContains, List<Channel> channels,
            List<Message> drafts) {

        void compare(String where, AdvisedAction actual, Collection<String> rules, List<String> out) {
            same(out, where + ".action", action, actual.action());
            if (id != null) {
                same(out, where + ".id", quoted(id), quoted(actual.id()));
            }
            if (dueFrom != null) {
                same(out, where + ".dueFrom", shown(dueFrom.orElse(null)), shown(actual.dueFrom()));
            }
            if (dueBy != null) {
                same(out, where + ".dueBy", shown(dueBy.orElse(null)), shown(actual.dueBy()));
            }
            if (overdue != null) {
                same(out, where + ".overdue", overdue, actual.overdue());
            }
            if (rule != null && known(out, where + ".rule", rule, rules)) {
                same(out, where + ".rule", quoted(rule), quoted(actual.rule()));
            }
            contains(out, where + ".title", actual.title(), titleContains, true);
            contains(out, where + ".why", actual.why(), whyContains, true);
            if (channels != null) {
                same(out, where + ".channels", channels, actual.channels() == null ? List.of()
                        : actual.channels().stream().map(c -> Channel.valueOf(c.name())).toList());
            }
            if (drafts != null) {
                List<Draft> got = actual.drafts() == null ? List.of() : actual.drafts();
                if (got.size() != drafts.size()) {
                    out.add(where + ".drafts: expected " + count(drafts.size(), "draft") + ", got " + got.size() + " "
                            + got.stream().map(d -> d.channel() + " to " + quoted(d.to())).toList());
                } else {
                    for (int i = 0; i < got.size(); i++) {
                        drafts.get(i).compare(where + ".drafts[" + i + "]", got.get(i), out);
                    }
                }
            }
        }
    }

    /** What one draft must be; {@code to} is {@code Optional.empty()} for "none", a draft to no one named. */
    record Message(Channel channel, Optional<String> to, List<String> subjectContains, List<String> bodyContains,
            List<String> bodyDoesNotContain, String bodyEndsWith) {

        void compare(String where, Draft actual, List<String> out) {
            if (channel != null) {
                same(out, where + ".channel", channel, Channel.valueOf(actual.channel().name()));
            }
            if (to != null) {
                same(out, where + ".to", quoted(to.orElse(null)), quoted(actual.to()));
            }
            contains(out, where + ".subject", actual.subject(), subjectContains, true);
            contains(out, where + ".body", actual.body(), bodyContains, true);
            contains(out, where + ".body", actual.body(), bodyDoesNotContain, false);
            if (bodyEndsWith != null && (actual.body() == null || !actual.body().endsWith(bodyEndsWith))) {
                out.add(where + ".body: expected to end with " + quoted(bodyEndsWith) + ", got " + quoted(actual.body()));
            }
        }
    }

    /**
     * What {@code also} or the plan must hold: codes it has and has not, and, when {@code each} is
     * not null, every one of its actions, in order.
     */
    record Actions(Set<ActionCode> has, Set<ActionCode> hasNot, List<Action> each) {

        void compare(String list, String items, List<AdvisedAction> actual, Collection<String> rules, List<String> out) {
            List<ActionCode> codes = actual.stream().map(AdvisedAction::action).toList();
            for (ActionCode code : has) {
                if (!codes.contains(code)) {
                    out.add(list + ": expected to have " + code + ", got " + codes);
                }
            }
            for (ActionCode code : hasNot) {
                if (codes.contains(code)) {
                    out.add(list + ": expected not to have " + code + ", got " + codes);
                }
            }
            if (each == null) {
                return;
            }
            List<ActionCode> expected = each.stream().map(Action::action).toList();
            if (!expected.equals(codes)) {
                // the steps do not line up, so comparing them one by one would only add noise
                out.add(list + "." + items + ": expected " + expected + ", got " + codes);
                return;
            }
            for (int i = 0; i < each.size(); i++) {
                each.get(i).compare(list + "." + items + "[" + i + "]", actual.get(i), rules, out);
            }
        }
    }

    /** Rules, by name, that must have fired and that must not have. */
    record Fired(List<String> has, List<String> hasNot) {

        void compare(List<String> fired, Collection<String> rules, List<String> out) {
            String got = fired.stream().map(Expectation::quoted).collect(Collectors.joining(", ", "[", "]"));
            for (String rule : has) {
                if (known(out, "fired.has", rule, rules) && !fired.contains(rule)) {
                    out.add("fired: expected to have " + quoted(rule) + ", got " + got);
                }
            }
            for (String rule : hasNot) {
                if (known(out, "fired.hasNot", rule, rules) && fired.contains(rule)) {
                    out.add("fired: expected not to have " + quoted(rule) + ", got " + got);
                }
            }
        }
    }

    /**
     * Every way the answer differs from this expectation, in words; empty when it matches.
     * {@code rules}: the names of the rules that answered, so that a misspelt name is reported
     * rather than, in {@code hasNot}, passing for ever.
     */
    List<String> differences(Answer answer, Collection<String> rules) {
        List<String> out = new ArrayList<>();
        if (next != null) {
            next.compare("next", answer.next(), rules, out);
        }
        also.compare("also", "actions", answer.also(), rules, out);
        plan.compare("plan", "steps", answer.plan(), rules, out);
        fired.compare(answer.fired(), rules, out);
        if (!status.isEmpty()) {
            Status st = answer.status();
            Map<String, Object> got = Map.of("outcome", st.outcome(), "round", String.valueOf(st.round()),
                    "waitingOn", st.waitingOn(), "referenceDate", shown(st.referenceDate()),
                    "nextInterviewAt", st.nextInterviewAt() == null ? "none" : st.nextInterviewAt().toString(),
                    "region", st.region());
            status.forEach((field, expected) -> same(out, "status." + field, expected, got.get(field)));
        }
        return out;
    }

    private static boolean known(List<String> out, String where, String rule, Collection<String> rules) {
        if (rules.contains(rule)) {
            return true;
        }
        out.add(where + ": there is no rule named " + quoted(rule) + "; check its spelling against the coverage table");
        return false;
    }

    private static void same(List<String> out, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            out.add(what + ": expected " + Excerpt.of(String.valueOf(expected), Excerpt.QUOTE) + ", got "
                    + Excerpt.of(String.valueOf(actual), Excerpt.QUOTE));
        }
    }

    private static void contains(List<String> out, String what, String actual, List<String> texts, boolean wanted) {
        for (String text : texts) {
            if ((actual != null && actual.contains(text)) != wanted) {
                out.add(what + ": expected " + (wanted ? "to contain " : "not to contain ") + quoted(text) + ", got "
                        + quoted(actual));
            }
        }
    }

    private static String shown(LocalDate date) {
        return date == null ? "none" : date.toString();
    }

    /** A text on one line, in quotes, at most {@link Excerpt#QUOTE} characters of it; "none" for no text. */
    static String quoted(String text) {
        return text == null ? "none" : "\"" + Excerpt.of(text, Excerpt.QUOTE).replace("\n", "\\n") + "\"";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
