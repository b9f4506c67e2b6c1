package com.followupadvisor.authoring.accept;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.Status;
import com.followupadvisor.authoring.accept.JsonText.Edit;
import com.followupadvisor.authoring.accept.JsonText.Value;
import com.followupadvisor.rules.folder.Excerpt;
import com.followupadvisor.wording.Draft;

/**
 * A scenario's expectation rewritten to what the rules now answer: only the fields it already
 * states, each to the answer's value, in place, so that the rest of the file stays as it was. A
 * text it looks for that the answer no longer has is replaced by the part of the new text most
 * like it, or dropped when nothing is; a code or rule name a list expects that is no longer there
 * is dropped. {@link #changes()} says what changed, old to new, one line each.
 */
final class ScenarioRewrite {

    /** One value that changed: where ("next.dueFrom"), and from what to what (null: none). */
    record Changed(String where, String old, String now) {
    }

    private final JsonText json;
    private final Collection<String> ruleNames;
    private final List<Edit> edits = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<Changed> changed = new ArrayList<>();

    private ScenarioRewrite(String text, Collection<String> ruleNames) {
        this.json = new JsonText(text);
        this.ruleNames = ruleNames;
    }

    /** The scenario {@code text}, a valid scenario, rewritten to expect {@code answer}. */
    static ScenarioRewrite of(String text, Answer answer, Collection<String> ruleNames) {
        ScenarioRewrite rewrite = new ScenarioRewrite(text, ruleNames);
        rewrite.expect(rewrite.json.root.field("expect"), answer);
        return rewrite;
    }

    /** The new text of the file; the old one when nothing changed. */
    String text() {
        return json.apply(edits);
    }

    /** What changed, one line each: {@code next.dueFrom: "2026-11-18" -> "2026-11-19"}. */
    List<String> changes() {
        return changes;
    }

    /** The values that changed, for {@link Misnamed}. */
    List<Changed> changed() {
        return changed;
    }

    private void expect(Value expect, Answer answer) {
        Value next = expect.field("next");
        if (next != null && next.isObject()) {
            action("next", next, answer.next(), edits);
        }
        Value also = expect.field("also");
        if (also != null && also.isObject()) {
            actions("also", "actions", also, answer.also());
        }
        Value plan = expect.field("plan");
        if (plan != null && plan.isObject()) {
            actions("plan", "steps", plan, answer.plan());
        }
        Value fired = expect.field("fired");
        if (fired != null && fired.isObject()) {
            fired(fired, answer.fired());
        }
        Value status = expect.field("status");
        if (status != null && status.isObject() && answer.status() != null) {
            status(status, answer.status());
        }
    }

