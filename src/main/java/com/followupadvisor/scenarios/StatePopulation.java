package com.followupadvisor.scenarios;

import java.time.Instant;
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
import com.followupadvisor.state.InterviewFormat;
import com.followupadvisor.state.Outcome;

/**
 * Random application states that the API accepts (each would pass {@code StateReader}), for the
 * property tests and for the check's impact of a rule change: the interview within ten days of an
 * awkward day (a daylight-saving change in the request's zone, a month or year end, a leap day),
 * {@code asOf} from a month before it to a hundred days after (or absent: "now"), the thank-you,
 * follow-ups, the employer's latest contact and the candidate's reply anywhere between the
 * interview and {@code asOf}, the employer's date on or after the interview's, every outcome,
 * 0 to 20 interviewers (some with how to greet them and what was talked about), a contact or
 * none, every round and format, holidays of a region and closed days or none.
 *
 * <p>The people are placeholders ("Person 1", person1@example.com, the candidate "Candidate"), so
 * a population holds no personal data; {@link Names#AWKWARD} gives them the names the property
 * tests probe the drafts with instead (accents, CJK, quotes, "{company}"). Both make the same
 * random draws, so one seed gives the same situation under either kind of name.
 */
public final class StatePopulation {

    /** The seed of the check's population and of the property tests, unless another is given. */
    public static final long DEFAULT_SEED = 20261124L;

    /**
     * "Now" for a population state the generator leaves without {@code asOf}, in the state's own
     * zone: the pinned clock of the tests, so that a run gives the same answers on any day.
     */
    public static final Instant FIXED_NOW = Instant.parse("2026-11-24T08:00:00Z");

    /** What the people in a state are called. */
    public enum Names {
        /** "Person 1", person1@example.com, "Candidate": no personal data, nothing to trip a draft. */
        NEUTRAL,
        /** Real-looking and awkward names, to probe the drafts: accents, CJK, quotes, "{company}". */
        AWKWARD
    }

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

    private static final List<String> AWKWARD_NAMES = List.of("Dana Smith", "Ana María Núñez", "李小龍",
            "Seán O'Brien", "{company}", "Jo", "Zoë \"Z\" van der Berg");
    private static final int DAY = 24 * 60;

    private StatePopulation() {
    }

    /**
     * {@code size} neutral states from {@code seed}, each with an {@code asOf}. State {@code i} is
     * made from the {@code i}-th seed the property tests draw from the same base seed (the first is
     * the base seed itself), so a population and a property run with one seed see the same situations.
     */
    public static List<ApplicationState> of(long seed, int size) {
        List<ApplicationState> states = new ArrayList<>(size);
        Random seeds = new Random(seed);
        for (int i = 0; i < size; i++) {
            ApplicationState state = generate(new Random(i == 0 ? seed : seeds.nextLong()), Names.NEUTRAL);
            states.add(state.asOf() != null ? state
                    : state.withAsOf(LocalDateTime.ofInstant(FIXED_NOW, state.timezone())));
        }
        return states;
    }

    /**
     * An event {@code offset} minutes after the interview, folded into the {@code span} minutes from
     * the interview to now; none when it is not {@code wanted}, or when now is before the interview.
     */
    private static LocalDateTime event(boolean wanted, LocalDateTime at, long span, int offset) {
        return !wanted || span < 0 ? null : at.plusMinutes(offset % (span + 1));
    }

