package com.followupadvisor.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.followupadvisor.history.Chronicle.Booking;

/** Ordering, repeats and moved or cancelled interviews, as contract 2.0's "Events" section says. */
class ChronicleTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-07T09:00");

    private static Event at(EventType type, String when) {
        return Event.of(type, when.contains("T") ? When.at(LocalDateTime.parse(when)) : When.on(LocalDate.parse(when))).build();
    }

    private static Event interview(String when) {
        return at(EventType.INTERVIEW, when);
    }

    private static Event moved(String when, String to) {
        return Event.of(EventType.RESCHEDULED, When.at(LocalDateTime.parse(when))).newAt(LocalDateTime.parse(to)).build();
    }

    @Test
    void aDateAloneSortsAfterTheTimedEventsOfItsDayAndTiesKeepTheOrderGiven() {
        Event dateAlone = at(EventType.QUESTION, "2026-12-04");
        Event evening = at(EventType.REPLIED, "2026-12-04T18:00");
        Event morningA = at(EventType.STILL_DECIDING, "2026-12-04T09:00");
        Event morningB = at(EventType.ON_HOLD, "2026-12-04T09:00");
        Chronicle c = Chronicle.of(List.of(dateAlone, evening, morningA, morningB, interview("2026-12-01T10:00")));
        assertThat(c.entries()).extracting(e -> e.event().type()).containsExactly(EventType.INTERVIEW,
                EventType.STILL_DECIDING, EventType.ON_HOLD, EventType.REPLIED, EventType.QUESTION);
    }

    @Test
    void anEventRepeatedWithAnotherIdAndNoteCountsOnce() {
        Event first = Event.of(EventType.FOLLOW_UP, When.at(LocalDateTime.parse("2026-12-02T09:00")))
                .channel(com.followupadvisor.state.Channel.EMAIL).id("a").note("sent").build();
        Event again = Event.of(EventType.FOLLOW_UP, When.at(LocalDateTime.parse("2026-12-02T09:00")))
                .channel(com.followupadvisor.state.Channel.EMAIL).id("b").build();
        Event phone = Event.of(EventType.FOLLOW_UP, When.at(LocalDateTime.parse("2026-12-02T09:00")))
                .channel(com.followupadvisor.state.Channel.PHONE).build();
        assertThat(Chronicle.of(List.of(interview("2026-12-01T10:00"), first, again, phone)).entries()).hasSize(3);
    }

    @Test
    void roundsDefaultToThePlaceAmongTheInterviewsCancelledOnesIncluded() {
        Chronicle c = Chronicle.of(List.of(interview("2026-12-10T10:00"), interview("2026-11-20T10:00"),
                at(EventType.CANCELLED, "2026-12-01T09:00"), interview("2026-12-15T10:00")));
        assertThat(c.bookings()).extracting(Booking::round).containsExactly(1, 2, 3);
        assertThat(c.bookings()).extracting(Booking::cancelled).containsExactly(false, true, false);
    }

    @Test
    void aMoveAppliesToTheEarliestInterviewStillToComeAndItTakesPlaceAtTheNewTime() {
        Chronicle c = Chronicle.of(List.of(interview("2026-11-20T10:00"), interview("2026-12-10T10:00"),
                moved("2026-12-02T15:00", "2026-12-14T14:00")));
        Booking second = c.bookings().get(1);
        assertThat(second.current().moment()).isEqualTo(LocalDateTime.parse("2026-12-14T14:00"));
        assertThat(second.toComeAfter(NOW)).isTrue();
        assertThat(c.bookings().get(0).current().moment()).isEqualTo(LocalDateTime.parse("2026-11-20T10:00"));
    }

    @Test
    void aMoveAfterACancellationReinstatesTheCancelledInterview() {
        Chronicle c = Chronicle.of(List.of(interview("2026-11-20T10:00"), interview("2026-12-10T10:00"),
                at(EventType.CANCELLED, "2026-12-02T15:00"), moved("2026-12-04T11:00", "2026-12-17T09:00")));
        Booking second = c.bookings().get(1);
        assertThat(second.cancelled()).isFalse();
        assertThat(second.current().moment()).isEqualTo(LocalDateTime.parse("2026-12-17T09:00"));
    }

    @Test
    void aMessageWithNoInterviewToApplyToChangesNothing() {
        Event cancelled = at(EventType.CANCELLED, "2026-12-02T15:00");
        Chronicle c = Chronicle.of(List.of(interview("2026-11-20T10:00"), cancelled));
        assertThat(c.bookings()).noneMatch(Booking::cancelled);
        assertThat(c.appliedToAnInterview(c.entries().get(1))).isFalse();
    }

    @Test
    void theEndOfTheProcessCancelsTheInterviewsBookedAfterIt() {
        Chronicle c = Chronicle.of(List.of(interview("2026-11-20T10:00"), interview("2026-12-10T10:00"),
                at(EventType.REJECTION, "2026-12-03T10:00")));
        assertThat(c.bookings()).extracting(Booking::cancelled).containsExactly(false, true);
        assertThat(c.bookings().get(1).toComeAfter(NOW)).isFalse();
        assertThat(c.bookings().get(1).heldBy(LocalDateTime.parse("2026-12-11T09:00"))).isFalse();
    }

    @Test
    void anInterviewAfterTheEmployerCameBackTakesPlace() {
        Chronicle c = Chronicle.of(List.of(interview("2026-11-20T10:00"), at(EventType.REJECTION, "2026-12-01T10:00"),
                at(EventType.INVITATION, "2026-12-03T10:00"), interview("2026-12-10T10:00")));
        assertThat(c.bookings()).extracting(Booking::cancelled).containsExactly(false, false);
    }
}