    /** One action ({@code next}, an action of also, a step of the plan): each field it states. */
    private void action(String where, Value action, AdvisedAction actual, List<Edit> into) {
        scalar(where + ".action", action, "action", actual.action().name(), into);
        optional(where + ".id", action, "id", actual.id(), into);
        date(where + ".dueFrom", action, "dueFrom", actual.dueFrom(), into);
        date(where + ".dueBy", action, "dueBy", actual.dueBy(), into);
        Value overdue = action.field("overdue");
        if (overdue != null && json.node(overdue).asBoolean() != actual.overdue()) {
            into.add(JsonText.replace(overdue, String.valueOf(actual.overdue())));
            note(where + ".overdue", json.source(overdue), String.valueOf(actual.overdue()));
        }
        optional(where + ".rule", action, "rule", actual.rule(), into);
        texts(where + ".titleContains", action, "titleContains", actual.title(), into);
        texts(where + ".whyContains", action, "whyContains", actual.why(), into);
        Value channels = action.field("channels");
        if (channels != null && channels.isArray()) {
            List<String> now = actual.channels() == null ? List.of()
                    : actual.channels().stream().map(c -> c.name()).toList();
            List<String> was = strings(channels);
            if (!was.equals(now)) {
                into.add(JsonText.replace(channels, json.array(channels, now.stream().map(JsonText::quote).toList())));
                note(where + ".channels", was.toString(), now.toString());
            }
        }
        Value drafts = action.field("drafts");
        if (drafts != null && drafts.isArray()) {
            List<Draft> got = actual.drafts() == null ? List.of() : actual.drafts();
            if (got.size() == drafts.items.size()) {
                for (int i = 0; i < got.size(); i++) {
                    if (drafts.items.get(i).isObject()) {
                        draft(where + ".drafts[" + i + "]", drafts.items.get(i), got.get(i), into);
                    }
                }
            } else {
                // the drafts do not line up: one item per draft, with what surely identifies it
                List<String> items = new ArrayList<>();
                for (Draft d : got) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("channel", JsonText.quote(d.channel().name()));
                    fields.put("to", JsonText.quote(d.to() == null ? "none" : d.to()));
                    items.add(json.object(drafts, fields));
                }
                into.add(JsonText.replace(drafts, json.array(drafts, items)));
                note(where + ".drafts", drafts.items.size() + " drafts", got.size() + " drafts "
                        + got.stream().map(d -> d.channel() + " to " + (d.to() == null ? "none" : d.to())).toList()
                        + " (what the old ones checked in their texts is not carried over)");
            }
        }
    }

    private void draft(String where, Value draft, Draft actual, List<Edit> into) {
        scalar(where + ".channel", draft, "channel", actual.channel().name(), into);
        Value to = draft.field("to");
        if (to != null) {
            scalar(where + ".to", draft, "to", actual.to() == null ? "none" : actual.to(), into);
        }
        texts(where + ".subjectContains", draft, "subjectContains", actual.subject(), into);
        texts(where + ".bodyContains", draft, "bodyContains", actual.body(), into);
        Value notContained = draft.field("bodyDoesNotContain");
        if (notContained != null && notContained.isArray()) {
            List<String> keep = new ArrayList<>();
            for (String text : strings(notContained)) {
                if (actual.body() != null && actual.body().contains(text)) {
                    changes.add(where + ".bodyDoesNotContain: dropped " + shown(text) + " (the body now says it)");
                } else {
                    keep.add(text);
                }
            }
            list(draft, "bodyDoesNotContain", notContained, keep, into);
        }
        Value endsWith = draft.field("bodyEndsWith");
        if (endsWith != null) {
            String was = json.node(endsWith).asText();
            String body = actual.body();
            if (body == null || body.isEmpty()) {
                into.add(JsonText.remove(draft, "bodyEndsWith"));
                changes.add(where + ".bodyEndsWith: dropped " + shown(was) + " (the draft has no body)");
            } else if (!body.endsWith(was)) {
                String now = Fragments.ending(body, was.length());
                into.add(JsonText.replace(endsWith, JsonText.quote(now)));
                note(where + ".bodyEndsWith", shown(was), shown(now));
            }
        }
    }

    /** {@code also} or the plan: its {@code has}, {@code hasNot} and its list of every action. */
    private void actions(String where, String itemsName, Value part, List<AdvisedAction> actual) {
        List<String> codes = actual.stream().map(a -> a.action().name()).toList();
        Value has = part.field("has");
        Value hasNot = part.field("hasNot");
        List<String> not = hasNot != null && hasNot.isArray() ? strings(hasNot) : List.of();
        if (has != null && has.isArray()) {
            List<String> was = strings(has);
            List<String> keep = was.stream().filter(codes::contains).toList();
            if (keep.size() < was.size()) {
                List<String> now = keep.isEmpty()
                        ? new ArrayList<>(new LinkedHashSet<>(codes.stream().filter(c -> !not.contains(c)).toList()))
                        : keep;
                edits.add(JsonText.replace(has, json.array(has, now.stream().map(JsonText::quote).toList())));
                note(where + ".has", was.toString(), now.toString());
                lost(where, was, now);
            }
        }
        if (hasNot != null && hasNot.isArray()) {
            List<String> keep = not.stream().filter(c -> !codes.contains(c)).toList();
            if (keep.size() < not.size()) {
                not.stream().filter(codes::contains).forEach(c -> changes.add(where + ".hasNot: dropped " + c + " (" + where
                        + " now has it)"));
                list(part, "hasNot", hasNot, keep, edits);
            }
        }
        Value each = part.field(itemsName);
        if (each == null || !each.isArray()) {
            return;
        }
        List<String> was = each.items.stream().map(i -> i.isObject() && i.field("action") != null
                ? json.node(i.field("action")).asText() : "?").toList();
        if (was.equals(codes)) {
            for (int i = 0; i < codes.size(); i++) {
                action(where + "." + itemsName + "[" + i + "]", each.items.get(i), actual.get(i), edits);
            }
            return;
        }
        // other actions: each of the new ones from the old one with its code and place among those
        // with that code (the second FOLLOW_UP from the second), or new, with the dates the old ones checked
        note(where + "." + itemsName, was.toString(), codes.toString());
        lost(where, was, codes);
        boolean from = each.items.stream().anyMatch(i -> i.isObject() && i.field("dueFrom") != null);
        boolean by = each.items.stream().anyMatch(i -> i.isObject() && i.field("dueBy") != null);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            AdvisedAction a = actual.get(i);
            int place = (int) codes.subList(0, i).stream().filter(a.action().name()::equals).count();
            Value old = nth(each, was, a.action().name(), place);
            if (old != null) {
                List<Edit> inside = new ArrayList<>();
                action(where + "." + itemsName + "[" + i + "]", old, a, inside);
                items.add(json.apply(old.start, old.end, inside));
            } else {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("action", JsonText.quote(a.action().name()));
                if (from) {
                    fields.put("dueFrom", JsonText.quote(a.dueFrom() == null ? "none" : a.dueFrom().toString()));
                }
                if (by) {
                    fields.put("dueBy", JsonText.quote(a.dueBy() == null ? "none" : a.dueBy().toString()));
                }
                items.add(json.object(each, fields));
            }
        }
        edits.add(JsonText.replace(each, json.array(each, items)));
    }

    private static Value nth(Value list, List<String> codes, String code, int place) {
        int seen = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).equals(code) && seen++ == place) {
                return list.items.get(i);
            }
        }
        return null;
    }

    /** The codes of a list that it no longer has, for {@link Misnamed}. */
    private void lost(String where, List<String> was, List<String> now) {
        was.stream().distinct().filter(c -> !now.contains(c)).forEach(c -> changed.add(new Changed(where, c, null)));
    }

    private void fired(Value fired, List<String> actual) {
        Value has = fired.field("has");
        if (has != null && has.isArray()) {
            List<String> keep = new ArrayList<>();
            for (String rule : strings(has)) {
                if (!ruleNames.contains(rule)) {
                    changes.add("fired.has: dropped " + shown(rule) + " (no rule has that name)");
                } else if (!actual.contains(rule)) {
                    changes.add("fired.has: dropped " + shown(rule) + " (it no longer fires)");
                } else {
                    keep.add(rule);
                }
            }
            list(fired, "has", has, keep, edits);
        }
        Value hasNot = fired.field("hasNot");
        if (hasNot != null && hasNot.isArray()) {
            List<String> keep = new ArrayList<>();
            for (String rule : strings(hasNot)) {
                if (!ruleNames.contains(rule)) {
                    changes.add("fired.hasNot: dropped " + shown(rule) + " (no rule has that name)");
                } else if (actual.contains(rule)) {
                    changes.add("fired.hasNot: dropped " + shown(rule) + " (it fires now)");
                } else {
                    keep.add(rule);
                }
            }
            list(fired, "hasNot", hasNot, keep, edits);
        }
    }

    private void status(Value status, Status actual) {
        Map<String, String> got = new LinkedHashMap<>();
        got.put("outcome", actual.outcome());
        got.put("round", String.valueOf(actual.round()));
        got.put("waitingOn", actual.waitingOn());
        got.put("referenceDate", actual.referenceDate() == null ? "none" : actual.referenceDate().toString());
        got.put("nextInterviewAt", actual.nextInterviewAt() == null ? "none" : actual.nextInterviewAt().toString());
        got.put("region", actual.region());
        for (Map.Entry<String, Value> field : status.fields.entrySet()) {
            JsonNode node = json.node(field.getValue());
            String was = node.isNull() ? "none" : node.asText();
            String now = got.get(field.getKey());
            if (now == null || was.equals(now)) {
                continue;
            }
            String written = node.isNumber() && now.matches("-?\\d+") ? now
                    : node.isNull() && now.equals("none") ? "null" : JsonText.quote(now);
            edits.add(JsonText.replace(field.getValue(), written));
            note("status." + field.getKey(), was, now);
        }
    }

    /** A text field ({@code id}, {@code rule}) the answer may lack: then it is dropped. */
    private void optional(String where, Value object, String name, String actual, List<Edit> into) {
        Value value = object.field(name);
        if (value == null) {
            return;
        }
        if (actual == null) {
            into.add(JsonText.remove(object, name));
            changes.add(where + ": dropped " + json.source(value) + " (the answer has none)");
        } else {
            scalar(where, object, name, actual, into);
        }
    }

    private void date(String where, Value object, String name, LocalDate actual, List<Edit> into) {
        scalar(where, object, name, actual == null ? "none" : actual.toString(), into);
    }

    /** A text field, replaced by {@code actual} when it says something else. */
    private void scalar(String where, Value object, String name, String actual, List<Edit> into) {
        Value value = object.field(name);
        if (value == null) {
            return;
        }
        String was = json.node(value).asText();
        if (!was.equals(actual)) {
            into.add(JsonText.replace(value, JsonText.quote(actual)));
            note(where, was, actual);
        }
    }

    /** Texts to look for in {@code actual}: each it lacks replaced by the part most like it, or dropped. */
    private void texts(String where, Value object, String name, String actual, List<Edit> into) {
        Value list = object.field(name);
        if (list == null || !list.isArray()) {
            return;
        }
        List<String> was = strings(list);
        List<String> now = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            String text = was.get(i);
            if (actual != null && actual.contains(text)) {
                now.add(text);
                continue;
            }
            List<String> others = new ArrayList<>(now);
            others.addAll(was.subList(i + 1, was.size()).stream().filter(o -> actual != null && actual.contains(o)).toList());
            String like = actual == null ? null : Fragments.mostLike(text, actual, others);
            if (like == null) {
                changes.add(where + "[" + i + "]: dropped " + shown(text) + " (the new text has nothing like it that the"
                        + " other items do not check already: " + shown(actual) + ")");
            } else {
                now.add(like);
                changes.add(where + "[" + i + "]: " + shown(text) + " -> " + shown(like));
            }
        }
        if (!now.equals(was)) {
            list(object, name, list, now, into);
        }
    }

    /** Writes the texts {@code now} into the list {@code list}, the field {@code name}; removes the field when none are left. */
    private void list(Value object, String name, Value list, List<String> now, List<Edit> into) {
        if (now.equals(strings(list))) {
            return;
        }
        into.add(now.isEmpty() ? JsonText.remove(object, name)
                : JsonText.replace(list, json.array(list, now.stream().map(JsonText::quote).toList())));
    }

    private List<String> strings(Value list) {
        List<String> out = new ArrayList<>();
        for (Value item : list.items) {
            out.add(json.node(item).asText());
        }
        return out;
    }

    private void note(String where, String old, String now) {
        changes.add(where + ": " + old + " -> " + now);
        if (!Objects.equals(old, now)) {
            changed.add(new Changed(where, old, now));
        }
    }

    /** A text on one line, in quotes, shortened when long. */
    static String shown(String text) {
        return text == null ? "none" : "\"" + Excerpt.of(text, 120).replace("\n", "\\n") + "\"";
    }
}
