package com.followupadvisor.bench;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.Outcome;

/** The application states the benchmarks answer: the README's typical one first, then two others. */
public final class Situations {

    private Situations() {
    }

    public static ApplicationState named(String name) {
        return switch (name) {
            // the README example: the employer's date has passed, a follow-up is due, plan and drafts to write
            case "followUpDue" -> StateBuilder.interviewAt("2026-11-12T10:00")
                    .interviewer("Dana Smith", "dana@acme.example", null)
                    .expectedBy("2026-11-19").thankYouSent("2026-11-12T18:00")
                    .others(4, 1).firstChoice().asOf("2026-11-24T09:00").build();
            // two days before the interview: ask for the timeline, the longest plan
            case "beforeInterview" -> StateBuilder.interviewAt("2026-11-26T10:00").asOf("2026-11-24T09:00").build();
            // a closed application: the shortest answer
            case "rejected" -> StateBuilder.interviewAt("2026-11-12T10:00").outcome(Outcome.REJECTED)
                    .asOf("2026-11-24T09:00").build();
            default -> throw new IllegalArgumentException("no situation named " + name);
        };
    }
}
