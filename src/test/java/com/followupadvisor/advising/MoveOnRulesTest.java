package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;




/** rules/move-on.drl */
class MoveOnRulesTest {

    private static StateBuilder twoFollowUpsMade(String last) {
        return StateBuilder.interviewAt("2026-11-12T10:00").thankYouSent("2026-11-12T17:00")
                .followUp("2026-11-23T09:00").followUp(last);
    }

    @Test
    void movesOnAWeekAfterTheSecondUnansweredFollowUp() {
        Answer answer = advise(twoFollowUpsMade("2026-11-30T09:00").asOf("2026-12-07T08:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.MOVE_ON);
        assertThat(answer.next().dueFrom()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(answer.next().overdue()).isFalse();
        assertThat(answer.next().rule()).isEqualTo("Move on when the follow-ups stay unanswered");
        assertThat(answer.next().why()).contains("2 follow-ups").contains("2026-11-30").contains("2026-12-07");
        assertThat(answer.also()).extracting(AdvisedAction::action).containsExactly(ActionCode.KEEP_SEARCHING);
    }

    @Test
    void waitsUntilTheWeekHasPassed() {
        Answer answer = advise(twoFollowUpsMade("2026-11-30T09:00").asOf("2026-12-06T23:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(answer.plan()).extracting(AdvisedAction::action).containsExactly(ActionCode.MOVE_ON);
    }

    @Test
    void aMoveOnDateOnSaturdayMovesToMonday() {
        Answer answer = advise(twoFollowUpsMade("2026-11-28T09:00").asOf("2026-12-05T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-12-07"));
    }

    @Test
    void moreThanTwoUnansweredFollowUpsStillMeanMovingOn() {
        Answer answer = advise(twoFollowUpsMade("2026-11-30T09:00").followUp("2026-12-02T09:00").asOf("2026-12-09T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.MOVE_ON);
        assertThat(answer.next().dueFrom()).isEqualTo(LocalDate.parse("2026-12-09"));
    }

    @Test
    void anAnswerAfterTheFollowUpsMeansNotMovingOn() {
        Answer answer = advise(twoFollowUpsMade("2026-11-30T09:00").lastHeard("2026-12-01T10:00").asOf("2026-12-07T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(answer.fired()).doesNotContain("Move on when the follow-ups stay unanswered");
    }
}