    /** One random state; {@code asOf} is null ("now") in about one state in ten. */
    public static ApplicationState generate(Random r, Names names) {
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
        // the employer's date, on or after the interview's (the API refuses one before it)
        LocalDate expectedBy = r.nextInt(10) < 6 ? at.toLocalDate().plusDays(between(r, 0, 40)) : null;
        // events happen between the interview and "now" (the API refuses one after asOf)
        LocalDateTime now = asOf != null ? asOf : LocalDateTime.ofInstant(FIXED_NOW, zone);
        long span = java.time.Duration.between(at, now).toMinutes();
        LocalDateTime sentAt = event(r.nextBoolean(), at, span, between(r, 0, 10 * DAY));
        boolean notWanted = r.nextInt(4) == 0;

        int made = switch (r.nextInt(10)) {
            case 0, 1, 2 -> 0;
            case 3 -> between(r, 4, 50);
            default -> between(r, 1, 3);
        };
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < made; i++) {
            LocalDateTime when = event(true, at, span, between(r, 0, 80 * DAY));
            Channel channel = pick(r, List.of(Channel.values()));
            if (when != null) {
                followUps.add(new FollowUp(when, channel));
            }
        }
        LocalDateTime lastHeard = event(r.nextInt(10) < 4, at, span, between(r, 0, 80 * DAY));
        LocalDateTime replied = event(r.nextInt(10) < 2, at, span, between(r, 0, 80 * DAY));
        Outcome outcome = r.nextInt(7) < 5 ? Outcome.PENDING : pick(r, List.of(Outcome.values()));

        int people = r.nextInt(5) == 0 ? between(r, 4, 20) : between(r, 0, 3);
        List<Interviewer> interviewers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String awkwardName = pick(r, AWKWARD_NAMES);
            String email = r.nextInt(10) < 7 ? "p" + r.nextInt(1000) + "@acme.example" : null;
            String title = r.nextInt(10) < 3 ? pick(r, List.of("Head of Data", "Recruiter", "CTO")) : null;
            String addressAs = r.nextInt(4) == 0 ? (names == Names.AWKWARD ? pick(r, AWKWARD_NAMES) : "P" + (i + 1)) : null;
            String talkedAbout = r.nextInt(4) == 0 ? pick(r, List.of("the team's roadmap", "{role}", "Ümlaut & <tags>")) : null;
            interviewers.add(names == Names.AWKWARD ? new Interviewer(awkwardName, email, title, addressAs, talkedAbout)
                    : new Interviewer("Person " + (i + 1), email == null ? null : "person" + (i + 1) + "@example.com", title,
                            addressAs, talkedAbout));
        }
        ApplicationState.Contact contact = r.nextInt(4) == 0 ? new ApplicationState.Contact(
                names == Names.AWKWARD ? pick(r, AWKWARD_NAMES) : "Contact", r.nextBoolean() ? "contact@example.com" : null,
                r.nextBoolean() ? "+49 30 1234567" : null, r.nextBoolean() ? "Recruiter" : null,
                r.nextBoolean() ? "Lee" : null) : null;
        int round = r.nextInt(4) == 0 ? between(r, 2, 20) : 1;
        InterviewFormat format = pick(r, List.of(InterviewFormat.values()));
        ApplicationState.Holidays holidays = r.nextInt(3) == 0 ? new ApplicationState.Holidays(
                pick(r, java.util.Arrays.asList(null, "DE", "DE-BY", "US", "US-NY", "GB")),
                r.nextBoolean() ? List.of() : List.of(at.toLocalDate().plusDays(between(r, 0, 30)))) : null;
        // the languages the rules ship in, or none (English by default)
        String language = pick(r, java.util.Arrays.asList(null, "en", "de"));
        return ApplicationState.builder().asOf(asOf).timezone(zone).language(language).company("Acme").role("Data Analyst")
                .candidateName(names == Names.AWKWARD ? "Sam Lee" : "Candidate").interviewAt(at).interviewers(interviewers)
                .timeline(new ApplicationState.Timeline(expectedBy != null, expectedBy))
                .thankYou(new ApplicationState.ThankYou(sentAt, notWanted)).followUps(followUps).lastHeardAt(lastHeard)
                .repliedAt(replied).contact(contact).round(round).format(format).holidays(holidays)
                .outcome(outcome)
                .otherOpportunities(new ApplicationState.OtherOpportunities(between(r, 0, 10_000),
                        r.nextBoolean() ? 0 : between(r, 1, 1_000)))
                .firstChoice(r.nextBoolean()).build();
    }

    private static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
