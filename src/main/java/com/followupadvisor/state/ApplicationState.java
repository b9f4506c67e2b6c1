package com.followupadvisor.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.ApplicationState.Interview;
import com.followupadvisor.state.ApplicationState.Interviewer;
import com.followupadvisor.state.ApplicationState.OtherOpportunities;
import com.followupadvisor.state.ApplicationState.ThankYou;
import com.followupadvisor.state.ApplicationState.Timeline;

/**
 * One job application as the caller describes it, already validated, nested the way the request
 * body nests. This is the one description of the state's shape: {@link StateReader} takes the
 * known field names from these records, the OpenAPI document takes the request schema from their
 * annotations, and everything else builds a state with {@link #builder()}. Optional values are
 * null, empty lists or the empty part ({@link Timeline#NOT_ASKED} and so on); {@code asOf} is null
 * when the caller wants "now".
 */
@Schema(name = "ApplicationState", description = "One job application, as the candidate sees it now. "
        + "All dates and times are local to the applicant: a date is YYYY-MM-DD, a date-time YYYY-MM-DDTHH:MM[:SS] "
        + "with no offset, read in `timezone`. Unknown fields are rejected. Every free text is one line: no control "
        + "character (U+0000-U+001F, U+007F-U+009F), no U+2028 or U+2029, no bidirectional override or isolate "
        + "(U+202A-U+202E, U+2066-U+2069), and no unpaired surrogate.", additionalProperties = Schema.False.class)
