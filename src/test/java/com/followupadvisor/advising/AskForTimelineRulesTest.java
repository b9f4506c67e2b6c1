package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;




/** rules/ask-for-timeline.drl */
class AskForTimelineRulesTest {

    @Test
    void asksForTheTimelineBeforeAnInterviewWithNoDateKnown() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-26T10:00").asOf("2026-11-24T09:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.ASK_FOR_TIMELINE);
        assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(answer.next().overdue()).isFalse();
        assertThat(answer.next().rule()).isEqualTo("Ask for the employer's timeline before the interview ends");
        assertThat(answer.next().why()).contains("2026-11-26");
    }

    @Test
    void stillAsksOneMinuteBeforeTheInterviewStarts() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-26T10:00").asOf("2026-11-26T09:59"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.ASK_FOR_TIMELINE);
    }

    @Test
    void stopsAskingOnceTheInterviewHasStarted() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-26T10:00").asOf("2026-11-26T10:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.also()).extracting(AdvisedAction::action).doesNotContain(ActionCode.ASK_FOR_TIMELINE);
    }

    @Test
    void waitsForTheInterviewWhenTheEmployerAlreadyGaveADate() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-26T10:00").asOf("2026-11-24T09:00")
                .expectedBy("2026-12-04"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
        assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(answer.next().rule()).isEqualTo("Wait for the interview when the employer's date is already known");
        assertThat(answer.also()).extracting(AdvisedAction::action).containsExactly(ActionCode.KEEP_SEARCHING);
    }
}
