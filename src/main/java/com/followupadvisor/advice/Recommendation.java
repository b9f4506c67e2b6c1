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
@Means("A piece of advice a rule records: Recommendation.of(ActionCode.X) and what follows.")
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

    @Means("a recommendation of this action")
    public static Recommendation of(ActionCode action) {
        return new Recommendation(action);
    }

    /** The title: the name of its text, {@code rules/wording/<language>/<name>.txt}. */
    @Means("the name of its title's text: wording/en/NAME.txt, and the same name in each other language")
    public Recommendation title(String textName) {
        this.title = textName;
        return this;
    }

    /** The action is due from {@code from} to {@code by}, both included; either may be null. */
    @Means("the dates it is due from and by, both included; either may be null")
    public Recommendation due(LocalDate from, LocalDate by) {
        this.dueFrom = from;
        this.dueBy = by;
        return this;
    }

    @Means("the date it is due from")
    public Recommendation dueFrom(LocalDate from) {
        this.dueFrom = from;
        return this;
    }

    @Means("the date it is due by")
    public Recommendation dueBy(LocalDate by) {
        this.dueBy = by;
        return this;
    }

    @Means("the channels to do it by, in order")
    public Recommendation via(Channel... ways) {
        this.channels.clear();
        this.channels.addAll(List.of(ways));
        return this;
    }

    /** The reason, in plain words: the name of its text, {@code rules/wording/<language>/<name>.txt}. */
    @Means("the name of its reason's text")
    public Recommendation why(String textName) {
        this.why = textName;
        return this;
    }

    /**
     * A value the title, the reason and the drafts can use as {@code {name}}: a number, a date, a
     * word, or another {@link Text}, which is written out first.
     */
    @Means("a value its texts use as {name}")
    public Recommendation with(String valueName, Object value) {
        values.put(valueName, value);
        return this;
    }

    /**
     * What the action is about (an interview, an employer's message, another offer, news for a
     * referrer): it names the step ({@code reply-3}) and says whom the drafts go to.
     */
    @Means("the interview, message, other offer or news it is about: it numbers the step and says whom the drafts go to")
    public Recommendation about(Subject what) {
        this.subject = what;
        this.occurrence = what.getNumber();
        return this;
    }

    /** Which occurrence of its action this is, from 1, for an action about no fact: the 2nd follow-up. */
    @Means("the step's number for an action about no fact: the 2nd follow-up")
    public Recommendation occurrence(int number) {
        this.occurrence = number;
        return this;
    }

    /**
     * One draft from {@code template} (a text in rules/wording/<language>/): to the one who wrote
     * the message it is about, else to the main contact.
     */
    @Means("one draft, to whoever wrote the message it is about, else to the main contact")
    public Recommendation draft(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, false, false));
        return this;
    }

    /**
     * One draft from {@code template} for each person concerned (each person met at the interview
     * it is about and not yet thanked; each referrer), each addressed to that person.
     */
    @Means("one draft for each person concerned (each person met and not yet thanked, each referrer)")
    public Recommendation draftForEachPerson(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, true, false));
        return this;
    }

    /**
     * One draft from {@code template} to nobody named: a message for people the application does not
     * list (the other employers, after accepting this one).
     */
    @Means("one draft to nobody named")
    public Recommendation draftUnaddressed(Channel channel, String template) {
        drafts.add(new DraftRequest(channel, template, false, true));
        return this;
    }

    /**
     * This message also does the follow-up's work (a late thank-you note that asks where things
     * stand): the plan counts it as a follow-up made when it is sent.
     */
    @Means("doing it counts as a follow-up")
    public Recommendation countAsFollowUp() {
        this.countsAsFollowUp = true;
        return this;
    }

    @Means("doing it counts as a follow-up")
    public boolean isCountsAsFollowUp() {
        return countsAsFollowUp;
    }

    /**
     * What a more urgent message to the same person says for this action when it goes in that
     * message instead (one message a day to one person): a text in rules/wording/<language>/,
     * written with this recommendation's values. Without one, this action's draft to that person
     * is dropped and nothing is carried.
     */
    @Means("what a more urgent message to the same person says for this action instead, on a day both are due")
    public Recommendation purpose(String template) {
        this.purpose = template;
        return this;
    }

    /** The name of the text a more urgent message carries for this action, or null. */
    @Means("the name of the text a more urgent message carries for it, or null")
    public String getPurpose() {
        return purpose;
    }

    /** Set by the engine: the name of the rule that inserted this recommendation. */
    public void setRule(String ruleName) {
        if (this.rule == null) {
            this.rule = ruleName;
        }
    }

    @Means("its action code")
    public ActionCode getAction() {
        return action;
    }

    @Means("the name of its title's text")
    public String getTitle() {
        return title;
    }

    @Means("the date it is due from, or null")
    public LocalDate getDueFrom() {
        return dueFrom;
    }

    @Means("the date it is due by, or null")
    public LocalDate getDueBy() {
        return dueBy;
    }

    @Means("the channels to do it by")
    public List<Channel> getChannels() {
        return List.copyOf(channels);
    }

    /** The name of the reason's text. */
    @Means("the name of its reason's text")
    public String getWhy() {
        return why;
    }

    /** The named values of the title, reason and drafts, in the order the rule gave them. */
    @Means("the values its texts use")
    public Map<String, Object> getValues() {
        return Collections.unmodifiableMap(values);
    }

    @Means("the drafts asked for")
    public List<DraftRequest> getDrafts() {
        return List.copyOf(drafts);
    }

    @Means("the rule that recorded it")
    public String getRule() {
        return rule;
    }

    /** What it is about, or null. */
    @Means("what it is about, or null")
    public Subject getSubject() {
        return subject;
    }

    /** Its step's name, the part of the action id after the application's: {@code follow-up-2}. */
    @Means("its step's name: follow-up-2")
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
