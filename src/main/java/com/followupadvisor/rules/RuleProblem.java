package com.followupadvisor.rules;

/** One thing wrong with the rule files, located as {@code file:line:column message}. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + message;
    }
}
