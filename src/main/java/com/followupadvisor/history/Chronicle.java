package com.followupadvisor.history;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A history put in order: repeats counted once, events ordered by when they happened (ties in the
 * order given), and the interviews resolved: each one's round, its current time once moved, and
 * whether it was cancelled (by the employer, or because the process ended before it: a no, an
 * acceptance, a decline or a withdrawal, with no word from the employer since that reopened it). It knows no advice; it says what happened, and when.
 */
public final class Chronicle {

    /** An event in its place: {@code index} is its position in the history's order. */
    public record Entry(int index, Event event) {
    }

    /**
     * An interview as it stands: its round, its current time (its latest {@code newAt}, else its
     * own {@code at}), whether it is cancelled.
     */
    public record Booking(Entry entry, int round, When current, boolean cancelled) {

        /** Held by {@code now}: its current time has come. */
        public boolean heldBy(LocalDateTime now) {
            return !cancelled && !current.moment().isAfter(now);
        }

        /** Still to come after {@code now}. */
        public boolean toComeAfter(LocalDateTime now) {
            return !cancelled && current.moment().isAfter(now);
        }
    }

    /** The events that end the process: an interview booked for after one of them does not take place. */
    private static final java.util.Set<EventType> ENDINGS = java.util.EnumSet.of(EventType.ACCEPTED, EventType.DECLINED,
            EventType.WITHDREW, EventType.REJECTION);

    /** The employer's words that reopen an ended process (contract 2.0, "Where the process ends"). */
    private static final java.util.Set<EventType> REOPENINGS = java.util.EnumSet.of(EventType.QUESTION, EventType.INVITATION,
            EventType.OFFER);

    private final List<Entry> entries;
    private final List<Booking> bookings;
    /** The booking each RESCHEDULED or CANCELLED applied to (by the message's index), or null. */
    private final Booking[] appliedTo;

    private Chronicle(List<Entry> entries, List<Booking> bookings, Booking[] appliedTo) {
        this.entries = entries;
        this.bookings = bookings;
        this.appliedTo = appliedTo;
    }

    public static Chronicle of(List<Event> events) {
        // repeats found by hash, not by comparing each event with every one before it
        List<Event> distinct = new ArrayList<>(events.size());
        java.util.Set<Event> seen = new java.util.HashSet<>(2 * events.size());
        for (Event e : events) {
            if (seen.add(e.withoutCallersText())) {
                distinct.add(e);
            }
        }
        // a stable sort: events at one time keep the order given
        List<Event> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparing(Event::at));
        List<Entry> entries = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            entries.add(new Entry(i, sorted.get(i)));
        }
        return resolve(List.copyOf(entries));
    }

    private static Chronicle resolve(List<Entry> entries) {
        List<Entry> interviews = entries.stream().filter(e -> e.event().type() == EventType.INTERVIEW).toList();
        List<Booking> bookings = new ArrayList<>(interviews.size());
        for (int i = 0; i < interviews.size(); i++) {
            Event e = interviews.get(i).event();
            bookings.add(new Booking(interviews.get(i), e.round() != null ? e.round() : i + 1, e.at(), false));
        }
        Booking[] appliedTo = new Booking[entries.size()];
        // the interview the latest cancellation cancelled, while it is not reinstated
        int lastCancelled = -1;
        for (Entry entry : entries) {
            Event e = entry.event();
            if (e.type() == EventType.CANCELLED) {
                int target = earliestAfter(bookings, e.at());
                if (target >= 0) {
                    Booking b = bookings.get(target);
                    bookings.set(target, new Booking(b.entry(), b.round(), b.current(), true));
                    appliedTo[entry.index()] = bookings.get(target);
                }
                lastCancelled = target;
            } else if (e.type() == EventType.RESCHEDULED) {
                int target = lastCancelled >= 0 && bookings.get(lastCancelled).cancelled()
                        && earliestAfter(bookings, e.at()) < 0 ? lastCancelled : earliestAfter(bookings, e.at());
                if (target >= 0) {
                    Booking b = bookings.get(target);
                    bookings.set(target, new Booking(b.entry(), b.round(), When.at(e.newAt()), false));
                    appliedTo[entry.index()] = bookings.get(target);
                    if (target == lastCancelled) {
                        lastCancelled = -1;
                    }
                }
            }
        }
        endedBefore(entries, bookings);
        return new Chronicle(entries, List.copyOf(bookings), appliedTo);
    }

    /**
     * An interview booked when the process ended (a no, an acceptance, a decline, a withdrawal
     * before its time, with no word from the employer in between that reopened it: a question, an
     * invitation, an offer) does not take place.
     */
    private static void endedBefore(List<Entry> entries, List<Booking> bookings) {
        for (int i = 0; i < bookings.size(); i++) {
            Booking b = bookings.get(i);
            if (b.cancelled()) {
                continue;
            }
            boolean ended = false;
            for (Entry entry : entries) {
                Event e = entry.event();
                if (!b.current().isAfter(e.at())) {
                    break;
                }
                if (ENDINGS.contains(e.type())) {
                    ended = true;
                } else if (REOPENINGS.contains(e.type())) {
                    ended = false;
                }
            }
            if (ended) {
                bookings.set(i, new Booking(b.entry(), b.round(), b.current(), true));
            }
        }
    }

    /** The earliest booking, by current time, not cancelled, whose current time is after {@code at}. */
    private static int earliestAfter(List<Booking> bookings, When at) {
        int best = -1;
        for (int i = 0; i < bookings.size(); i++) {
            Booking b = bookings.get(i);
            if (!b.cancelled() && b.current().isAfter(at)
                    && (best < 0 || b.current().compareTo(bookings.get(best).current()) < 0)) {
                best = i;
            }
        }
        return best;
    }

    /** The events in order, repeats left out. */
    public List<Entry> entries() {
        return entries;
    }

    /** The interviews, in the order of their own {@code at}, as they stand now. */
    public List<Booking> bookings() {
        return bookings;
    }

    /** Whether a RESCHEDULED or CANCELLED found an interview to apply to. */
    public boolean appliedToAnInterview(Entry message) {
        return appliedTo[message.index()] != null;
    }
}