public record ApplicationState(
        @Schema(description = "\"Now\" for this evaluation; default: the current time in `timezone`.",
                implementation = String.class, pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-24T09:00")
        LocalDateTime asOf,
        @Schema(description = "IANA time zone id; default: the service's configured zone (UTC unless configured).",
                implementation = String.class, examples = "Europe/Berlin")
        ZoneId timezone,
        @Schema(description = "Language of `title`, `why` and `drafts`: `en` or `de` (more may be added); default: "
                + "the request's `Accept-Language` if supported, else `en`.", pattern = Limits.LANGUAGE, examples = "de")
        String language,
        @Schema(required = true, description = "The employer; not blank.", minLength = 1, maxLength = Limits.TEXT,
                pattern = Limits.ONE_LINE_NOT_BLANK, examples = "Acme")
        String company,
        @Schema(description = "Job title.", maxLength = Limits.TEXT, pattern = Limits.ONE_LINE, examples = "Data Analyst")
        String role,
        @Schema(description = "Signs the drafts.", maxLength = Limits.TEXT, pattern = Limits.ONE_LINE, examples = "Sam Lee")
        String candidateName,
        @Schema(required = true)
        Interview interview,
        @Schema(description = "The person coordinating the process (recruiter, hiring manager); follow-ups go to "
                + "them. Default: the first interviewer.")
        Contact contact,
        Timeline timeline,
        ThankYou thankYou,
        @Schema(description = "Follow-ups already made.", maxItems = Limits.FOLLOW_UPS)
        List<FollowUp> followUps,
        @Schema(description = "The employer's latest contact after the interview.", implementation = String.class,
                pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-20T11:00")
        LocalDateTime lastHeardAt,
        @Schema(description = "When the candidate last answered the employer's latest contact; between interview.at "
                + "and asOf.", implementation = String.class, pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-20T15:00")
        LocalDateTime repliedAt,
        @Schema(description = "Where the application stands; PENDING when absent.")
        Outcome outcome,
        OtherOpportunities otherOpportunities,
        @Schema(description = "This job is the candidate's first choice.")
        boolean firstChoice,
        Holidays holidays) {

    /** What the OpenAPI document says of an email address ({@code EmailAddresses}). */
    static final String EMAIL = "A valid email address (checked by Apache Commons Validator, with the top-level domains "
            + "IANA lists and .example and .test); the part before the @ may not be quoted or hold a backslash.";

    public ApplicationState {
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(interview, "interview");
        timeline = timeline == null ? Timeline.NOT_ASKED : timeline;
        thankYou = thankYou == null ? ThankYou.NOT_SENT : thankYou;
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        outcome = outcome == null ? Outcome.PENDING : outcome;
        otherOpportunities = otherOpportunities == null ? OtherOpportunities.NONE : otherOpportunities;
        holidays = holidays == null ? Holidays.NONE : holidays;
    }

    @Schema(name = "Interview", additionalProperties = Schema.False.class)
    public record Interview(
            @Schema(required = true, description = "Start of the most recent interview.", implementation = String.class,
                    pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-12T10:00")
            LocalDateTime at,
            @Schema(description = "Which interview of this process it was; 1 when absent.", minimum = "1",
                    maximum = "" + Limits.ROUNDS)
            int round,
            @Schema(description = "How it took place; IN_PERSON when absent.")
            InterviewFormat format,
            @Schema(description = "People met.", maxItems = Limits.INTERVIEWERS)
            List<Interviewer> interviewers) {

        public Interview {
            Objects.requireNonNull(at, "interview.at");
            round = round == 0 ? 1 : round;
            format = format == null ? InterviewFormat.IN_PERSON : format;
            interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        }

        /** A first-round interview in person. */
        public Interview(LocalDateTime at, List<Interviewer> interviewers) {
            this(at, 1, InterviewFormat.IN_PERSON, interviewers);
        }
    }

    /** A person the candidate met at the interview; {@code email} and {@code title} may be null. */
    @Schema(name = "Interviewer", additionalProperties = Schema.False.class)
    public record Interviewer(
            @Schema(required = true, minLength = 1, maxLength = Limits.TEXT, pattern = Limits.ONE_LINE, examples = "Dana Smith")
            String name,
            @Schema(description = EMAIL, format = "email", maxLength = Limits.EMAIL, examples = "dana@acme.example")
            String email,
            @Schema(maxLength = Limits.TEXT, pattern = Limits.ONE_LINE, examples = "Head of Data")
            String title,
            @Schema(description = "How drafts greet the person (\"Dana\", \"Dr Raman\"); default: name.",
                    maxLength = Limits.ADDRESS_AS, pattern = Limits.ONE_LINE, examples = "Dana")
            String addressAs,
            @Schema(description = "Something specific discussed with this person, which their thank-you note mentions.",
                    maxLength = Limits.TALKED_ABOUT, pattern = Limits.ONE_LINE, examples = "the move to a new data warehouse")
            String talkedAbout) {

        public Interviewer(String name, String email, String title) {
            this(name, email, title, null, null);
        }
    }

    /** The person coordinating the process; follow-ups go to them. */
    @Schema(name = "Contact", additionalProperties = Schema.False.class)
    public record Contact(
            @Schema(required = true, minLength = 1, maxLength = Limits.TEXT, pattern = Limits.ONE_LINE, examples = "Lee Park")
            String name,
            @Schema(description = EMAIL, format = "email", maxLength = Limits.EMAIL, examples = "lee@acme.example")
            String email,
            @Schema(description = "Digits, spaces and +()-./", maxLength = Limits.PHONE, pattern = Limits.PHONE_NUMBER,
                    examples = "+49 30 1234567")
            String phone,
            @Schema(maxLength = Limits.TEXT, pattern = Limits.ONE_LINE, examples = "Recruiter")
            String title,
            @Schema(description = "How drafts greet the person; default: name.", maxLength = Limits.ADDRESS_AS,
                    pattern = Limits.ONE_LINE, examples = "Lee")
            String addressAs) {
    }

    /** Whose days off count as non-working days, besides weekends. */
    @Schema(name = "Holidays", additionalProperties = Schema.False.class)
    public record Holidays(
            @Schema(description = "ISO 3166-1 alpha-2 country, optionally - and an ISO 3166-2 subdivision (US, GB, DE-BY, "
                    + "US-NY): whose public holidays count as non-working days.", pattern = Limits.REGION, examples = "DE-BY")
            String region,
            @Schema(description = "Further days the employer is closed.", maxItems = Limits.CLOSED_DAYS)
            List<LocalDate> closedDays) {

        public static final Holidays NONE = new Holidays(null, List.of());

        public Holidays {
            closedDays = closedDays == null ? List.of() : List.copyOf(closedDays);
        }
    }

    @Schema(name = "Timeline", additionalProperties = Schema.False.class)
    public record Timeline(
            @Schema(description = "The candidate asked when to expect news.")
            boolean asked,
            @Schema(description = "The date by which the employer said it would get back.", implementation = String.class,
                    format = "date", examples = "2026-11-19")
            LocalDate expectedBy) {

        public static final Timeline NOT_ASKED = new Timeline(false, null);
    }

    @Schema(name = "ThankYou", additionalProperties = Schema.False.class)
    public record ThankYou(
            @Schema(description = "When the thank-you note(s) went out; not before interview.at.",
                    implementation = String.class, pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-12T18:00")
            LocalDateTime sentAt,
            @Schema(description = "The employer asked for no thank-you notes.")
            boolean notWanted) {

        public static final ThankYou NOT_SENT = new ThankYou(null, false);
    }

    /** A follow-up the candidate already made. */
    @Schema(name = "FollowUp", additionalProperties = Schema.False.class)
    public record FollowUp(
            @Schema(required = true, description = "When it was made; not before interview.at.",
                    implementation = String.class, pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-23T09:30")
            LocalDateTime at,
            @Schema(required = true)
            Channel channel) {

        public FollowUp {
            Objects.requireNonNull(at, "followUps[].at");
            Objects.requireNonNull(channel, "followUps[].channel");
        }
    }

    @Schema(name = "OtherOpportunities", additionalProperties = Schema.False.class)
    public record OtherOpportunities(
            @Schema(description = "Other applications in flight.", minimum = "0",
                    maximum = "" + Limits.ACTIVE_APPLICATIONS)
            int activeApplications,
            @Schema(description = "Other interviews scheduled.", minimum = "0",
                    maximum = "" + Limits.UPCOMING_INTERVIEWS)
            int upcomingInterviews) {

        public static final OtherOpportunities NONE = new OtherOpportunities(0, 0);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this state's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public ApplicationState withAsOf(LocalDateTime newAsOf) {
        return toBuilder().asOf(newAsOf).build();
    }

    public ApplicationState withThankYouSentAt(LocalDateTime sentAt) {
        return toBuilder().thankYouSentAt(sentAt).build();
    }

    public ApplicationState withFollowUp(FollowUp followUp) {
        return toBuilder().followUp(followUp).build();
    }

    /** Builds a state field by field; the parts left unset take the record's defaults. */
    public static final class Builder {

        private LocalDateTime asOf;
        private ZoneId timezone;
        private String language;
        private String company;
        private String role;
        private String candidateName;
        private LocalDateTime interviewAt;
        private int round = 1;
        private InterviewFormat format = InterviewFormat.IN_PERSON;
        private final List<Interviewer> interviewers = new ArrayList<>();
        private Contact contact;
        private Timeline timeline = Timeline.NOT_ASKED;
        private ThankYou thankYou = ThankYou.NOT_SENT;
        private final List<FollowUp> followUps = new ArrayList<>();
        private LocalDateTime lastHeardAt;
        private LocalDateTime repliedAt;
        private Outcome outcome;
        private OtherOpportunities otherOpportunities = OtherOpportunities.NONE;
        private boolean firstChoice;
        private Holidays holidays = Holidays.NONE;

        private Builder() {
        }

        private Builder(ApplicationState s) {
            asOf = s.asOf;
            timezone = s.timezone;
            language = s.language;
            company = s.company;
            role = s.role;
            candidateName = s.candidateName;
            interviewAt = s.interview.at();
            round = s.interview.round();
            format = s.interview.format();
            interviewers.addAll(s.interview.interviewers());
            contact = s.contact;
            timeline = s.timeline;
            thankYou = s.thankYou;
            followUps.addAll(s.followUps);
            lastHeardAt = s.lastHeardAt;
            repliedAt = s.repliedAt;
            outcome = s.outcome;
            otherOpportunities = s.otherOpportunities;
            firstChoice = s.firstChoice;
            holidays = s.holidays;
        }

        public Builder asOf(LocalDateTime value) {
            asOf = value;
            return this;
        }

        public Builder timezone(ZoneId value) {
            timezone = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder company(String value) {
            company = value;
            return this;
        }

        public Builder role(String value) {
            role = value;
            return this;
        }

        public Builder candidateName(String value) {
            candidateName = value;
            return this;
        }

        public Builder interviewAt(LocalDateTime value) {
            interviewAt = value;
            return this;
        }

        public Builder round(int value) {
            round = value;
            return this;
        }

        public Builder format(InterviewFormat value) {
            format = value;
            return this;
        }

        public Builder contact(Contact value) {
            contact = value;
            return this;
        }

        public Builder interviewer(Interviewer value) {
            interviewers.add(value);
            return this;
        }

        /** Replaces the people met. */
        public Builder interviewers(List<Interviewer> people) {
            interviewers.clear();
            interviewers.addAll(people);
            return this;
        }

        public Builder timeline(Timeline value) {
            timeline = value;
            return this;
        }

        public Builder timelineAsked(boolean asked) {
            timeline = new Timeline(asked, timeline.expectedBy());
            return this;
        }

        public Builder expectedBy(LocalDate date) {
            timeline = new Timeline(timeline.asked(), date);
            return this;
        }

        public Builder thankYou(ThankYou value) {
            thankYou = value;
            return this;
        }

        public Builder thankYouSentAt(LocalDateTime at) {
            thankYou = new ThankYou(at, thankYou.notWanted());
            return this;
        }

        public Builder thankYouNotWanted(boolean notWanted) {
            thankYou = new ThankYou(thankYou.sentAt(), notWanted);
            return this;
        }

        public Builder followUp(FollowUp value) {
            followUps.add(value);
            return this;
        }

        /** Replaces the follow-ups made. */
        public Builder followUps(List<FollowUp> made) {
            followUps.clear();
            followUps.addAll(made);
            return this;
        }

        public Builder lastHeardAt(LocalDateTime value) {
            lastHeardAt = value;
            return this;
        }

        public Builder repliedAt(LocalDateTime value) {
            repliedAt = value;
            return this;
        }

        public Builder holidays(Holidays value) {
            holidays = value;
            return this;
        }

        public Builder outcome(Outcome value) {
            outcome = value;
            return this;
        }

        public Builder otherOpportunities(OtherOpportunities value) {
            otherOpportunities = value;
            return this;
        }

        public Builder firstChoice(boolean value) {
            firstChoice = value;
            return this;
        }

        public ApplicationState build() {
            return new ApplicationState(asOf, timezone, language, company, role, candidateName,
                    new Interview(interviewAt, round, format, interviewers), contact, timeline, thankYou, followUps,
                    lastHeardAt, repliedAt, outcome, otherOpportunities, firstChoice, holidays);
        }
    }
}
