package com.followupadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of each kind of mistake a rule author can make, as an edit of the fixture rules: each must be
 * reported as {@code file:line:column message}, at the line of the mistake, by ./check-rules, in
 * the log and in {@code GET /api/v1/rules}.
 */
public enum AuthoringMistake {

    // the parser reports where it gives up: at the `when` after the broken line, naming the rule
    DRL_SYNTAX("keep-searching.drl", "    @advice(\"Keep searching\")",
            "    @advice(\"Keep searching\")\n    salience oops(", 2, "Keep searching"),
    // a field Application no longer has: what the fact model called an open application before 2.0
    UNKNOWN_FACT_FIELD("keep-searching.drl", "Application( outcome == Outcome.OPEN )", "Application( pending )", 0,
            "pending"),
    UNKNOWN_NUMBER("thank-you.drl", "Numbers( $days : thankYouWithinDays )", "Numbers( $days : thankYouWithinDayz )", 0,
            "thankYouWithinDayz"),
    UNKNOWN_TEXT("thank-you.drl", ".title(\"thanks-title\")", ".title(\"thanks-titel\")", 0, "thanks-titel"),
    MISSPELT_TEMPLATE_VALUE("wording/en/wait-title.txt", "Wait for {company}", "Wait for {compnay}", 0, "compnay"),
    BROKEN_TEMPLATE("wording/de/thanks.txt", "{#if personName}", "{#iff personName}", 0, "iff"),
    NUMBER_NOT_A_NUMBER("advice-numbers.properties", "followUpAfterDays = 5 ", "followUpAfterDays = five ", 0, "five"),
    NUMBER_OUT_OF_RANGE("advice-numbers.properties", "followUpAfterDays = 5 ", "followUpAfterDays = 99 ", 0, "99"),
    NUMBER_NO_RULE_USES("advice-numbers.properties", "# Move on this many",
            "extraDays = 3   (1 to 9)\n# Move on this many", 0, "extraDays"),
    URGENCY_ORDER("urgency-order.txt", "MOVE_ON\n", "MOVE_ONN\n", 0, "MOVE_ONN"),
    SCENARIO_NOT_JSON("scenarios/follow-up-again.json", "\"company\": \"Acme\",", "\"company\": \"Acme\",,", 0, "JSON"),
    SCENARIO_NOT_A_STATE("scenarios/follow-up-again.json", "\"company\": \"Acme\",", "\"compnay\": \"Acme\",", 0, "compnay");

    /** The file the mistake is in, relative to the rules folder. */
    public final String file;
    private final String from;
    private final String to;
    /** How many lines after the start of {@code from} the mistake is reported. */
    private final int linesAfter;
    /** A piece of the message that names what is wrong. */
    public final String names;

    AuthoringMistake(String file, String from, String to, int linesAfter, String names) {
        this.file = file;
        this.from = from;
        this.to = to;
        this.linesAfter = linesAfter;
        this.names = names;
    }


    /** Makes the mistake in the rules folder {@code rules}, and returns the line it is on. */
    public int makeIn(Path rules) throws IOException {
        Path path = rules.resolve(file);
        int line = RuleFiles.lineOf(path, from) + linesAfter;
        RuleFiles.edit(path, from, to);
        return line;
    }

    /** Undoes {@link #makeIn} in {@code rules}. */
    public void undoIn(Path rules) throws IOException {
        Path path = rules.resolve(file);
        Files.writeString(path, Files.readString(path).replace(to, from));
    }

    /** The pattern of the problem's line, {@code file:line:column message}, for a mistake on {@code line}. */
    public String reportedAt(int line) {
        return java.util.regex.Pattern.quote(file + ":" + line + ":") + "\\d+ .*" + java.util.regex.Pattern.quote(names) + ".*";
    }
}
