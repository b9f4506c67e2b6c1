package com.followupadvisor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.followupadvisor.advice.ApplicationState;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.advice.FollowUp;
import com.followupadvisor.advice.Interviewer;
import com.followupadvisor.advice.Outcome;

/** Application states for tests, with readable defaults: a pending application at "Acme". */
public final class StateBuilder {

    private LocalDateTime asOf;
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private String company = "Acme";
    private String role = "Data Analyst";
    private String candidateName = "Sam Lee";
    private LocalDateTime interviewAt;
    private final List<Interviewer> interviewers = new ArrayList<>();
    private boolean timelineAsked;
    private LocalDate expectedBy;
    private LocalDateTime thankYouSentAt;
    private boolean thankYouNotWanted;
    private final List<FollowUp> followUps = new ArrayList<>();
    private LocalDateTime lastHeardAt;
    private Outcome outcome = Outcome.PENDING;
    private int activeApplications;
    private int upcomingInterviews;
    private boolean firstChoice;

    public static StateBuilder interviewAt(String at) {
        StateBuilder b = new StateBuilder();
        b.interviewAt = LocalDateTime.parse(at);
        return b;
    }

    public StateBuilder asOf(String at) {
        this.asOf = LocalDateTime.parse(at);
        return this;
    }

    public StateBuilder noAsOf() {
        this.asOf = null;
        return this;
    }

    public StateBuilder zone(String id) {
        this.zone = ZoneId.of(id);
        return this;
    }

    public StateBuilder company(String name) {
        this.company = name;
        return this;
    }

    public StateBuilder role(String name) {
        this.role = name;
        return this;
    }

    public StateBuilder candidate(String name) {
        this.candidateName = name;
        return this;
    }

    public StateBuilder interviewer(String name, String email, String title) {
        interviewers.add(new Interviewer(name, email, title));
        return this;
    }

    public StateBuilder expectedBy(String date) {
        this.timelineAsked = true;
        this.expectedBy = LocalDate.parse(date);
        return this;
    }

    public StateBuilder thankYouSent(String at) {
        this.thankYouSentAt = LocalDateTime.parse(at);
        return this;
    }

    public StateBuilder thankYouNotWanted() {
        this.thankYouNotWanted = true;
        return this;
    }

    public StateBuilder followUp(String at) {
        followUps.add(new FollowUp(LocalDateTime.parse(at), Channel.EMAIL));
        return this;
    }

    public StateBuilder lastHeard(String at) {
        this.lastHeardAt = LocalDateTime.parse(at);
        return this;
    }

    public StateBuilder outcome(Outcome value) {
        this.outcome = value;
        return this;
    }

    public StateBuilder others(int applications, int interviews) {
        this.activeApplications = applications;
        this.upcomingInterviews = interviews;
        return this;
    }

    public StateBuilder firstChoice() {
        this.firstChoice = true;
        return this;
    }

    public ApplicationState build() {
        return new ApplicationState(asOf, zone, company, role, candidateName, interviewAt, interviewers,
                timelineAsked, expectedBy, thankYouSentAt, thankYouNotWanted, followUps, lastHeardAt, outcome,
                activeApplications, upcomingInterviews, firstChoice);
    }
}
