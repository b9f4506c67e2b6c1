package com.followupadvisor.advice;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.followupadvisor.calendar.WorkingDays;

/**
 * The fact the rules read about the application as a whole, seen from one moment ({@code now}):
 * where it stands, the follow-ups unanswered since the employer last spoke, the candidate's other
 * opportunities, and the employer's calendar. It holds facts only; what to do about them is for
 * the rules to say. It shows the rules no personal data: no names, no email addresses.
 */
@Means("The application as a whole, seen from the moment the advice is for: one in every evaluation.")
public final class Application {

    private final LocalDateTime now;
    private final Outcome outcome;
    private final LocalDate outcomeDate;
    private final int round;
    private final boolean interviewToCome;
    private final LocalDate onHoldSince;
    private final int unansweredFollowUps;
    private final LocalDate lastFollowUpDate;
    private final Channel lastFollowUpChannel;
    private final boolean movedOnSaid;
    private final boolean withdrawnElsewhere;
    private final boolean firstChoice;
    private final int activeApplications;
    private final int upcomingInterviews;
    private final int referrers;
    private final WorkingDays workingDays;

    public Application(LocalDateTime now, Outcome outcome, LocalDate outcomeDate, int round, boolean interviewToCome,
            LocalDate onHoldSince, int unansweredFollowUps, LocalDate lastFollowUpDate, Channel lastFollowUpChannel,
            boolean movedOnSaid, boolean withdrawnElsewhere, boolean firstChoice, int activeApplications,
            int upcomingInterviews, int referrers, WorkingDays workingDays) {
        this.now = now;
        this.outcome = outcome;
        this.outcomeDate = outcomeDate;
        this.round = round;
        this.interviewToCome = interviewToCome;
        this.onHoldSince = onHoldSince;
        this.unansweredFollowUps = unansweredFollowUps;
        this.lastFollowUpDate = lastFollowUpDate;
        this.lastFollowUpChannel = lastFollowUpChannel;
        this.movedOnSaid = movedOnSaid;
        this.withdrawnElsewhere = withdrawnElsewhere;
        this.firstChoice = firstChoice;
        this.activeApplications = activeApplications;
        this.upcomingInterviews = upcomingInterviews;
        this.referrers = referrers;
        this.workingDays = workingDays;
    }

    /** The moment the advice is for, local to the applicant. */
    @Means("the moment the advice is for, local to the applicant")
    public LocalDateTime getNow() {
        return now;
    }

    /** The date of {@link #getNow()}. */
    @Means("the date of now")
    public LocalDate getToday() {
        return now.toLocalDate();
    }

    /** Where the application stands, from the employer's and the candidate's events. */
    @Means("where the application stands: OPEN, ON_HOLD, OFFER, ACCEPTED, DECLINED, REJECTED, WITHDRAWN")
    public Outcome getOutcome() {
        return outcome;
    }

    /** The date of the event that decided {@link #getOutcome()}; null while it is OPEN. */
    @Means("the date of the event that decided outcome (null while OPEN)")
    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    /** The round of the latest interview held; 0 before the first. */
    @Means("the round of the latest interview held; 0 before the first")
    public int getRound() {
        return round;
    }

    /** An interview, not cancelled, is still to come. */
    @Means("an interview (not cancelled) is still to come")
    public boolean isInterviewToCome() {
        return interviewToCome;
    }

    /** The date the position was put on hold, while it is; else null. */
    @Means("the date the position was put on hold, while it is (else null)")
    public LocalDate getOnHoldSince() {
        return onHoldSince;
    }

    /**
     * Follow-ups made after the latest interview held, the employer's latest message and the latest
     * assignment handed in, counted once per date: an email and a call on one day are one.
     */
    @Means("follow-ups since the latest interview held, the employer's latest message and the latest assignment handed in, one per date")
    public int getUnansweredFollowUps() {
        return unansweredFollowUps;
    }

    /** The date of the latest unanswered follow-up, or null. */
    @Means("the date of the latest unanswered follow-up, or null")
    public LocalDate getLastFollowUpDate() {
        return lastFollowUpDate;
    }

    /** How the latest unanswered follow-up was made, or null. */
    @Means("how the latest unanswered follow-up was made (EMAIL or PHONE), or null")
    public Channel getLastFollowUpChannel() {
        return lastFollowUpChannel;
    }

    /** The candidate said they moved on (done) since the employer last spoke. */
    @Means("the candidate said they moved on, since the employer last spoke")
    public boolean isMovedOnSaid() {
        return movedOnSaid;
    }

    /** The candidate said they withdrew from their other processes (done). */
    @Means("the candidate said they withdrew from their other processes")
    public boolean isWithdrawnElsewhere() {
        return withdrawnElsewhere;
    }

    @Means("this job is the candidate's first choice")
    public boolean isFirstChoice() {
        return firstChoice;
    }

    /** Other applications in flight. */
    @Means("how many other applications are in flight")
    public int getActiveApplications() {
        return activeApplications;
    }

    /** Other interviews coming up. */
    @Means("how many other interviews are scheduled")
    public int getUpcomingInterviews() {
        return upcomingInterviews;
    }

    /** How many people referred the candidate. */
    @Means("how many people referred the candidate")
    public int getReferrers() {
        return referrers;
    }

    /** The date itself when the employer works that day, else their next working day. */
    @Means("the date itself on the employer's working day, else their next working day (no weekend, public holiday or closed day)")
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return workingDays.onOrAfter(date);
    }

    /** The employer's first working day after {@code date}. */
    @Means("the employer's next working day after the date")
    public LocalDate workingDayAfter(LocalDate date) {
        return workingDays.after(date);
    }

    /** The working day {@code days} working days before {@code date}. */
    @Means("the working day that many working days before the date")
    public LocalDate workingDaysBefore(LocalDate date, int days) {
        return workingDays.before(date, days);
    }

    /**
     * The date {@code days} days of waiting after {@code date}: days in the quiet weeks (the year's
     * end, as {@code rules/quiet-weeks.txt} says) do not count.
     */
    @Means("the date that many days of waiting later: days in the quiet weeks do not count")
    public LocalDate plusWaitingDays(LocalDate date, int days) {
        return workingDays.plusWaitingDays(date, days);
    }

    /**
     * The date itself when the employer works that day and it is outside the quiet weeks, else the
     * next such day: when a follow-up, a check-in or moving on can be.
     */
    @Means("the date itself, or the next day, that is a working day outside the quiet weeks")
    public LocalDate followUpDayOnOrAfter(LocalDate date) {
        return workingDays.activeOnOrAfter(date);
    }

    @Override
    public String toString() {
        return "Application[now=" + now + ", outcome=" + outcome + ", round=" + round + ", unansweredFollowUps="
                + unansweredFollowUps + "]";
    }
}
