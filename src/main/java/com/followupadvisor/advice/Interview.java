package com.followupadvisor.advice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * An interview that was held or is still to come (a cancelled one is neither), at its current time
 * (a moved interview at its new time), seen from the application's moment.
 */
@Means("An interview held or still to come (a moved one at its new time; a cancelled one is none).")
public final class Interview implements Subject {

    private final String ref;
    private final int round;
    private final Stage stage;
    private final Format format;
    private final LocalDateTime at;
    private final boolean held;
    private final boolean latestHeld;
    private final LocalDate expectedBy;
    private final boolean thankYouNotWanted;
    private final int peopleToThank;
    private final boolean thanked;
    private final LocalDateTime now;
    private final ZoneId zone;

    public Interview(String ref, int round, Stage stage, Format format, LocalDateTime at, boolean held, boolean latestHeld,
            LocalDate expectedBy, boolean thankYouNotWanted, int peopleToThank, boolean thanked, LocalDateTime now,
            ZoneId zone) {
        this.ref = ref;
        this.round = round;
        this.stage = stage;
        this.format = format;
        this.at = at;
        this.held = held;
        this.latestHeld = latestHeld;
        this.expectedBy = expectedBy;
        this.thankYouNotWanted = thankYouNotWanted;
        this.peopleToThank = peopleToThank;
        this.thanked = thanked;
        this.now = now;
        this.zone = zone;
    }

    @Override
    @Means("which interview it is, from 1")
    public int getNumber() {
        return round;
    }

    @Override
    @Means("its id in the history, for the answer's step names")
    public String getRef() {
        return ref;
    }

    /** Which round of the process it is: 1 for the first interview. */
    @Means("which round of the process it is: 1 for the first interview")
    public int getRound() {
        return round;
    }

    @Means("the kind of interview")
    public Stage getStage() {
        return stage;
    }

    @Means("IN_PERSON, VIDEO or PHONE")
    public Format getFormat() {
        return format;
    }

    /** When it starts (or started), at its current time. */
    @Means("when it starts (or started), at its current time")
    public LocalDateTime getAt() {
        return at;
    }

    @Means("the date of at")
    public LocalDate getDate() {
        return at.toLocalDate();
    }

    /** It has started: its time has come. */
    @Means("it has started: its time has come")
    public boolean isHeld() {
        return held;
    }

    /** It is the latest interview held. */
    @Means("it is the latest interview held")
    public boolean isLatestHeld() {
        return latestHeld;
    }

    /** The date the employer said they would decide or get back by, or null. */
    @Means("the date the employer said they would decide by, or null")
    public LocalDate getExpectedBy() {
        return expectedBy;
    }

    @Means("the candidate does not want to send a thank-you note for it")
    public boolean isThankYouNotWanted() {
        return thankYouNotWanted;
    }

    /** How many of the people met have not been thanked for it yet. */
    @Means("how many of the people met have not been thanked yet")
    public int getPeopleToThank() {
        return peopleToThank;
    }

    /** Everyone met has been thanked (with nobody named: a thank-you went out after it). */
    @Means("everyone met has been thanked")
    public boolean isThanked() {
        return thanked;
    }

    /** Whole days from its start to now; 6 days and 23 hours count as 6. */
    @Means("whole days since it started: 6 days 23 hours is 6")
    public long getDaysSince() {
        return ChronoUnit.DAYS.between(at, now);
    }

    /**
     * The date it is {@code hours} hours after it started, in real hours in the applicant's time
     * zone (a daylight-saving change makes a "day" 23 or 25 hours).
     */
    @Means("the date that many real hours after it started, in the applicant's time zone")
    public LocalDate dateHoursAfter(int hours) {
        return at.atZone(zone).plusHours(hours).toLocalDate();
    }

    @Override
    public String toString() {
        return "Interview[round=" + round + ", at=" + at + ", held=" + held + ", thanked=" + thanked + "]";
    }
}
