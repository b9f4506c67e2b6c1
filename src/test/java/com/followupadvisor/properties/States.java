package com.followupadvisor.properties;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.ApplicationState.Interviewer;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.Outcome;
import com.followupadvisor.state.StateWriter;




/**
 * Random application states that the API accepts (each would pass {@code StateReader}): the
 * interview within ten days of an awkward day (a daylight-saving change in the request's zone, a
 * month or year end, a leap day), {@code asOf} from a month before it to a hundred days after (or
 * absent: "now"), follow-ups and the employer's latest contact anywhere after the interview (so also
 * after {@code asOf}), the employer's date on or after the interview's, every outcome, 0 to 20
 * interviewers, a thank-you sent or not wanted.
 */
final class States {

    /** Zones whose clocks change on different days, and two that never do. */
    static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Sydney",
            "Pacific/Auckland", "Asia/Kolkata", "UTC");

    static final List<LocalDate> AWKWARD_DAYS = List.of(
            LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),   // Europe/Berlin changes its clocks
            LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1),     // America/New_York
            LocalDate.of(2026, 4, 5), LocalDate.of(2026, 9, 27),     // Sydney, Auckland
            LocalDate.of(2026, 11, 24),                               // the pinned "now" of the tests
            LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28),
            LocalDate.of(2026, 4, 30), LocalDate.of(2026, 8, 31), LocalDate.of(2027, 12, 31),
            LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1),
            LocalDate.of(2099, 12, 31));

    private static final List<String> NAMES = List.of("Dana Smith", "Ana María Núñez", "李小龍", "Seán O'Brien",
            "{company}", "Jo", "Zoë \"Z\" van der Berg");
    private static final int DAY = 24 * 60;

    private States() {
    }

    static ApplicationState generate(Random r) {
        ZoneId zone = ZoneId.of(pick(r, ZONES));
        LocalDate day = pick(r, AWKWARD_DAYS).plusDays(between(r, -10, 10));
        // whole hours (the clock changes happen at 01:00 to 03:00), a half hour, a minute to midnight
        LocalDateTime at = day.atTime(between(r, 0, 23), pick(r, List.of(0, 30, 59)));

        LocalDateTime asOf = switch (r.nextInt(10)) {
            case 0 -> null;                                                   // "now", from the clock
            case 1 -> at.plusMinutes(pick(r, List.of(-1, 0, 1, DAY - 1, DAY, DAY + 1)));
            case 2, 3, 4 -> at.plusMinutes(between(r, -2 * DAY, 12 * DAY));     // around the thank-you
            default -> at.plusMinutes(between(r, -30 * DAY, 100 * DAY));
        };
        // the employer's date, on or after the interview's. The API also accepts one before it, but
        // then the plan goes wrong (the scenarios their-date-passed-before-the-interview,
        // follow-up-window-closed-on-the-interview-day and planned-follow-up-already-late-before-the-interview
        // in rules/scenarios/), so such dates are left out here.
        LocalDate expectedBy = r.nextInt(10) < 6 ? at.toLocalDate().plusDays(between(r, 0, 40)) : null;
        LocalDateTime sentAt = r.nextBoolean() ? at.plusMinutes(between(r, 0, 10 * DAY)) : null;
        boolean notWanted = r.nextInt(4) == 0;

        int made = switch (r.nextInt(10)) {
            case 0, 1, 2 -> 0;
            case 3 -> between(r, 4, 50);
            default -> between(r, 1, 3);
        };
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < made; i++) {
            followUps.add(new FollowUp(at.plusMinutes(between(r, 0, 80 * DAY)), pick(r, List.of(Channel.values()))));
        }
        LocalDateTime lastHeard = r.nextInt(10) < 4 ? at.plusMinutes(between(r, 0, 80 * DAY)) : null;
        Outcome outcome = r.nextInt(7) < 5 ? Outcome.PENDING : pick(r, List.of(Outcome.values()));

        int people = r.nextInt(5) == 0 ? between(r, 4, 20) : between(r, 0, 3);
        List<Interviewer> interviewers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            interviewers.add(new Interviewer(pick(r, NAMES),
                    r.nextInt(10) < 7 ? "p" + r.nextInt(1000) + "@acme.example" : null,
                    r.nextInt(10) < 3 ? pick(r, List.of("Head of Data", "Recruiter", "CTO")) : null));
        }
        String language = pick(r, java.util.Arrays.asList(null, "en", "de"));
        return ApplicationState.builder().asOf(asOf).timezone(zone).language(language).company("Acme").role("Data Analyst")
                .candidateName("Sam Lee").interviewAt(at).interviewers(interviewers)
                .timeline(new ApplicationState.Timeline(expectedBy != null, expectedBy))
                .thankYou(new ApplicationState.ThankYou(sentAt, notWanted)).followUps(followUps).lastHeardAt(lastHeard)
                .outcome(outcome)
                .otherOpportunities(new ApplicationState.OtherOpportunities(between(r, 0, 10_000),
                        r.nextBoolean() ? 0 : between(r, 1, 1_000)))
                .firstChoice(r.nextBoolean()).build();
    }

    /** Simpler variants of a state, for shrinking: one fact fewer, or a list one shorter. */
    static List<ApplicationState> simpler(ApplicationState s) {
        List<ApplicationState> out = new ArrayList<>();
        for (int i = 0; i < s.followUps().size(); i++) {
            List<FollowUp> fewer = new ArrayList<>(s.followUps());
            fewer.remove(i);
            out.add(s.toBuilder().followUps(fewer).build());
        }
        List<Interviewer> people = s.interview().interviewers();
        for (int i = 0; i < people.size(); i++) {
            List<Interviewer> fewer = new ArrayList<>(people);
            fewer.remove(i);
            out.add(s.toBuilder().interviewers(fewer).build());
        }
        if (s.lastHeardAt() != null) {
            out.add(s.toBuilder().lastHeardAt(null).build());
        }
        if (s.timeline().expectedBy() != null) {
            out.add(s.toBuilder().timeline(ApplicationState.Timeline.NOT_ASKED).build());
        }
        if (s.thankYou().sentAt() != null) {
            out.add(s.toBuilder().thankYouSentAt(null).build());
        }
        if (s.thankYou().notWanted()) {
            out.add(s.toBuilder().thankYouNotWanted(false).build());
        }
        if (s.outcome() != Outcome.PENDING) {
            out.add(s.toBuilder().outcome(Outcome.PENDING).build());
        }
        return out;
    }

    /** A state as the request body that gives it, so that a failure can be replayed with curl. */
    static String json(ApplicationState s) {
        return StateWriter.json(s);
    }

    private static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
