package com.followupadvisor.state;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON field names of one part of the state, read off its record: a field added to the state
 * model is known to the reader, and to the OpenAPI document, without a second list to keep in step.
 * Public for contract 2.0's reader, whose parts are records of their own.
 */
public final class KnownFields {

    static final Set<String> STATE = of(ApplicationState.class);
    static final Set<String> INTERVIEW = of(ApplicationState.Interview.class);
    static final Set<String> INTERVIEWER = of(ApplicationState.Interviewer.class);
    static final Set<String> CONTACT = of(ApplicationState.Contact.class);
    static final Set<String> HOLIDAYS = of(ApplicationState.Holidays.class);
    static final Set<String> TIMELINE = of(ApplicationState.Timeline.class);
    static final Set<String> THANK_YOU = of(ApplicationState.ThankYou.class);
    static final Set<String> FOLLOW_UP = of(ApplicationState.FollowUp.class);
    static final Set<String> OTHER_OPPORTUNITIES = of(ApplicationState.OtherOpportunities.class);

    private KnownFields() {
    }

    public static Set<String> of(Class<? extends Record> part) {
        return Arrays.stream(part.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
