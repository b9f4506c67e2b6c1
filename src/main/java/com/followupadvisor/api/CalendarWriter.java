package com.followupadvisor.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.wording.Draft;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.ICalDate;

/**
 * The answer as an iCalendar file (RFC 5545): one all-day event per action of next, also and plan
 * with something to do (not waiting, searching or nothing), spanning its window, or on the date of
 * {@code asOf} when it is overdue, with a reminder at 09:00 on its first day. UIDs are derived from the
 * application and the step (the second follow-up stays the second follow-up), so importing a newer
 * export updates the events instead of adding copies.
 */
public final class CalendarWriter {

    public static final String MEDIA_TYPE = "text/calendar";
    /**
     * The calendar answer's description in the OpenAPI document, whose schema says {@code format: binary}: a file
     * to take as it comes (a generated client would otherwise parse it as JSON).
     */
    static final String RESPONSE_DESCRIPTION = "The calendar file (iCalendar text, UTF-8), as an attachment "
            + "named follow-up-plan.ics; declared binary so that generated clients hand it over as a file.";
    private static final Duration MORNING = Duration.builder().hours(9).build();
    /** RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    static final int MAX_LINE_OCTETS = 75;

    private final Clock clock;

    public CalendarWriter(Clock clock) {
        this.clock = clock;
    }

    /** The calendar file as an answer: a download, in {@code language}. */
    static jakarta.ws.rs.core.Response response(String ics, String language) {
        return jakarta.ws.rs.core.Response.ok(ics, MEDIA_TYPE + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"follow-up-plan.ics\"")
                .header("Content-Language", language).build();
    }

    /** A contract 1.1 answer: UIDs from the state and each step's place. */
    String write(ApplicationState state, Answer answer) {
        return write(state.company(), answer, (action, step) -> uid(state, action.action(), step), state.followUps().size());
    }

    /** A contract 2.0 answer: each action's id is its event's UID, so a re-export updates the events. */
    public String write(String company, Answer answer) {
        return write(company, answer, (action, step) -> action.id(), 0);
    }

    /** Names an event: the action, and its place among the actions of its code (follow-ups counting those made). */
    private interface Uids {
        String of(AdvisedAction action, int step);
    }

    private String write(String company, Answer answer, Uids uids, int followUpsMade) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Follow-up Advisor//Next action//EN");
        calendar.setName(text("Follow-up plan: " + company));
        List<AdvisedAction> actions = new ArrayList<>();
        actions.add(answer.next());
        actions.addAll(answer.also());
        actions.addAll(answer.plan());
        Map<ActionCode, Integer> seen = new EnumMap<>(ActionCode.class);
        LocalDate today = answer.asOf().toLocalDate();
        for (AdvisedAction action : actions) {
            LocalDate first = action.dueFrom() != null ? action.dueFrom() : action.dueBy();
            if (first == null || !action.action().isSomethingToDo()) {
                continue;
            }
            LocalDate last = action.dueBy() != null ? action.dueBy() : first;
            if (action.overdue()) {
                // its window has passed: it is to be done today, so that is where it goes
                first = today;
                last = today;
            }
            int occurrence = seen.merge(action.action(), 1, Integer::sum);
            // a follow-up is known by its number, counting those already made
            int step = action.action() == ActionCode.FOLLOW_UP ? followUpsMade + occurrence : occurrence;
            calendar.addEvent(event(uids.of(action, step), action, first, last));
        }
        // biweekly escapes text values (backslash, semicolon, comma, line breaks as \n) but folds
        // lines by characters: a line of CJK text came out at 106 octets. So it writes unfolded,
        // and fold() folds by octets.
        return fold(Biweekly.write(calendar).foldLines(false).go());
    }

    private VEvent event(String uid, AdvisedAction action, LocalDate first, LocalDate last) {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setDateTimeStamp(Date.from(clock.instant()));
        // Later exports carry a higher sequence, so calendars take them as updates.
        event.setSequence((int) (clock.instant().getEpochSecond() / 60 - 29_000_000L));
        event.setSummary(text(action.title()));
        event.setDescription(text(description(action)));
        event.setDateStart(day(first), false);
        event.setDateEnd(day(last.plusDays(1)), false);
        event.addCategories(action.action().name());
        VAlarm reminder = VAlarm.display(new Trigger(MORNING, Related.START), text(action.title()));
        event.addAlarm(reminder);
        return event;
    }

    private static ICalDate day(LocalDate date) {
        // an all-day value: biweekly writes the date as it reads in the JVM's zone, so build it there
        return new ICalDate(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }

    private static String description(AdvisedAction action) {
        StringBuilder text = new StringBuilder(action.why() == null ? "" : action.why());
        if (action.drafts() != null) {
            for (Draft draft : action.drafts()) {
                text.append("\n\n--- Draft (").append(draft.channel());
                if (draft.to() != null) {
                    text.append(" to ").append(draft.to());
                }
                text.append(") ---\n");
                if (draft.subject() != null) {
                    text.append("Subject: ").append(draft.subject()).append("\n\n");
                }
                text.append(draft.body());
            }
        }
        return text.toString();
    }

    /**
     * {@code value} as an iCalendar TEXT may hold it: RFC 5545 (3.3.11, and 3.1's CONTROL) allows
     * no control character but HTAB in a value. The state's texts have none (StateReader refuses
     * them), but templates and the drafts built from them may: line breaks (CR LF, CR, NEL, U+2028,
     * U+2029) become LF, which biweekly writes as the escape \n; a tab becomes a space (legal, but
     * a tab after a fold is taken for part of the fold by readers of the older vCalendar syntax,
     * and a space reads the same); any other control character becomes U+FFFD. So the file holds
     * no byte below 0x20 but the CR LF that end its lines.
     */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> {
            if (c != '\n' && Character.getType(c) == Character.CONTROL) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * {@code ics} with every line folded to at most 75 octets of UTF-8 before its CRLF (RFC 5545
     * 3.1), each continuation starting with one space, which counts; a fold falls between code
     * points, so it never splits a UTF-8 sequence or a surrogate pair. Not a library: biweekly
     * (vinnie's FoldedLineWriter) counts characters, and moving to ical4j, the other Java
     * iCalendar library, for its folding would replace all of this writer with a far larger
     * dependency; this is twenty lines.
     */
    static String fold(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 32);
        int octets = 0;
        for (int i = 0; i < ics.length(); ) {
            int c = ics.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' && i < ics.length() && ics.charAt(i) == '\n') {
                out.append("\r\n");
                i++;
                octets = 0;
                continue;
            }
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += size;
        }
        return out.toString();
    }

    static String uid(ApplicationState state, ActionCode action, int step) {
        String key = state.company() + "|" + state.role() + "|" + state.interview().at() + "|" + action + "|" + step;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12) + "@followupadvisor";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
