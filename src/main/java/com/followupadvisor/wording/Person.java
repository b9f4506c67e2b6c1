package com.followupadvisor.wording;

import java.util.List;
import java.util.Objects;

import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.Contact;
import com.followupadvisor.state.ApplicationState.Interviewer;

/**
 * Someone a draft is written to: a person met, or the contact. {@code toContact} says whether they
 * are the one coordinating the process (the contact, else the first person met), whose note alone
 * asks about next steps.
 */
record Person(String name, String email, String phone, String title, String addressAs, String talkedAbout,
        boolean toContact) {

    /** The contact: the state's, else the first person met, else nobody named (null). */
    static Person contact(ApplicationState state) {
        Contact contact = state.contact();
        if (contact != null) {
            Interviewer met = metAs(contact, state.interview().interviewers());
            return new Person(contact.name(), contact.email(), contact.phone(), contact.title(),
                    contact.addressAs() != null ? contact.addressAs() : met == null ? null : met.addressAs(),
                    met == null ? null : met.talkedAbout(), true);
        }
        List<Interviewer> people = state.interview().interviewers();
        return people.isEmpty() ? null : met(people.get(0), true);
    }

    /** Each person met, the one who is the contact marked so. */
    static List<Person> met(ApplicationState state) {
        List<Interviewer> people = state.interview().interviewers();
        Contact contact = state.contact();
        Interviewer contactMet = contact == null ? (people.isEmpty() ? null : people.get(0))
                : metAs(contact, people);
        // a contact who was not at the interview: the first person met's note asks instead
        Interviewer asks = contactMet != null ? contactMet : people.isEmpty() ? null : people.get(0);
        return people.stream().map(p -> met(p, p == asks)).toList();
    }

    private static Person met(Interviewer p, boolean toContact) {
        return new Person(p.name(), p.email(), null, p.title(), p.addressAs(), p.talkedAbout(), toContact);
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
