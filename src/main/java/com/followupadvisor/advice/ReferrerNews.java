package com.followupadvisor.advice;

import java.time.LocalDate;

/**
 * Something a referrer would want to hear of (the first interview held, the process settled), when
 * the application has a referrer, with whether they were told since.
 */
@Means("A piece of news a referrer would want (when there is a referrer).")
public final class ReferrerNews implements Subject {

    private final String ref;
    private final int number;
    private final NewsKind kind;
    private final LocalDate date;
    private final boolean told;

    public ReferrerNews(String ref, int number, NewsKind kind, LocalDate date, boolean told) {
        this.ref = ref;
        this.number = number;
        this.kind = kind;
        this.date = date;
        this.told = told;
    }

    @Override
    @Means("which piece of news it is, from 1")
    public int getNumber() {
        return number;
    }

    @Override
    @Means("its id in the history, for the answer's step names")
    public String getRef() {
        return ref;
    }

    @Means("what the news is")
    public NewsKind getKind() {
        return kind;
    }

    @Means("the date it happened")
    public LocalDate getDate() {
        return date;
    }

    /** The referrers were updated (or the candidate said so) after it. */
    @Means("the referrers were updated (or the candidate said so) after it")
    public boolean isTold() {
        return told;
    }

    @Override
    public String toString() {
        return "ReferrerNews[" + number + " " + kind + " on " + date + (told ? ", told" : "") + "]";
    }
}
