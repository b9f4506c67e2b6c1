package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.state.Outcome;




/** rules/closed-outcomes.drl */
class ClosedOutcomesRulesTest {

    @ParameterizedTest
    @CsvSource({
        "OFFER,     NONE,           Nothing to follow up once there is an offer",
        "ACCEPTED,  NONE,           Nothing to follow up once there is an offer",
        "REJECTED,  KEEP_SEARCHING, Keep searching after a rejection or a withdrawal",
        "WITHDRAWN, KEEP_SEARCHING, Keep searching after a rejection or a withdrawal"})
    void endsTheFollowUpAdvice(Outcome outcome, ActionCode expected, String rule) {
        // a state that would otherwise call for a thank-you note and a follow-up
        Answer answer = advise(StateBuilder.interviewAt("2026-11-16T10:00").expectedBy("2026-11-16")
                .asOf("2026-11-19T09:00").outcome(outcome));

        assertThat(answer.next().action()).isEqualTo(expected);
        assertThat(answer.next().rule()).isEqualTo(rule);
        assertThat(answer.next().dueFrom()).isNull();
        assertThat(answer.next().dueBy()).isNull();
        assertThat(answer.also()).isEmpty();
        assertThat(answer.plan()).isEmpty();
    }
}
