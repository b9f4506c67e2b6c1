package com.followupadvisor.wording;

/**
 * How much text one answer may hold, and one text in it: a template is code a rule author writes,
 * and one that repeats its values (in a branch no scenario takes) turned a 2 KB request into a
 * 121 MB answer. Texts are rendered into this budget and stop as soon as they pass it, so a template
 * can never make more than the budget in memory. A shipped text is a few hundred characters
 * of its own plus the values it names (at most 300 characters each), far below these limits.
 */
public final class TextBudget {

    /** Characters of one title, reason or draft. */
    public static final int MAX_TEXT = 16_000;
    /** Characters of all the texts of one answer: 20 people met, a plan of several steps, two drafts each. */
    public static final int MAX_ANSWER = 1_000_000;

    private long left;

    private TextBudget(long left) {
        this.left = left;
    }

    /** A new budget for one answer. */
    public static TextBudget forAnswer() {
        return new TextBudget(MAX_ANSWER);
    }

    /** The most one more text may have now: the smaller of a text's limit and what the answer has left. */
    int nextTextLimit() {
        return (int) Math.min(MAX_TEXT, left);
    }

    boolean answerNearlySpent() {
        return left < MAX_TEXT;
    }

    void spend(int characters) {
        left -= characters;
    }
}
