package com.followupadvisor.advice;

import com.followupadvisor.advice.Recommendation.DraftRequest;
import com.followupadvisor.state.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule recommends: the action, its window, the reason and the drafts to write. Rules build
 * it in their {@code then} part with the fluent setters below and insert it; the engine records
 * which rule inserted it.
 */
public final class Recommendation {

    private static final String PLACEHOLDER = "{}";

    private final ActionCode action;
    private String title;
    private LocalDate dueFrom;
    private LocalDate dueBy;
    private final List<Channel> channels = new ArrayList<>();
    private String why;
    private String whyText;
    private Object[] whyValues;
    private final List<DraftRequest> drafts = new ArrayList<>();
    private String rule;
    private boolean next;

    private Recommendation(ActionCode action) {
        this.action = action;
    }

    public static Recommendation of(ActionCode action) {
        return new Recommendation(action);
    }

    public Recommendation title(String text) {
        this.title = text;
        return this;
    }

    /** The action is due from {@code from} to {@code by}, both included; either may be null. */
    public Recommendation due(LocalDate from, LocalDate by) {
        this.dueFrom = from;
        this.dueBy = by;
        return this;
    }

    public Recommendation dueFrom(LocalDate from) {
        this.dueFrom = from;
        return this;
    }

    public Recommendation dueBy(LocalDate by) {
        this.dueBy = by;
        return this;
    }

    public Recommendation via(Channel... ways) {
        this.channels.clear();
        this.channels.addAll(List.of(ways));
        return this;
    }

    /**
     * The reason, in plain words. Each {@code {}} takes the next value; dates print as
     * "Monday 2026-11-23".
     */
    public Recommendation why(String text, Object... values) {
        // Written out only when read: the plan's evaluations make reasons that are never shown. A
        // value that could still change (a fact a later rule modifies) is written out now.
        Object[] kept = values.clone();
        for (int i = 0; i < kept.length; i++) {
            if (!isValue(kept[i])) {
                kept[i] = String.valueOf(kept[i]);
            }
        }
        this.whyText = text;
        this.whyValues = kept;
        this.why = null;
        return this;
    }

    /** One draft from {@code template} (a file in rules/templates), to the main contact. */
    public Recommendation draft(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, false));
        return this;
    }

    /** One draft from {@code template} for each person met, each addressed to that person. */
    public Recommendation draftForEachInterviewer(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, true));
        return this;
    }

    /** Marks this as the single most important action now. */
    public void markNext() {
        this.next = true;
    }

    /** Set by the engine: the name of the rule that inserted this recommendation. */
    public void setRule(String ruleName) {
        if (this.rule == null) {
            this.rule = ruleName;
        }
    }

    public ActionCode getAction() {
        return action;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public List<Channel> getChannels() {
        return List.copyOf(channels);
    }

    public String getWhy() {
        if (why == null && whyText != null) {
            why = fill(whyText, whyValues);
        }
        return why;
    }

    private static boolean isValue(Object value) {
        return value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
                || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger
                || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor;
    }

    private static String fill(String text, Object[] values) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        int i = 0;
        for (int at = text.indexOf(PLACEHOLDER); at >= 0; at = text.indexOf(PLACEHOLDER, from)) {
            out.append(text, from, at);
            if (i < values.length) {
                Object value = values[i++];
                out.append(value instanceof LocalDate date ? Dates.describe(date) : String.valueOf(value));
            } else {
                out.append(PLACEHOLDER);
            }
            from = at + PLACEHOLDER.length();
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    public List<DraftRequest> getDrafts() {
        return List.copyOf(drafts);
    }

    public String getRule() {
        return rule;
    }

    public boolean isNext() {
        return next;
    }

    @Override
    public String toString() {
        return action + (dueFrom != null ? " from " + dueFrom : "") + (dueBy != null ? " by " + dueBy : "")
                + (next ? " (next)" : "") + " [" + rule + "]";
    }

    /** A draft a rule asked for: which template, on which channel, and whether one per person met. */
    public record DraftRequest(Channel channel, String template, boolean perInterviewer) {
    }
}
