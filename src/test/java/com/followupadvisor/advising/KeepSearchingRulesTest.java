package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;




/** rules/keep-searching.drl */
class KeepSearchingRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-01T09:00", "2026-11-12T10:00", "2026-11-20T09:00", "2026-11-23T09:00", "2027-02-01T09:00"})
    void isAlwaysAlsoRecommendedWhilePendingButNeverNext(String asOf) {
        Answer answer = advise(StateBuilder.interviewAt("2026-11-12T10:00").others(4, 1).asOf(asOf));

        assertThat(answer.next().action()).isNotEqualTo(ActionCode.KEEP_SEARCHING);
        assertThat(answer.also()).filteredOn(a -> a.action() == ActionCode.KEEP_SEARCHING).singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("Keep searching while you wait for an answer");
                    assertThat(a.why()).contains("Other applications in flight: 4").contains("other interviews coming up: 1");
                    assertThat(a.dueBy()).isNull();
                });
    }
}
