package com.followupadvisor.rules.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.runtime.rule.ConsequenceException;

import com.followupadvisor.rules.sandbox.RuleCode;

/**
 * A rule threw on a state: in its then part, or in a condition. The message names the rule, with
 * its file and line, and the cause (its type and message, cut short), so that a rule author can act
 * on the log line alone; the request gets a 503 problem, never a 500.
 */
public class RuleErrorException extends RulesFailedException {

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int MOST = 200;

    private RuleErrorException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    static RuleErrorException of(RuntimeException e, RuleSet rules, RuleCode code) {
        Throwable root = root(e);
        String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + cut(root.getMessage()));
        if (e instanceof ConsequenceException consequence && consequence.getMatch() != null) {
            String rule = consequence.getMatch().getRule().getName();
            return new RuleErrorException("The then part of " + described(rule, rules) + " failed on this state: " + cause, e);
        }
        Set<String> named = new LinkedHashSet<>();
        Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        while (m.find()) {
            named.add(m.group(1));
        }
        if (!named.isEmpty()) {
            return new RuleErrorException("A condition of " + String.join(" or ", named.stream().map(r -> described(r, rules)).toList())
                    + " failed on this state: " + cause, e);
        }
        java.util.List<RuleCode.Origin> where = code == null ? java.util.List.of() : code.whereIn(root.getStackTrace());
        return new RuleErrorException("The rules failed on this state"
                + (where.isEmpty() ? "" : ", in " + where.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", called from ")))
                + ": " + cause, e);
    }

    private static String described(String rule, RuleSet rules) {
        return RuleCode.origin(rule, rules.rules()).toString();
    }

    /** The exception a rule's own code threw, under the engine's and reflection's wrappers. */
    private static Throwable root(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root;
    }

    private static String cut(String text) {
        String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() <= MOST ? line : line.substring(0, MOST) + "...";
    }
}
