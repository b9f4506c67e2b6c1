package com.followupadvisor.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.followupadvisor.advice.Recommendation.DraftRequest;
import com.followupadvisor.state.Channel;


/**
 * What a rule recommends: the action, its window, the reason and the drafts to write. Rules build
 * it in their {@code then} part with the fluent setters below and insert it; the engine records
 * which rule inserted it ({@link #setRule}). The reason's text is written by {@link Reason}.
 */
public final class Recommendation {

    private final ActionCode action;
    private String title;
    private LocalDate dueFrom;
    private LocalDate dueBy;
    private final List<Channel> channels = new ArrayList<>();
    private Reason why;
    private final List<DraftRequest> drafts = new ArrayList<>();
    private String rule;

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
        this.why = new Reason(text, values);
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
        return why == null ? null : why.text();
    }

    public List<DraftRequest> getDrafts() {
        return List.copyOf(drafts);
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return action + (dueFrom != null ? " from " + dueFrom : "") + (dueBy != null ? " by " + dueBy : "")
                + " [" + rule + "]";
    }

    /** A draft a rule asked for: which template, on which channel, and whether one per person met. */
    public record DraftRequest(Channel channel, String template, boolean perInterviewer) {
    }
}
