package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;




/** The plan: later steps, found by running the rules again on the state played forward. */
class PlannerTest {

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void laysOutEveryStepFromBeforeTheInterview() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-10T09:00"));

        List<AdvisedAction> plan = answer.plan();
        assertThat(plan).extracting(AdvisedAction::action).containsExactly(
                ActionCode.SEND_THANK_YOU, ActionCode.FOLLOW_UP, ActionCode.FOLLOW_UP, ActionCode.MOVE_ON);
        assertThat(plan.get(0).dueFrom()).isEqualTo(date("2026-11-12"));
        assertThat(plan.get(0).dueBy()).isEqualTo(date("2026-11-13"));
        // assumed date Thursday 19th; window Saturday/Sunday, so Monday 23rd
        assertThat(plan.get(1).dueFrom()).isEqualTo(date("2026-11-23"));
        assertThat(plan.get(1).dueBy()).isEqualTo(date("2026-11-23"));
        assertThat(plan.get(2).dueFrom()).isEqualTo(date("2026-11-30"));
        assertThat(plan.get(2).dueBy()).isEqualTo(date("2026-12-01"));
        assertThat(plan.get(3).dueFrom()).isEqualTo(date("2026-12-07"));
        assertThat(plan).allSatisfy(a -> assertThat(a.overdue()).isFalse());
    }

    @Test
    void assumesAnOverdueStepIsDoneOnItsLastDay() {
        // the contract's example: follow-up due Monday 23rd, asked on Tuesday 24th
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").thankYouSent("2026-11-12T18:00")
                .expectedBy("2026-11-19").asOf("2026-11-24T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.FOLLOW_UP);
        assertThat(answer.plan()).extracting(AdvisedAction::action).containsExactly(ActionCode.FOLLOW_UP, ActionCode.MOVE_ON);
        assertThat(answer.plan().get(0).dueFrom()).isEqualTo(date("2026-11-30"));
        assertThat(answer.plan().get(0).dueBy()).isEqualTo(date("2026-12-01"));
    }

    @Test
    void leavesOutWhatIsAlreadyInNextOrAlso() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-12T12:00"));

        assertThat(answer.plan()).extracting(AdvisedAction::action)
                .doesNotContain(ActionCode.SEND_THANK_YOU, ActionCode.KEEP_SEARCHING, ActionCode.WAIT);
    }

    @Test
    void isInDateOrder() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").expectedBy("2026-11-13").asOf("2026-11-01T09:00"));

        assertThat(answer.plan()).extracting(a -> a.dueFrom() != null ? a.dueFrom() : a.dueBy()).isSorted();
    }

    @Test
    void thePlannedSecondFollowUpDraftMentionsTheFirst() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").thankYouSent("2026-11-12T18:00")
                .interviewer("Dana Smith", "dana@acme.example", null).asOf("2026-11-23T09:00"));

        assertThat(answer.next().drafts().get(0).body()).doesNotContain("last wrote");
        assertThat(answer.plan().get(0).drafts().get(0).body()).contains("last wrote to you on Monday 23 November");
    }
}
