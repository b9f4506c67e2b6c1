package com.followupadvisor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.followupadvisor.scenarios.StatePopulation;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.ApplicationState.Interviewer;
import com.followupadvisor.state.Outcome;
import com.followupadvisor.state.StateWriter;

/**
 * The property tests' states: {@link StatePopulation}'s generator, the one the check's impact of a
 * rule change uses too, with the awkward names that probe the drafts; and, for shrinking, simpler
 * variants of a state.
 */
final class States {

    private States() {
    }

    static ApplicationState generate(Random r) {
        return StatePopulation.generate(r, StatePopulation.Names.AWKWARD);
    }

    /** Simpler variants of a state, for shrinking: one fact fewer, or a list one shorter. */
    static List<ApplicationState> simpler(ApplicationState s) {
        List<ApplicationState> out = new ArrayList<>();
        for (int i = 0; i < s.followUps().size(); i++) {
            List<FollowUp> fewer = new ArrayList<>(s.followUps());
            fewer.remove(i);
            out.add(s.toBuilder().followUps(fewer).build());
        }
        List<Interviewer> people = s.interview().interviewers();
        for (int i = 0; i < people.size(); i++) {
            List<Interviewer> fewer = new ArrayList<>(people);
            fewer.remove(i);
            out.add(s.toBuilder().interviewers(fewer).build());
        }
        if (s.lastHeardAt() != null) {
            out.add(s.toBuilder().lastHeardAt(null).build());
        }
        if (s.timeline().expectedBy() != null) {
            out.add(s.toBuilder().timeline(ApplicationState.Timeline.NOT_ASKED).build());
        }
        if (s.thankYou().sentAt() != null) {
            out.add(s.toBuilder().thankYouSentAt(null).build());
        }
        if (s.thankYou().notWanted()) {
            out.add(s.toBuilder().thankYouNotWanted(false).build());
        }
        if (s.outcome() != Outcome.PENDING) {
            out.add(s.toBuilder().outcome(Outcome.PENDING).build());
        }
        return out;
    }

    /** A state as the request body that gives it, so that a failure can be replayed with curl. */
    static String json(ApplicationState s) {
        return StateWriter.json(s);
    }
}
