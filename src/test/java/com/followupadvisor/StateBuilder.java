package com.followupadvisor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.ApplicationState.Interviewer;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.Outcome;

/**
 * Application states for tests, written as the contract writes dates, with readable defaults (a
 * pending application at "Acme"): a shorthand over {@link ApplicationState#builder()}, which
 * holds the state's shape.
 */
public final class StateBuilder {

    /**
     * What the rules read of {@code state} (its asOf set), as contract 1.1 answers it: the history it
     * stands for, with its own holidays and no quiet weeks.
     */
    public static com.followupadvisor.history.Situation situation(ApplicationState state) {
        return com.followupadvisor.history.Situation.of(com.followupadvisor.history.FromState.translate(state),
                new com.followupadvisor.calendar.WorkingDays(state.holidays().region(), state.holidays().closedDays(), day -> false));
    }

    private final ApplicationState.Builder state = ApplicationState.builder()
            .timezone(ZoneId.of("Europe/Berlin")).company("Acme").role("Data Analyst").candidateName("Sam Lee");

    public static StateBuilder interviewAt(String at) {
        StateBuilder b = new StateBuilder();
        b.state.interviewAt(LocalDateTime.parse(at));
        return b;
    }

    /** The facts the rules read of the state built (its asOf must be set). */
    public java.util.List<Object> facts() {
        return situation(build()).facts();
    }

    public StateBuilder asOf(String at) {
        state.asOf(LocalDateTime.parse(at));
        return this;
    }

    public StateBuilder noAsOf() {
        state.asOf(null);
        return this;
    }

    public StateBuilder zone(String id) {
        state.timezone(ZoneId.of(id));
        return this;
    }

    public StateBuilder company(String name) {
        state.company(name);
        return this;
    }

    public StateBuilder role(String name) {
        state.role(name);
        return this;
    }

    public StateBuilder candidate(String name) {
        state.candidateName(name);
        return this;
    }

    public StateBuilder interviewer(String name, String email, String title) {
        state.interviewer(new Interviewer(name, email, title));
        return this;
    }

    public StateBuilder expectedBy(String date) {
        state.timelineAsked(true).expectedBy(LocalDate.parse(date));
        return this;
    }

    public StateBuilder thankYouSent(String at) {
        state.thankYouSentAt(LocalDateTime.parse(at));
        return this;
    }

    public StateBuilder thankYouNotWanted() {
        state.thankYouNotWanted(true);
        return this;
    }

    public StateBuilder followUp(String at) {
        state.followUp(new FollowUp(LocalDateTime.parse(at), Channel.EMAIL));
        return this;
    }

    public StateBuilder lastHeard(String at) {
        state.lastHeardAt(LocalDateTime.parse(at));
        return this;
    }

    public StateBuilder outcome(Outcome value) {
        state.outcome(value);
        return this;
    }

    public StateBuilder others(int applications, int interviews) {
        state.otherOpportunities(new ApplicationState.OtherOpportunities(applications, interviews));
        return this;
    }

    public StateBuilder firstChoice() {
        state.firstChoice(true);
        return this;
    }

    public ApplicationState build() {
        return state.build();
    }
}
