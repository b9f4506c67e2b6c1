package com.followupadvisor.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of an application's actions: its {@code applicationId} (the caller's, else a short
 * digest of company, role and first interview), a dot, and a step name that stays the same while
 * the step is the same ({@code follow-up-2}, {@code reply-3}, {@code thank-you-1}). The step names
 * are the service's, not the rules': a {@code DONE} event names one, so they may not change when
 * a rule author rewords the advice.
 */
public final class ActionIds {

    /** An applicationId as the contract allows one. */
    public static final String APPLICATION_ID = "^[A-Za-z0-9._-]{1,100}$";

    /** The steps a DONE may name: those that have no event of their own. */
    private static final Pattern DONE_STEP = Pattern.compile("ask-to-expedite-[1-9][0-9]{0,3}|update-referrer-[1-9][0-9]{0,3}"
            + "|withdraw-elsewhere|move-on");

    /** The steps that have an event of their own, and the event that says they were done. */
    private static final Map<Pattern, String> OWN_EVENT = Map.of(
            Pattern.compile("reply-[1-9][0-9]{0,3}"), "REPLIED",
            Pattern.compile("answer-offer-[1-9][0-9]{0,3}"), "ACCEPTED or DECLINED",
            Pattern.compile("thank-you-[1-9][0-9]?"), "THANK_YOU",
            Pattern.compile("follow-up-[1-9][0-9]?"), "FOLLOW_UP",
            Pattern.compile("submit-assignment-[1-9][0-9]{0,3}"), "SUBMITTED",
            Pattern.compile("ask-for-timeline-[1-9][0-9]?"), "INTERVIEW (its timeline)");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private ActionIds() {
    }

    /**
     * The default applicationId: the company's name in lower-case letters and digits (at most 20),
     * a dash, and 4 hex digits of a digest of company, role and the first interview's time, so that
     * two applications to one company differ.
     */
    public static String defaultApplicationId(String company, String role, LocalDateTime firstInterviewAt) {
        String ascii = MARKS.matcher(Normalizer.normalize(company, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > 20) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, 20)).replaceAll("");
        }
        String digest = digest(company + "\n" + (role == null ? "" : role) + "\n" + firstInterviewAt);
        return (slug.isEmpty() ? "application" : slug) + "-" + digest.substring(0, 4);
    }

    /**
     * Why {@code action} cannot be the {@code action} of a DONE in the application
     * {@code applicationId}, or null when it can.
     */
    public static String doneProblem(String action, String applicationId) {
        String prefix = applicationId + ".";
        if (!action.startsWith(prefix)) {
            return "must be an action id of this application, which start with \"" + prefix + "\" (it is \"" + action + "\")";
        }
        String step = action.substring(prefix.length());
        if (DONE_STEP.matcher(step).matches()) {
            return null;
        }
        for (Map.Entry<Pattern, String> own : OWN_EVENT.entrySet()) {
            Matcher m = own.getKey().matcher(step);
            if (m.matches()) {
                return "names a step that has an event of its own: send " + own.getValue() + " instead of DONE";
            }
        }
        return "must name a step done without an event of its own (ask-to-expedite-N, update-referrer-N, "
                + "withdraw-elsewhere, move-on) after \"" + prefix + "\" (it is \"" + step + "\")";
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
