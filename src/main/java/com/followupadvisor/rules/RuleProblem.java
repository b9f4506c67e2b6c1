package com.followupadvisor.rules;

/**
 * One thing wrong with the rule files, located as {@code file:line:column message}; one about the
 * set as a whole (no file) is its message alone.
 */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file.isEmpty() ? message : file + ":" + line + ":" + column + " " + message;
    }
}
