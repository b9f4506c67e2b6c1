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
final class CalendarWriter {

    static final String MEDIA_TYPE = "text/calendar";
    private static final Duration MORNING = Duration.builder().hours(9).build();

    private final Clock clock;

    CalendarWriter(Clock clock) {
        this.clock = clock;
    }

    String write(ApplicationState state, Answer answer) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Follow-up Advisor//Next action//EN");
        calendar.setName("Follow-up plan: " + state.company());
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
            int step = action.action() == ActionCode.FOLLOW_UP ? state.followUps().size() + occurrence : occurrence;
            calendar.addEvent(event(state, action, first, last, step));
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent event(ApplicationState state, AdvisedAction action, LocalDate first, LocalDate last, int step) {
        VEvent event = new VEvent();
        event.setUid(uid(state, action.action(), step));
        event.setDateTimeStamp(Date.from(clock.instant()));
        // Later exports carry a higher sequence, so calendars take them as updates.
        event.setSequence((int) (clock.instant().getEpochSecond() / 60 - 29_000_000L));
        event.setSummary(action.title());
        event.setDescription(description(action));
        event.setDateStart(day(first), false);
        event.setDateEnd(day(last.plusDays(1)), false);
        event.addCategories(action.action().name());
        VAlarm reminder = VAlarm.display(new Trigger(MORNING, Related.START), action.title());
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
