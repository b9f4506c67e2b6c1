package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;




/** rules/next-action.drl: the order of `next` when several actions apply. */
class NextActionRulesTest {

    @Test
    void aThankYouComesBeforeAFollowUpThatIsAlsoDue() {
        // the employer's date was the interview day itself, so the follow-up window opens on day 2,
        // while the thank-you note (never sent) is still worth sending until day 7
        Answer answer = advise(StateBuilder.interviewAt("2026-11-16T10:00").expectedBy("2026-11-16").asOf("2026-11-18T12:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.next().overdue()).isTrue();
        assertThat(answer.also()).extracting(AdvisedAction::action)
                .containsExactlyInAnyOrder(ActionCode.FOLLOW_UP, ActionCode.KEEP_SEARCHING);
        assertThat(answer.fired()).contains("The most urgent action that applies now comes next");
    }

    @Test
    void waitIsNeverRecommendedBesideAnActionThatIsDue() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-16T10:00").asOf("2026-11-16T12:00"));

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.also()).extracting(AdvisedAction::action).containsExactly(ActionCode.KEEP_SEARCHING);
    }

    @Test
    void exactlyOneActionIsNext() {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-16T10:00").expectedBy("2026-11-16").asOf("2026-11-18T12:00"));

        assertThat(answer.also()).extracting(AdvisedAction::action).doesNotContain(answer.next().action());
    }
}
