package com.followupadvisor.history;

/** Who signs the drafts; every field may be null. */
public record Candidate(String name, String email, String phone) {

    public static final Candidate UNNAMED = new Candidate(null, null, null);
}
