package com.followupadvisor.history;

import java.util.Objects;

/**
 * Someone involved in the process, named by {@code id} in events and {@code contact}; every other
 * field may be null. Without a name, drafts greet without one.
 */
public record Person(String id, String name, String email, String phone, String title, String addressAs,
        PersonRole role) {

    public Person {
        Objects.requireNonNull(id, "people[].id");
        role = role == null ? PersonRole.INTERVIEWER : role;
    }
}
