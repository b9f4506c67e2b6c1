package com.followupadvisor.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import com.followupadvisor.state.ApplicationState.Timeline;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.InterviewFormat;

/**
 * One event of a history, as the caller listed it: its {@link EventType}, when it happened, and the
 * fields of that type (the others null or empty). {@code id} and {@code note} are the caller's own
 * and never change the advice.
 */
public record Event(
        EventType type,
        When at,
        String id,
        String note,
        Integer round,
        Stage stage,
        InterviewFormat format,
        List<Attendance> interviewers,
        Timeline timeline,
        boolean thankYouNotWanted,
        List<String> to,
        Channel channel,
        LocalDate answerBy,
        String action,
        String from,
        LocalDate expectedBy,
        QuestionTopic about,
        LocalDateTime newAt,
        When due) {

    public Event {
        Objects.requireNonNull(type, "events[].type");
        Objects.requireNonNull(at, "events[].at");
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        to = to == null ? List.of() : List.copyOf(to);
        if (type == EventType.INTERVIEW) {
            stage = stage == null ? Stage.INTERVIEW : stage;
            format = format == null ? InterviewFormat.IN_PERSON : format;
            timeline = timeline == null ? Timeline.NOT_ASKED : timeline;
        }
    }

    /** A person at an interview, with what they talked about (may be null). */
    public record Attendance(String person, String talkedAbout) {
    }

    /** An event of {@code type} at {@code at} with no further fields; {@link Builder} adds them. */
    public static Builder of(EventType type, When at) {
        return new Builder(type, at);
    }

    /** This event without the caller's {@code id} and {@code note}: equal for an event and its repeats. */
    Event withoutCallersText() {
        return id == null && note == null ? this : new Event(type, at, null, null, round, stage, format, interviewers,
                timeline, thankYouNotWanted, to, channel, answerBy, action, from, expectedBy, about, newAt, due);
    }

    /** Builds an event field by field. */
    public static final class Builder {

        private final EventType type;
        private final When at;
        private String id;
        private String note;
        private Integer round;
        private Stage stage;
        private InterviewFormat format;
        private List<Attendance> interviewers = List.of();
        private Timeline timeline;
        private boolean thankYouNotWanted;
        private List<String> to = List.of();
        private Channel channel;
        private LocalDate answerBy;
        private String action;
        private String from;
        private LocalDate expectedBy;
        private QuestionTopic about;
        private LocalDateTime newAt;
        private When due;

        private Builder(EventType type, When at) {
            this.type = type;
            this.at = at;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder note(String value) {
            note = value;
            return this;
        }

        public Builder round(Integer value) {
            round = value;
            return this;
        }

        public Builder stage(Stage value) {
            stage = value;
            return this;
        }

        public Builder format(InterviewFormat value) {
            format = value;
            return this;
        }

        public Builder interviewers(List<Attendance> value) {
            interviewers = value;
            return this;
        }

        public Builder timeline(Timeline value) {
            timeline = value;
            return this;
        }

        public Builder thankYouNotWanted(boolean value) {
            thankYouNotWanted = value;
            return this;
        }

        public Builder to(List<String> value) {
            to = value;
            return this;
        }

        public Builder channel(Channel value) {
            channel = value;
            return this;
        }

        public Builder answerBy(LocalDate value) {
            answerBy = value;
            return this;
        }

        public Builder action(String value) {
            action = value;
            return this;
        }

        public Builder from(String value) {
            from = value;
            return this;
        }

        public Builder expectedBy(LocalDate value) {
            expectedBy = value;
            return this;
        }

        public Builder about(QuestionTopic value) {
            about = value;
            return this;
        }

        public Builder newAt(LocalDateTime value) {
            newAt = value;
            return this;
        }

        public Builder due(When value) {
            due = value;
            return this;
        }

        public Event build() {
            return new Event(type, at, id, note, round, stage, format, interviewers, timeline, thankYouNotWanted, to,
                    channel, answerBy, action, from, expectedBy, about, newAt, due);
        }
    }
}
