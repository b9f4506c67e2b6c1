package com.followupadvisor.advising;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where the application stands (contract 2.0's {@code status}): its outcome, the latest round held,
 * whose move it is, the reference date the follow-ups are timed from (while it matters), the next
 * interview, and the holiday region used ({@code NONE}: weekends only).
 */
public record Status(String outcome, int round, String waitingOn, LocalDate referenceDate, LocalDateTime nextInterviewAt,
        String region) {
}
