package com.followupadvisor.rules.folder;

/**
 * At most a few hundred characters of a text that a message quotes: a draft, a rule's exception
 * message, a scenario's expectation. A failing scenario once quoted a whole 7 MB draft in
 * {@code /q/health/ready}, twice in {@code /api/v1/rules}, and in a log line of 1.36 MB; a message
 * needs enough of a text to recognise it, never all of it.
 */
public final class Excerpt {

    /** What a quote keeps of a text. */
    public static final int QUOTE = 300;
    /** The most one problem's or failure's message may hold, quotes and all. */
    public static final int MESSAGE = 2_000;

    private Excerpt() {
    }

    /** {@code text} itself when it has at most {@code max} characters, else its start and how much was left out. */
    public static String of(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
    }
}
