package com.followupadvisor.wording;

import java.util.List;

import com.followupadvisor.history.Situation;

/**
 * Someone a draft is written to, with what the draft may say of them. {@code toContact} says
 * whether they are the one coordinating the process (the contact, else the first person met),
 * whose note alone asks about next steps. Every field but {@code id} may be null.
 */
record Person(String id, String name, String email, String phone, String title, String addressAs, String talkedAbout,
        boolean toContact) {

    /** The one person a single draft about {@code ref} goes to (null ref: the contact); null when nobody is named. */
    static Person one(Situation situation, String ref) {
        com.followupadvisor.history.Person p = ref == null ? situation.contact() : situation.writer(ref);
        return p == null ? null : of(p, null, true);
    }

    /**
     * Each person {@code ref} concerns (the people met not yet thanked, the referrers), the contact
     * among them marked so; when the contact is not among them, the first of them asks instead.
     */
    static List<Person> each(Situation situation, String ref) {
        List<com.followupadvisor.history.Person> people = situation.concerned(ref);
        com.followupadvisor.history.Person contact = situation.contact();
        com.followupadvisor.history.Person asks = people.contains(contact) ? contact : people.isEmpty() ? null : people.get(0);
        return people.stream().map(p -> of(p, situation.talkedAbout(ref, p), p == asks)).toList();
    }

    private static Person of(com.followupadvisor.history.Person p, String talkedAbout, boolean toContact) {
        return new Person(p.id(), p.name(), p.email(), p.phone(), p.title(), p.addressAs(), talkedAbout, toContact);
    }
}
