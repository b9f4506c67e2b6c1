package com.followupadvisor.history;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.Contact;
import com.followupadvisor.state.ApplicationState.Interviewer;
import com.followupadvisor.state.Outcome;

/**
 * A contract 1.1 state as the 2.0 history it stands for (the table "1.1 as events" of the
 * contract), so that one model and one rule set answer both. The state must be seen from a
 * moment: {@code asOf} set.
 */
public final class FromState {

    private FromState() {
    }

    public static ApplicationHistory translate(ApplicationState s) {
        LocalDateTime asOf = Objects.requireNonNull(s.asOf(), "asOf");
        List<Person> people = new ArrayList<>();
        List<Event.Attendance> met = new ArrayList<>();
        Interviewer contactMet = s.contact() == null ? null : metAs(s.contact(), s.interview().interviewers());
        List<Interviewer> interviewers = s.interview().interviewers();
        String contactId = null;
        for (int i = 0; i < interviewers.size(); i++) {
            Interviewer p = interviewers.get(i);
            String id = "interviewer-" + (i + 1);
            if (p == contactMet) {
                Contact c = s.contact();
                people.add(new Person(id, c.name(), c.email() != null ? c.email() : p.email(), c.phone(),
                        c.title() != null ? c.title() : p.title(), c.addressAs() != null ? c.addressAs() : p.addressAs(), null));
                contactId = id;
            } else {
                people.add(new Person(id, p.name(), p.email(), null, p.title(), p.addressAs(), null));
            }
            met.add(new Event.Attendance(id, p.talkedAbout()));
        }
        if (s.contact() != null && contactId == null) {
            Contact c = s.contact();
            contactId = "contact";
            people.add(new Person(contactId, c.name(), c.email(), c.phone(), c.title(), c.addressAs(), null));
        }

        List<Event> events = new ArrayList<>();
        events.add(Event.of(EventType.INTERVIEW, When.at(s.interview().at())).round(s.interview().round())
                .format(s.interview().format()).interviewers(met).timeline(s.timeline())
                .thankYouNotWanted(s.thankYou().notWanted()).build());
        if (s.thankYou().sentAt() != null) {
            events.add(Event.of(EventType.THANK_YOU, When.at(s.thankYou().sentAt())).build());
        }
        // by time, and for two at the same minute by channel: contract 1.1 lets no order of its list matter
        List<ApplicationState.FollowUp> made = new ArrayList<>(s.followUps());
        made.sort(java.util.Comparator.comparing(ApplicationState.FollowUp::at).thenComparing(ApplicationState.FollowUp::channel));
        for (ApplicationState.FollowUp f : made) {
            events.add(Event.of(EventType.FOLLOW_UP, When.at(f.at())).channel(f.channel()).build());
        }
        LocalDateTime heard = s.lastHeardAt();
        switch (s.outcome()) {
            case PENDING -> {
                if (heard != null) {
                    events.add(Event.of(EventType.STILL_DECIDING, When.at(heard)).build());
                }
            }
            // a reply with no date for the decision answered it: the decision came no later than the reply
            case OFFER -> events.add(Event.of(EventType.OFFER, When.at(decided(heard, s.repliedAt(), asOf))).build());
            case REJECTED -> events.add(Event.of(EventType.REJECTION, When.at(decided(heard, s.repliedAt(), asOf))).build());
            default -> {
            }
        }
        if (s.repliedAt() != null) {
            events.add(Event.of(EventType.REPLIED, When.at(s.repliedAt())).build());
        }
        if (s.outcome() == Outcome.ACCEPTED) {
            events.add(Event.of(EventType.ACCEPTED, When.at(asOf)).build());
        } else if (s.outcome() == Outcome.WITHDRAWN) {
            events.add(Event.of(EventType.WITHDREW, When.at(asOf)).build());
        }
        return new ApplicationHistory(asOf, s.timezone(), s.language(), null, s.company(), s.role(),
                new Candidate(s.candidateName(), null, null), s.firstChoice(), people, contactId, events,
                s.otherOpportunities(), s.holidays());
    }

    /** When the employer's decision came: their latest contact, else no later than the reply to it, else now. */
    private static LocalDateTime decided(LocalDateTime heard, LocalDateTime replied, LocalDateTime asOf) {
        return heard != null ? heard : replied != null ? replied : asOf;
    }

    /**
     * The person met who is the contact: the one with the same email, else the one with the same
     * name; nobody when several match, so that the order people are listed in never decides.
     */
    private static Interviewer metAs(Contact contact, List<Interviewer> people) {
        List<Interviewer> byEmail = contact.email() == null ? List.of() : people.stream()
                .filter(p -> contact.email().equalsIgnoreCase(Objects.toString(p.email(), ""))).toList();
        if (!byEmail.isEmpty()) {
            return byEmail.size() == 1 ? byEmail.get(0) : null;
        }
        List<Interviewer> byName = people.stream().filter(p -> contact.name().strip().equalsIgnoreCase(p.name().strip())).toList();
        return byName.size() == 1 ? byName.get(0) : null;
    }
}
