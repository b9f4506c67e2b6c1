package com.followupadvisor.advice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One job application as the caller describes it, already validated. Optional values are null
 * (or empty lists); {@code asOf} is null when the caller wants "now".
 */
public record ApplicationState(
        LocalDateTime asOf,
        ZoneId zone,
        String company,
        String role,
        String candidateName,
        LocalDateTime interviewAt,
        List<Interviewer> interviewers,
        boolean timelineAsked,
        LocalDate expectedBy,
        LocalDateTime thankYouSentAt,
        boolean thankYouNotWanted,
        List<FollowUp> followUps,
        LocalDateTime lastHeardAt,
        Outcome outcome,
        int activeApplications,
        int upcomingInterviews,
        boolean firstChoice) {

    public ApplicationState {
        interviewers = List.copyOf(interviewers);
        followUps = List.copyOf(followUps);
    }

    public ApplicationState withAsOf(LocalDateTime newAsOf) {
        return new ApplicationState(newAsOf, zone, company, role, candidateName, interviewAt, interviewers,
                timelineAsked, expectedBy, thankYouSentAt, thankYouNotWanted, followUps, lastHeardAt, outcome,
                activeApplications, upcomingInterviews, firstChoice);
    }

    public ApplicationState withThankYouSentAt(LocalDateTime sentAt) {
        return new ApplicationState(asOf, zone, company, role, candidateName, interviewAt, interviewers,
                timelineAsked, expectedBy, sentAt, thankYouNotWanted, followUps, lastHeardAt, outcome,
                activeApplications, upcomingInterviews, firstChoice);
    }

    public ApplicationState withFollowUp(FollowUp followUp) {
        List<FollowUp> more = new ArrayList<>(followUps);
        more.add(followUp);
        return new ApplicationState(asOf, zone, company, role, candidateName, interviewAt, interviewers,
                timelineAsked, expectedBy, thankYouSentAt, thankYouNotWanted, more, lastHeardAt, outcome,
                activeApplications, upcomingInterviews, firstChoice);
    }
}
