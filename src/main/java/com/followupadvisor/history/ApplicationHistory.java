package com.followupadvisor.history;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.followupadvisor.state.ApplicationState.Holidays;
import com.followupadvisor.state.ApplicationState.OtherOpportunities;

/**
 * One job application as contract 2.0 describes it, already validated: who is involved and what
 * happened, as events in the order the caller listed them. {@code asOf} is null when the caller
 * wants "now"; {@code applicationId} null when the caller gave none (a default is derived);
 * {@code contact} a person's id or null (the default contact is worked out from the people and
 * events); {@code holidays.region} null for weekends only (a reader has already applied the
 * default).
 */
public record ApplicationHistory(
        LocalDateTime asOf,
        ZoneId timezone,
        String language,
        String applicationId,
        String company,
        String role,
        Candidate candidate,
        boolean firstChoice,
        List<Person> people,
        String contact,
        List<Event> events,
        OtherOpportunities otherOpportunities,
        Holidays holidays) {

    public ApplicationHistory {
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(company, "company");
        candidate = candidate == null ? Candidate.UNNAMED : candidate;
        people = people == null ? List.of() : List.copyOf(people);
        events = events == null ? List.of() : List.copyOf(events);
        otherOpportunities = otherOpportunities == null ? OtherOpportunities.NONE : otherOpportunities;
        holidays = holidays == null ? Holidays.NONE : holidays;
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public ApplicationHistory withAsOf(LocalDateTime moment) {
        return new ApplicationHistory(moment, timezone, language, applicationId, company, role, candidate, firstChoice,
                people, contact, events, otherOpportunities, holidays);
    }

    /** This history with its actions' prefix settled: the caller's applicationId, else the default one. */
    public ApplicationHistory withSettledApplicationId() {
        if (applicationId != null) {
            return this;
        }
        return new ApplicationHistory(asOf, timezone, language, Situation.applicationId(this), company, role, candidate,
                firstChoice, people, contact, events, otherOpportunities, holidays);
    }

    public ApplicationHistory withLanguage(String code) {
        return new ApplicationHistory(asOf, timezone, code, applicationId, company, role, candidate, firstChoice, people,
                contact, events, otherOpportunities, holidays);
    }

    /** This history with {@code more} events after those it has (the plan's steps assumed done). */
    public ApplicationHistory withEvents(List<Event> more) {
        List<Event> all = new java.util.ArrayList<>(events);
        all.addAll(more);
        return new ApplicationHistory(asOf, timezone, language, applicationId, company, role, candidate, firstChoice,
                people, contact, all, otherOpportunities, holidays);
    }
}
