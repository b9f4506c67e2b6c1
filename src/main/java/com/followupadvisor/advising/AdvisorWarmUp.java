package com.followupadvisor.advising;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import com.followupadvisor.rules.RuleSet;
import com.followupadvisor.rules.RuleSetWarmUp;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.Interviewer;




/**
 * Answers one typical state with a new rule set before it goes live: its first evaluation pays for
 * lazy set-up in the engine and in the JVM, and a caller should not wait for that. It uses the
 * service's advisor, so the warm-up keeps to the service's time limit, but records no metrics.
 */
@Singleton
class AdvisorWarmUp implements RuleSetWarmUp {

    private static final LocalDateTime INTERVIEW = LocalDateTime.of(2026, 11, 12, 10, 0);
    /** The answer's whole path: a timeline known, a note sent, a follow-up window and the plan after it. */
    static final ApplicationState TYPICAL = ApplicationState.builder()
            .asOf(INTERVIEW.plusDays(12)).timezone(ZoneOffset.UTC)
            .company("Warm-up").role("Role").candidateName("Name").interviewAt(INTERVIEW)
            .interviewer(new Interviewer("Person", "person@example.com", null))
            .timelineAsked(true).expectedBy(INTERVIEW.toLocalDate().plusDays(7))
            .otherOpportunities(new ApplicationState.OtherOpportunities(1, 1)).firstChoice(true)
            .build();

    private final Advisor advisor;

    AdvisorWarmUp(Advisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public void warmUp(RuleSet rules) {
        advisor.advise(rules, TYPICAL);
    }
}
