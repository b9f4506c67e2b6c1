package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.state.Channel;
import com.followupadvisor.wording.Draft;




/** rules/thank-you-note.drl */
class ThankYouNoteRulesTest {

    private static final String RULE = "Send a thank-you note to each person met soon after the interview";

    private static StateBuilder interviewedThursdayMorning() {
        return StateBuilder.interviewAt("2026-11-12T10:00")
                .interviewer("Dana Smith", "dana@acme.example", "Head of Data")
                .interviewer("Lee Park", null, null);
    }

    @Test
    void isDueFromTheInterviewDayToTheDayAfter() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-12T15:00"));

        AdvisedAction next = answer.next();
        assertThat(next.action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(next.dueFrom()).isEqualTo(LocalDate.parse("2026-11-12"));
        assertThat(next.dueBy()).isEqualTo(LocalDate.parse("2026-11-13"));
        assertThat(next.overdue()).isFalse();
        assertThat(next.channels()).containsExactly(Channel.EMAIL);
        assertThat(next.rule()).isEqualTo(RULE);
        assertThat(next.why()).contains("2026-11-13").contains("24 hours").contains("2 named");
    }

    @Test
    void isOverdueTheDayAfterItsDueDate() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-14T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.next().overdue()).isTrue();
    }

    @Test
    void isNotOverdueOnItsDueDate() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-13T23:59"));

        assertThat(answer.next().overdue()).isFalse();
    }

    @Test
    void countsTwentyFourRealHoursAcrossTheEndOfSummerTime() {
        // Berlin leaves summer time at 03:00 on 2026-10-25: 24 hours after 00:30 that day it is
        // 23:30 the same day, not 00:30 the next.
        Answer berlin = advise(StateBuilder.interviewAt("2026-10-25T00:30").asOf("2026-10-25T12:00"));
        Answer utc = advise(StateBuilder.interviewAt("2026-10-25T00:30").asOf("2026-10-25T12:00").zone("UTC"));

        assertThat(berlin.next().dueBy()).isEqualTo(LocalDate.parse("2026-10-25"));
        assertThat(utc.next().dueBy()).isEqualTo(LocalDate.parse("2026-10-26"));
    }

    @Test
    void isStillDueOneMinuteBeforeSevenDaysHavePassed() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-19T09:59"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
    }

    @Test
    void isNoLongerRecommendedOnceSevenDaysHavePassed() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-19T10:00"));

        assertThat(answer.next().action()).isNotEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.also()).extracting(AdvisedAction::action).doesNotContain(ActionCode.SEND_THANK_YOU);
        assertThat(answer.fired()).doesNotContain(RULE);
    }

    @Test
    void isNotRecommendedOnceSent() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-12T15:00").thankYouSent("2026-11-12T14:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.plan()).extracting(AdvisedAction::action).doesNotContain(ActionCode.SEND_THANK_YOU);
    }

    @Test
    void isNotRecommendedWhenTheEmployerAskedForNone() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-12T15:00").thankYouNotWanted());

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.fired()).doesNotContain(RULE);
    }

    @Test
    void writesOneDifferentDraftToEachPersonMet() {
        Answer answer = advise(interviewedThursdayMorning().asOf("2026-11-12T15:00"));

        assertThat(answer.next().drafts()).hasSize(2);
        Draft dana = answer.next().drafts().get(0);
        Draft lee = answer.next().drafts().get(1);
        assertThat(dana.to()).isEqualTo("Dana Smith <dana@acme.example>");
        assertThat(dana.body()).contains("Dear Dana Smith").contains("Head of Data").contains("Acme")
                .contains("Data Analyst").endsWith("Sam Lee");
        assertThat(lee.to()).isEqualTo("Lee Park");
        assertThat(lee.body()).contains("Dear Lee Park").doesNotContain("Dana");
        assertThat(dana.subject()).isNotBlank();
    }

    @Test
    void asksAboutNextStepsOnlyWhenTheTimelineIsUnknown() {
        Answer unknown = advise(interviewedThursdayMorning().asOf("2026-11-12T15:00"));
        Answer known = advise(interviewedThursdayMorning().asOf("2026-11-12T15:00").expectedBy("2026-11-20"));

        assertThat(unknown.next().drafts().get(0).body()).contains("next steps");
        assertThat(known.next().drafts().get(0).body()).doesNotContain("next steps");
    }

    @Test
    void writesOneDraftToTheHiringTeamWhenNoOneIsNamed() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-12T15:00").role(null)
                .candidate(null));

        assertThat(answer.next().drafts()).singleElement().satisfies(d -> {
            assertThat(d.to()).isNull();
            assertThat(d.body()).contains("Acme hiring team").doesNotContain("null");
        });
    }
}
