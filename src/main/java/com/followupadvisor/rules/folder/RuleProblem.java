package com.followupadvisor.rules.folder;

/**
 * One thing wrong with the rule files, located as {@code file:line:column message}; one about the
 * set as a whole (no file) is its message alone.
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** A message is cut to {@link Excerpt#MESSAGE} characters: it is shown in health, the rules' page and the log. */
    public RuleProblem {
        message = Excerpt.of(message, Excerpt.MESSAGE);
    }

    @Override
    public String toString() {
        return file.isEmpty() ? message : file + ":" + line + ":" + column + " " + message;
    }
}
