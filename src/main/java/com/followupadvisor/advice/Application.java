package com.followupadvisor.advice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.Outcome;

/**
 * The fact the rules read: an application state seen from one moment ({@code now}), with the
 * dates and counts the rules need already worked out. It holds facts only; what to do about them
 * is for the rules to say. It shows the rules no personal data: no names, no email addresses
 * (the drafts get those, not the rules).
 */
public final class Application {

    private final ApplicationState state;
    private final LocalDateTime now;
    private final List<FollowUp> unanswered;
    private final int unansweredDays;
    private final WorkingDays workingDays;

    public Application(ApplicationState state) {
        if (state.asOf() == null) {
            throw new IllegalArgumentException("the state must be seen from a moment: asOf is null");
        }
        this.state = state;
        this.now = state.asOf();
        LocalDateTime heard = state.lastHeardAt();
        // The contract counts as unanswered the follow-ups made after the interview and after the
        // employer's latest contact; the order the caller listed them in must not matter.
        List<FollowUp> after = new ArrayList<>(state.followUps().size());
        for (FollowUp f : state.followUps()) {
            if (f.at().isAfter(state.interview().at()) && (heard == null || f.at().isAfter(heard))) {
                after.add(f);
            }
        }
        // by time, and for two at the same minute by channel, so that the order they were listed in never matters
        after.sort(Comparator.comparing(FollowUp::at).thenComparing(FollowUp::channel));
        this.unanswered = after;
        this.unansweredDays = (int) after.stream().map(f -> f.at().toLocalDate()).distinct().count();
        this.workingDays = new WorkingDays(state.holidays());
    }

    /** The moment the advice is for, local to the applicant. */
    public LocalDateTime getNow() {
        return now;
    }

    /** The date of {@link #getNow()}. */
    public LocalDate getToday() {
        return now.toLocalDate();
    }

    /** The date itself when the employer works that day, else their next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return workingDays.onOrAfter(date);
    }

    /** The employer's first working day after {@code date}. */
    public LocalDate workingDayAfter(LocalDate date) {
        return workingDays.after(date);
    }

    /** When the candidate last answered the employer's latest contact, or null. */
    public LocalDateTime getRepliedAt() {
        return state.repliedAt();
    }

    /** The candidate answered the employer's latest contact (their offer, their no): replied at or after it. */
    public boolean isRepliedSinceHeard() {
        LocalDateTime replied = state.repliedAt();
        LocalDateTime heard = state.lastHeardAt();
        return replied != null && (heard == null || !replied.isBefore(heard));
    }

    /** The date the employer said so (an offer, a no): their latest contact, else today. */
    public LocalDate getDecisionDate() {
        return state.lastHeardAt() != null ? state.lastHeardAt().toLocalDate() : getToday();
    }

    /** Calendar days from {@link #getDecisionDate()} to today. */
    public long getDaysSinceDecision() {
        return java.time.temporal.ChronoUnit.DAYS.between(getDecisionDate(), getToday());
    }

    public ZoneId getZone() {
        return state.timezone();
    }

    public Outcome getOutcome() {
        return state.outcome();
    }

    public boolean isPending() {
        return state.outcome() == Outcome.PENDING;
    }

    public String getCompany() {
        return state.company();
    }

    public String getRole() {
        return state.role();
    }

    public LocalDateTime getInterviewAt() {
        return state.interview().at();
    }

    public LocalDate getInterviewDate() {
        return state.interview().at().toLocalDate();
    }

    /** True from the interview's start time on. */
    public boolean isInterviewStarted() {
        return !now.isBefore(state.interview().at());
    }

    /**
     * The date it is {@code hours} hours after the interview started, counted in real hours in the
     * applicant's time zone (a daylight-saving change makes a "day" 23 or 25 hours).
     */
    public LocalDate dateHoursAfterInterview(int hours) {
        return state.interview().at().atZone(state.timezone()).plusHours(hours).toLocalDate();
    }

    /** Whole days from the interview's start to now; 6 days and 23 hours count as 6. */
    public long getDaysSinceInterview() {
        return java.time.temporal.ChronoUnit.DAYS.between(state.interview().at(), now);
    }

    public boolean isTimelineAsked() {
        return state.timeline().asked();
    }

    /** The date the employer said it would get back by, or null when they gave none. */
    public LocalDate getExpectedBy() {
        return state.timeline().expectedBy();
    }

    public boolean isThankYouSent() {
        return state.thankYou().sentAt() != null;
    }

    public boolean isThankYouNotWanted() {
        return state.thankYou().notWanted();
    }

    /** The employer's latest contact after the interview, or null. */
    public LocalDateTime getLastHeardAt() {
        return state.lastHeardAt();
    }

    /** The date of {@link #getLastHeardAt()}, or null. */
    public LocalDate getLastHeardDate() {
        return state.lastHeardAt() == null ? null : state.lastHeardAt().toLocalDate();
    }

    /** All follow-ups the candidate made, answered or not. */
    public int getFollowUpsMade() {
        return state.followUps().size();
    }

    /**
     * Follow-ups made after the interview and after the employer's latest contact, counted once
     * per date: an email and a call on the same day are one follow-up.
     */
    public int getUnansweredFollowUps() {
        return unansweredDays;
    }

    /** How the latest unanswered follow-up was made (EMAIL or PHONE), or null when there is none. */
    public com.followupadvisor.state.Channel getLastFollowUpChannel() {
        return unanswered.isEmpty() ? null : unanswered.get(unanswered.size() - 1).channel();
    }

    /** The date of the latest unanswered follow-up, or null when there is none. */
    public LocalDate getLastFollowUpDate() {
        return unanswered.isEmpty() ? null : unanswered.get(unanswered.size() - 1).at().toLocalDate();
    }

    public int getInterviewerCount() {
        return state.interview().interviewers().size();
    }

    public int getActiveApplications() {
        return state.otherOpportunities().activeApplications();
    }

    public int getUpcomingInterviews() {
        return state.otherOpportunities().upcomingInterviews();
    }

    public boolean isFirstChoice() {
        return state.firstChoice();
    }

    @Override
    public String toString() {
        return "Application[now=" + now + ", outcome=" + state.outcome() + ", interviewAt=" + state.interview().at()
                + ", unansweredFollowUps=" + unanswered.size() + "]";
    }
}
