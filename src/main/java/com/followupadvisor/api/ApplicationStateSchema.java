package com.followupadvisor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.followupadvisor.advice.Channel;
import com.followupadvisor.advice.Outcome;

/**
 * The request body as the OpenAPI document describes it. Never bound: the body is read by
 * {@link StateParser}, which reports every bad field at once, and whose limits these
 * annotations take their numbers from.
 */
@Schema(name = "ApplicationState", description = "One job application, as the candidate sees it now. "
        + "All dates and times are local to the applicant: a date is YYYY-MM-DD, a date-time YYYY-MM-DDTHH:MM[:SS] "
        + "with no offset, read in `timezone`. Unknown fields are rejected.", additionalProperties = Schema.False.class)
record ApplicationStateSchema(
        @Schema(description = "\"Now\" for this evaluation; default: the current time in `timezone`.",
                pattern = LOCAL_DATE_TIME, examples = "2026-11-24T09:00") String asOf,
        @Schema(description = "IANA time zone id; default: the service's configured zone (UTC unless configured).",
                examples = "Europe/Berlin") String timezone,
        @Schema(required = true, description = "The employer.", minLength = 1, maxLength = StateParser.MAX_TEXT,
                examples = "Acme") String company,
        @Schema(description = "Job title.", maxLength = StateParser.MAX_TEXT, examples = "Data Analyst") String role,
        @Schema(description = "Signs the drafts.", maxLength = StateParser.MAX_TEXT, examples = "Sam Lee") String candidateName,
        @Schema(required = true) Interview interview,
        Timeline timeline,
        ThankYou thankYou,
        @Schema(description = "Follow-ups already made.", maxItems = StateParser.MAX_FOLLOW_UPS) List<FollowUp> followUps,
        @Schema(description = "The employer's latest contact after the interview.", pattern = LOCAL_DATE_TIME,
                examples = "2026-11-20T11:00") String lastHeardAt,
        @Schema(description = "Where the application stands.", defaultValue = "PENDING") Outcome outcome,
        OtherOpportunities otherOpportunities,
        @Schema(description = "This job is the candidate's first choice.") Boolean firstChoice) {

    static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    @Schema(name = "Interview", additionalProperties = Schema.False.class)
    record Interview(
            @Schema(required = true, description = "Start of the most recent interview.", pattern = LOCAL_DATE_TIME,
                    examples = "2026-11-12T10:00") String at,
            @Schema(description = "People met.", maxItems = StateParser.MAX_INTERVIEWERS) List<Interviewer> interviewers) {
    }

    @Schema(name = "Interviewer", additionalProperties = Schema.False.class)
    record Interviewer(
            @Schema(required = true, minLength = 1, maxLength = StateParser.MAX_TEXT, examples = "Dana Smith") String name,
            @Schema(description = "A valid email address.", format = "email", maxLength = StateParser.MAX_EMAIL,
                    examples = "dana@acme.example") String email,
            @Schema(maxLength = StateParser.MAX_TEXT, examples = "Head of Data") String title) {
    }

    @Schema(name = "Timeline", additionalProperties = Schema.False.class)
    record Timeline(
            @Schema(description = "The candidate asked when to expect news.") Boolean asked,
            @Schema(description = "The date by which the employer said it would get back.", type = SchemaType.STRING,
                    format = "date", examples = "2026-11-19") String expectedBy) {
    }

    @Schema(name = "ThankYou", additionalProperties = Schema.False.class)
    record ThankYou(
            @Schema(description = "When the thank-you note(s) went out; not before interview.at.", pattern = LOCAL_DATE_TIME,
                    examples = "2026-11-12T18:00") String sentAt,
            @Schema(description = "The employer asked for no thank-you notes.") Boolean notWanted) {
    }

    @Schema(name = "FollowUp", additionalProperties = Schema.False.class)
    record FollowUp(
            @Schema(required = true, description = "When it was made; not before interview.at.", pattern = LOCAL_DATE_TIME,
                    examples = "2026-11-23T09:30") String at,
            @Schema(required = true) Channel channel) {
    }

    @Schema(name = "OtherOpportunities", additionalProperties = Schema.False.class)
    record OtherOpportunities(
            @Schema(description = "Other applications in flight.", minimum = "0",
                    maximum = "" + StateParser.MAX_ACTIVE_APPLICATIONS) Integer activeApplications,
            @Schema(description = "Other interviews scheduled.", minimum = "0",
                    maximum = "" + StateParser.MAX_UPCOMING_INTERVIEWS) Integer upcomingInterviews) {
    }
}
