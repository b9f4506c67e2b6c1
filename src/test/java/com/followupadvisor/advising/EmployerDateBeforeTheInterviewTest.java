package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;




/**
 * The API accepts an employer's date ({@code timeline.expectedBy}) before the interview, so the
 * first follow-up window can close before, or on the day of, the interview. The property tests
 * (com.followupadvisor.properties) found the plan then came out empty: a step taken as done on its
 * window's last day fell before the interview and did not count.
 */
class EmployerDateBeforeTheInterviewTest {

    @Test
    void thePlanStillEndsInMovingOnWhenTheFirstWindowClosedBeforeTheInterview() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-23T10:00").expectedBy("2026-11-01")
                .asOf("2026-11-23T15:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.also()).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(ActionCode.FOLLOW_UP);
            assertThat(a.dueBy()).isEqualTo(LocalDate.parse("2026-11-04"));
        });
        assertThat(answer.plan()).extracting(AdvisedAction::action).contains(ActionCode.FOLLOW_UP, ActionCode.MOVE_ON);
    }

    @Test
    void thePlanStillEndsInMovingOnWhenTheWindowClosedOnTheInterviewDay() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-23T10:00").thankYouSent("2026-11-23T18:00")
                .expectedBy("2026-11-20").asOf("2026-11-25T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.FOLLOW_UP);
        assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(answer.plan()).extracting(AdvisedAction::action).contains(ActionCode.FOLLOW_UP, ActionCode.MOVE_ON);
    }

    @Test
    void aPlannedStepWhoseWindowIsAlreadyPastIsMarkedOverdue() {
        // The contract times follow-ups from the employer's date as given, even one before the
        // interview: the first follow-up is then already late when the interview ends. The plan
        // keeps the contract's dates and says so, rather than inventing later ones.
        Answer answer = advise(StateBuilder.interviewAt("2026-04-15T03:30").zone("Australia/Sydney")
                .expectedBy("2026-03-22").asOf("2026-04-09T20:58"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.next().overdue()).isFalse();
        assertThat(answer.plan()).filteredOn(a -> a.action() == ActionCode.FOLLOW_UP).first().satisfies(a -> {
            assertThat(a.dueFrom()).isEqualTo(LocalDate.parse("2026-03-24"));
            assertThat(a.overdue()).isTrue();
        });
        assertThat(answer.plan()).extracting(AdvisedAction::action).endsWith(ActionCode.MOVE_ON);
    }
}
