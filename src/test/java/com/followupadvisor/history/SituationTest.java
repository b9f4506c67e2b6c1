package com.followupadvisor.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.EmployerMessage;
import com.followupadvisor.advice.Interview;
import com.followupadvisor.advice.Outcome;
import com.followupadvisor.advice.WaitKind;
import com.followupadvisor.advice.WaitStart;
import com.followupadvisor.calendar.WorkingDays;
import com.followupadvisor.state.Channel;

/** What a history says at one moment, as facts: contract 2.0's readings of the events, not its advice. */
class SituationTest {

    private static final List<Person> PEOPLE = List.of(new Person("dana", "Dana Smith", null, null, null, null, null),
            new Person("lee", "Lee Park", null, null, null, null, PersonRole.RECRUITER));

    private final List<Event> events = new ArrayList<>();

    private SituationTest add(EventType type, String when) {
        events.add(Event.of(type, When.at(LocalDateTime.parse(when))).build());
        return this;
    }

    private SituationTest interview(String when, String... met) {
        events.add(Event.of(EventType.INTERVIEW, When.at(LocalDateTime.parse(when)))
                .interviewers(java.util.Arrays.stream(met).map(id -> new Event.Attendance(id, null)).toList()).build());
        return this;
    }

    private SituationTest followUp(String when, Channel channel) {
        events.add(Event.of(EventType.FOLLOW_UP, When.at(LocalDateTime.parse(when))).channel(channel).build());
        return this;
    }

    private Situation at(String asOf) {
        ApplicationHistory history = new ApplicationHistory(LocalDateTime.parse(asOf), ZoneId.of("Europe/Berlin"), null, "acme",
                "Acme", null, null, false, PEOPLE, null, events, null, null);
        return Situation.of(history, new WorkingDays(null, List.of(), day -> false));
    }

    private static <T> List<T> facts(Situation s, Class<T> type) {
        return s.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void followUpsCountOncePerDateAndOnlySinceTheEmployerLastSpoke() {
        Application app = interview("2026-11-12T10:00", "dana")
                .followUp("2026-11-23T09:00", Channel.EMAIL).add(EventType.STILL_DECIDING, "2026-11-24T10:00")
                .followUp("2026-12-01T09:00", Channel.EMAIL).followUp("2026-12-01T15:00", Channel.PHONE)
                .at("2026-12-02T09:00").application();
        assertThat(app.getUnansweredFollowUps()).isEqualTo(1);
        assertThat(app.getLastFollowUpDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(app.getLastFollowUpChannel()).isEqualTo(com.followupadvisor.advice.Channel.PHONE);
    }

    @Test
    void anInvitationAfterANoReopensTheProcessAndAnAcceptanceIsFinal() {
        interview("2026-11-12T10:00", "dana").add(EventType.REJECTION, "2026-11-20T10:00");
        assertThat(at("2026-11-21T09:00").application().getOutcome()).isEqualTo(Outcome.REJECTED);
        add(EventType.INVITATION, "2026-11-25T10:00");
        assertThat(at("2026-11-26T09:00").application().getOutcome()).isEqualTo(Outcome.OPEN);
        add(EventType.OFFER, "2026-12-01T10:00").add(EventType.ACCEPTED, "2026-12-02T10:00").add(EventType.QUESTION, "2026-12-03T10:00");
        Situation s = at("2026-12-04T09:00");
        assertThat(s.application().getOutcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(s.application().getOutcomeDate()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(facts(s, EmployerMessage.class)).filteredOn(m -> !m.isAnswered()).extracting(EmployerMessage::getNumber)
                .containsExactly(4);
    }

    @Test
    void aPositionOnHoldIsHeldUntilTheEmployerSpeaksAgainButNotByACancellation() {
        interview("2026-11-12T10:00", "dana").add(EventType.ON_HOLD, "2026-11-20T10:00").add(EventType.CANCELLED, "2026-11-22T10:00");
        Application held = at("2026-11-23T09:00").application();
        assertThat(held.getOutcome()).isEqualTo(Outcome.ON_HOLD);
        assertThat(held.getOnHoldSince()).isEqualTo(LocalDate.parse("2026-11-20"));
        add(EventType.STILL_DECIDING, "2026-11-24T10:00");
        assertThat(at("2026-11-25T09:00").application().getOutcome()).isEqualTo(Outcome.OPEN);
    }

    @Test
    void theEmployersNewestDateDropsTheWaitStartsBeforeIt() {
        interview("2026-11-12T10:00", "dana");
        events.add(Event.of(EventType.STILL_DECIDING, When.at(LocalDateTime.parse("2026-11-20T10:00")))
                .expectedBy(LocalDate.parse("2026-11-27")).build());
        add(EventType.STILL_DECIDING, "2026-11-23T10:00");
        List<WaitStart> starts = facts(at("2026-11-24T09:00"), WaitStart.class);
        assertThat(starts).extracting(WaitStart::getKind).containsExactly(WaitKind.STILL_DECIDING, WaitKind.STILL_DECIDING);
        assertThat(starts).extracting(WaitStart::getExpectedBy).containsExactly(LocalDate.parse("2026-11-27"), null);
    }

    @Test
    void aReplyToAQuestionStartsAWaitButNotAReplyToAnOffer() {
        interview("2026-11-12T10:00", "dana").add(EventType.QUESTION, "2026-11-20T10:00").add(EventType.REPLIED, "2026-11-20T15:00");
        assertThat(facts(at("2026-11-21T09:00"), WaitStart.class)).extracting(WaitStart::getKind)
                .containsExactly(WaitKind.INTERVIEW, WaitKind.REPLIED);
        add(EventType.OFFER, "2026-11-25T10:00").add(EventType.REPLIED, "2026-11-25T15:00");
        assertThat(facts(at("2026-11-26T09:00"), WaitStart.class)).extracting(WaitStart::getKind)
                .containsExactly(WaitKind.INTERVIEW, WaitKind.REPLIED);
    }

    @Test
    void eachPersonMetIsThankedOnlyByANoteNamingThemOrSentAfterTheirInterview() {
        interview("2026-11-12T10:00", "dana", "lee");
        events.add(Event.of(EventType.THANK_YOU, When.at(LocalDateTime.parse("2026-11-12T17:00"))).to(List.of("dana")).build());
        Interview first = facts(at("2026-11-13T09:00"), Interview.class).get(0);
        assertThat(first.isThanked()).isFalse();
        assertThat(first.getPeopleToThank()).isEqualTo(1);
        add(EventType.THANK_YOU, "2026-11-13T10:00");
        assertThat(facts(at("2026-11-13T11:00"), Interview.class).get(0).isThanked()).isTrue();
    }

    @Test
    void theContactIsTheFirstRecruiterWhenNoneIsNamed() {
        interview("2026-11-12T10:00", "dana");
        assertThat(at("2026-11-13T09:00").contact().id()).isEqualTo("lee");
    }
}
