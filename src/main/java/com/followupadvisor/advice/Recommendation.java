package com.followupadvisor.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.followupadvisor.advice.Recommendation.DraftRequest;

/**
 * What a rule recommends: the action, its window, the names of its title, reason and drafts
 * (templates in {@code rules/wording/<language>/}) and the named values they fill in. Rules build
 * it in their {@code then} part with the fluent setters below and insert it; the engine records
 * which rule inserted it ({@link #setRule}), and the service writes the words in the request's
 * language.
 */
public final class Recommendation {

    private final ActionCode action;
    private String title;
    private String why;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private LocalDate dueFrom;
    private LocalDate dueBy;
    private final List<Channel> channels = new ArrayList<>();
    private final List<DraftRequest> drafts = new ArrayList<>();
    private String rule;
    private boolean countsAsFollowUp;
    private String purpose;
    private Subject subject;
    private int occurrence;

    private Recommendation(ActionCode action) {
        this.action = action;
    }

    public static Recommendation of(ActionCode action) {
        return new Recommendation(action);
    }

    /** The title: the name of its text, {@code rules/wording/<language>/<name>.txt}. */
    public Recommendation title(String textName) {
        this.title = textName;
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

    /** The reason, in plain words: the name of its text, {@code rules/wording/<language>/<name>.txt}. */
    public Recommendation why(String textName) {
        this.why = textName;
        return this;
    }

    /**
     * A value the title, the reason and the drafts can use as {@code {name}}: a number, a date, a
     * word, or another {@link Text}, which is written out first.
     */
    public Recommendation with(String valueName, Object value) {
        values.put(valueName, value);
        return this;
    }

    /**
     * What the action is about (an interview, an employer's message, another offer, news for a
     * referrer): it names the step ({@code reply-3}) and says whom the drafts go to.
     */
    public Recommendation about(Subject what) {
        this.subject = what;
        this.occurrence = what.getNumber();
        return this;
    }

    /** Which occurrence of its action this is, from 1, for an action about no fact: the 2nd follow-up. */
    public Recommendation occurrence(int number) {
        this.occurrence = number;
        return this;
    }

    /**
     * One draft from {@code template} (a text in rules/wording/<language>/): to the one who wrote
     * the message it is about, else to the main contact.
     */
    public Recommendation draft(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, false, false));
        return this;
    }

    /**
     * One draft from {@code template} for each person concerned (each person met at the interview
     * it is about and not yet thanked; each referrer), each addressed to that person.
     */
    public Recommendation draftForEachPerson(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, true, false));
        return this;
    }

    /**
     * One draft from {@code template} to nobody named: a message for people the application does not
     * list (the other employers, after accepting this one).
     */
    public Recommendation draftUnaddressed(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, false, true));
        return this;
    }

    /**
     * This message also does the follow-up's work (a late thank-you note that asks where things
     * stand): the plan counts it as a follow-up made when it is sent.
     */
    public Recommendation countAsFollowUp() {
        this.countsAsFollowUp = true;
        return this;
    }

    public boolean isCountsAsFollowUp() {
        return countsAsFollowUp;
    }

    /**
     * What a more urgent message to the same person says for this action when it goes in that
     * message instead (one message a day to one person): a text in rules/wording/<language>/,
     * written with this recommendation's values. Without one, this action's draft to that person
     * is dropped and nothing is carried.
     */
    public Recommendation purpose(String template) {
        this.purpose = template;
        return this;
    }

    /** The name of the text a more urgent message carries for this action, or null. */
    public String getPurpose() {
        return purpose;
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

    /** The name of the reason's text. */
    public String getWhy() {
        return why;
    }

    /** The named values of the title, reason and drafts, in the order the rule gave them. */
    public Map<String, Object> getValues() {
        return Collections.unmodifiableMap(values);
    }

    public List<DraftRequest> getDrafts() {
        return List.copyOf(drafts);
    }

    public String getRule() {
        return rule;
    }

    /** What it is about, or null. */
    public Subject getSubject() {
        return subject;
    }

    /** Its step's name, the part of the action id after the application's: {@code follow-up-2}. */
    public String getStep() {
        return action.stepName() + (occurrence > 0 ? "-" + occurrence : "");
    }

    @Override
    public String toString() {
        return action + (dueFrom != null ? " from " + dueFrom : "") + (dueBy != null ? " by " + dueBy : "")
                + " [" + rule + "]";
    }

    /** A draft a rule asked for: which template, on which channel, and whether one per person concerned. */
    public record DraftRequest(Channel channel, String template, boolean perPerson, boolean unaddressed) {
    }
}
