package com.followupadvisor.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.advice.EmployerMessage;
import com.followupadvisor.advice.Format;
import com.followupadvisor.advice.Interview;
import com.followupadvisor.advice.MessageKind;
import com.followupadvisor.advice.NewsKind;
import com.followupadvisor.advice.OtherOffer;
import com.followupadvisor.advice.Outcome;
import com.followupadvisor.advice.ReferrerNews;
import com.followupadvisor.advice.Stage;
import com.followupadvisor.advice.Topic;
import com.followupadvisor.advice.WaitKind;
import com.followupadvisor.advice.WaitStart;
import com.followupadvisor.calendar.WorkingDays;
import com.followupadvisor.history.Chronicle.Booking;
import com.followupadvisor.history.Chronicle.Entry;

/**
 * What a history says at one moment, as the facts the rules read: the application as a whole, each
 * interview held or to come, each employer message, each competing offer, the news a referrer is
 * owed, and what starts the wait for the employer's answer. It also keeps whom each fact concerns
 * (the people a draft goes to), which the rules never see. The choices of which events count are
 * contract 2.0's ("The reference date and the follow-ups", "Where the process ends").
 */
public final class Situation {

    private static final Set<EventType> ANSWERS = Set.of(EventType.REPLIED, EventType.ACCEPTED, EventType.DECLINED,
            EventType.WITHDREW);
    /** The messages an interview held after them answers too. */
    private static final Set<EventType> ABOUT_INTERVIEWS = Set.of(EventType.QUESTION, EventType.INVITATION,
            EventType.RESCHEDULED, EventType.CANCELLED);

    private final ApplicationHistory history;
    private final String applicationId;
    private final List<Object> facts;
    private final Application application;
    private final Person contact;
    private final Map<String, List<Person>> concerned;
    private final Map<String, Person> writer;
    private final Chronicle chronicle;

    private Situation(ApplicationHistory history, String applicationId, List<Object> facts, Application application,
            Person contact, Map<String, List<Person>> concerned, Map<String, Person> writer, Chronicle chronicle) {
        this.history = history;
        this.applicationId = applicationId;
        this.facts = facts;
        this.application = application;
        this.contact = contact;
        this.concerned = concerned;
        this.writer = writer;
        this.chronicle = chronicle;
    }

    /** An event or an interview held, in its place on the timeline. */
    private record Mark(When when, int index, Entry entry, Booking booking) implements Comparable<Mark> {

        EventType type() {
            return entry.event().type();
        }

        @Override
        public int compareTo(Mark other) {
            int c = when.compareTo(other.when);
            return c != 0 ? c : Integer.compare(index, other.index);
        }
    }

    /** The history {@code history} seen at {@code now} (its asOf), with {@code days} as the employer's calendar. */
    public static Situation of(ApplicationHistory history, WorkingDays days) {
        LocalDateTime now = history.asOf();
        Chronicle chronicle = Chronicle.of(history.events());
        List<Mark> timeline = new ArrayList<>();
        for (Entry e : chronicle.entries()) {
            if (e.event().type() != EventType.INTERVIEW) {
                timeline.add(new Mark(e.event().at(), e.index(), e, null));
            }
        }
        for (Booking b : chronicle.bookings()) {
            if (b.heldBy(now)) {
                timeline.add(new Mark(b.current(), b.entry().index(), b.entry(), b));
            }
        }
        timeline.sort(Comparator.naturalOrder());
        return new Reading(history, chronicle, timeline, days).read();
    }

    /** One pass over a timeline into facts. */
    private static final class Reading {

        private final ApplicationHistory history;
        private final Chronicle chronicle;
        private final List<Mark> timeline;
        private final WorkingDays days;
        private final LocalDateTime now;
        private final String applicationId;
        private final List<Object> facts = new ArrayList<>();
        private final Map<String, List<Person>> concerned = new HashMap<>();
        private final Map<String, Person> writer = new HashMap<>();
        private final Person contact;

        Reading(ApplicationHistory history, Chronicle chronicle, List<Mark> timeline, WorkingDays days) {
            this.history = history;
            this.chronicle = chronicle;
            this.timeline = timeline;
            this.days = days;
            this.now = history.asOf();
            this.applicationId = applicationId(history);
            this.contact = contact(history, chronicle, now);
        }

        Situation read() {
            Booking latestHeld = null;
            Mark latestHeldMark = null;
            for (Mark m : timeline) {
                if (m.booking() != null) {
                    latestHeld = m.booking();
                    latestHeldMark = m;
                }
            }
            interviews(latestHeld);
            messages();
            otherOffers();
            List<Person> referrers = history.people().stream().filter(p -> p.role() == PersonRole.REFERRER).toList();
            if (!referrers.isEmpty()) {
                news(referrers);
            }
            waitStarts(latestHeldMark);
            facts.add(0, application(latestHeld, referrers.size()));
            return new Situation(history, applicationId, List.copyOf(facts), (Application) facts.get(0), contact,
                    concerned, writer, chronicle);
        }

        private void interviews(Booking latestHeld) {
            List<Mark> thankYous = timeline.stream().filter(m -> m.type() == EventType.THANK_YOU).toList();
            for (Booking b : chronicle.bookings()) {
                if (b.cancelled()) {
                    continue;
                }
                Event e = b.entry().event();
                boolean held = b.heldBy(now);
                Mark at = new Mark(b.current(), b.entry().index(), b.entry(), b);
                List<Person> met = attendees(e);
                List<Person> toThank = new ArrayList<>();
                for (Person p : met) {
                    if (thankYous.stream().noneMatch(t -> t.compareTo(at) > 0 && thanked(t, p))) {
                        toThank.add(p);
                    }
                }
                boolean anyAfter = thankYous.stream().anyMatch(t -> t.compareTo(at) > 0);
                String ref = "interview#" + b.entry().index();
                concerned.put(ref, toThank);
                facts.add(new Interview(ref, b.round(), Stage.valueOf(e.stage().name()), Format.valueOf(e.format().name()),
                        b.current().moment(), held, b == latestHeld, e.timeline().expectedBy(), e.thankYouNotWanted(),
                        toThank.size(), met.isEmpty() ? anyAfter : toThank.isEmpty(), now, history.timezone()));
            }
        }

        /** Whether the thank-you {@code t} thanked {@code p}: named, or (naming nobody) met at the latest interview before it. */
        private boolean thanked(Mark t, Person p) {
            List<String> to = t.entry().event().to();
            if (!to.isEmpty()) {
                return to.contains(p.id());
            }
            Mark before = null;
            for (Mark m : timeline) {
                if (m.booking() != null && m.compareTo(t) < 0) {
                    before = m;
                }
            }
            return before != null && attendees(before.entry().event()).contains(p);
        }

        private void messages() {
            int number = 0;
            Mark latest = null;
            for (Mark m : timeline) {
                if (m.booking() == null && m.type().isEmployers()) {
                    latest = m;
                }
            }
            for (Mark m : timeline) {
                if (m.booking() != null || !m.type().isEmployers()) {
                    continue;
                }
                number++;
                Event e = m.entry().event();
                String ref = "message#" + number;
                Person from = e.from() == null ? null : history.person(e.from()).orElse(null);
                writer.put(ref, from != null ? from : contact);
                boolean answered = after(m).stream().anyMatch(x -> x.booking() == null && ANSWERS.contains(x.type()));
                boolean interviewSince = after(m).stream().anyMatch(x -> x.booking() != null);
                LocalDate repliedOn = after(m).stream().filter(x -> x.booking() == null && x.type() == EventType.REPLIED)
                        .map(x -> x.when().date()).findFirst().orElse(null);
                boolean decided = after(m).stream().anyMatch(x -> x.booking() == null
                        && (x.type() == EventType.ACCEPTED || x.type() == EventType.DECLINED));
                boolean submitted = after(m).stream().anyMatch(x -> x.booking() == null && x.type() == EventType.SUBMITTED);
                facts.add(new EmployerMessage(ref, number, MessageKind.valueOf(e.type().name()), e.at().moment(),
                        now.toLocalDate(), answered, interviewSince, m == latest,
                        e.about() == null ? null : Topic.valueOf(e.about().name()), e.expectedBy(), e.answerBy(),
                        e.due() == null ? null : e.due().date(), e.newAt(),
                        ABOUT_INTERVIEWS.contains(e.type()) && e.type() != EventType.QUESTION
                                && chronicle.appliedToAnInterview(m.entry()),
                        submitted, repliedOn, decided));
            }
        }

        private void otherOffers() {
            int number = 0;
            for (Mark m : timeline) {
                if (m.booking() != null || m.type() != EventType.OTHER_OFFER) {
                    continue;
                }
                number++;
                boolean acted = doneSince(m, EventType.FOLLOW_UP, "ask-to-expedite-" + number);
                String ref = "offer#" + number;
                writer.put(ref, contact);
                java.time.LocalDate answerBy = m.entry().event().answerBy();
                boolean interviewAfter = chronicle.bookings().stream()
                        .anyMatch(b -> b.toComeAfter(now) && b.current().date().isAfter(answerBy));
                facts.add(new OtherOffer(ref, number, m.when().date(), answerBy, acted, interviewAfter));
            }
        }

        private void news(List<Person> referrers) {
            int number = 0;
            boolean firstInterview = false;
            for (Mark m : timeline) {
                NewsKind kind = null;
                if (m.booking() != null) {
                    if (!firstInterview) {
                        kind = NewsKind.FIRST_INTERVIEW;
                        firstInterview = true;
                    }
                } else {
                    kind = switch (m.type()) {
                        case ACCEPTED -> NewsKind.ACCEPTED;
                        case DECLINED -> NewsKind.DECLINED;
                        case WITHDREW -> NewsKind.WITHDREW;
                        case REJECTION -> NewsKind.REJECTION;
                        default -> null;
                    };
                }
                if (kind == null) {
                    continue;
                }
                number++;
                boolean told = doneSince(m, EventType.REFERRER_UPDATED, "update-referrer-" + number);
                String ref = "news#" + number;
                concerned.put(ref, referrers);
                writer.put(ref, referrers.get(0));
                facts.add(new ReferrerNews(ref, number, kind, m.when().date(), told));
            }
        }

        /**
         * The wait starts that count: the latest interview held, each "still deciding", the latest
         * assignment handed in, the latest reply that closed an open question, invitation, move or
         * cancellation; none from before the latest "still deciding" with a date.
         */
        private void waitStarts(Mark latestHeld) {
            List<Mark> starts = new ArrayList<>();
            Mark submitted = null;
            Mark closingReply = null;
            Set<Mark> open = new LinkedHashSet<>();
            for (Mark m : timeline) {
                if (m.booking() != null) {
                    open.clear();
                    continue;
                }
                EventType type = m.type();
                if (ABOUT_INTERVIEWS.contains(type)) {
                    open.add(m);
                } else if (type == EventType.STILL_DECIDING) {
                    starts.add(m);
                } else if (type == EventType.SUBMITTED) {
                    submitted = m;
                } else if (ANSWERS.contains(type)) {
                    if (type == EventType.REPLIED && !open.isEmpty()) {
                        closingReply = m;
                    }
                    open.clear();
                }
            }
            if (latestHeld != null) {
                starts.add(latestHeld);
            }
            if (submitted != null) {
                starts.add(submitted);
            }
            if (closingReply != null) {
                starts.add(closingReply);
            }
            Mark newestDate = null;
            for (Mark m : timeline) {
                if (m.booking() == null && m.type() == EventType.STILL_DECIDING && m.entry().event().expectedBy() != null) {
                    newestDate = m;
                }
            }
            Mark from = newestDate;
            starts.sort(Comparator.naturalOrder());
            int number = 0;
            for (Mark m : starts) {
                if (from != null && m.compareTo(from) < 0) {
                    continue;
                }
                number++;
                Event e = m.entry().event();
                WaitKind kind = m.booking() != null ? WaitKind.INTERVIEW : WaitKind.valueOf(m.type().name());
                LocalDate expected = m.booking() != null ? e.timeline().expectedBy()
                        : m.type() == EventType.STILL_DECIDING ? e.expectedBy() : null;
                facts.add(new WaitStart(number, kind, m.when().date(), expected));
            }
        }

        private Application application(Booking latestHeld, int referrers) {
            Outcome outcome = Outcome.OPEN;
            LocalDate outcomeDate = null;
            LocalDate onHoldSince = null;
            Mark baseline = null;
            for (Mark m : timeline) {
                EventType type = m.type();
                boolean closed = outcome == Outcome.DECLINED || outcome == Outcome.WITHDRAWN || outcome == Outcome.REJECTED;
                if (m.booking() != null || type.isEmployers() || type == EventType.SUBMITTED) {
                    baseline = m;
                }
                if (outcome == Outcome.ACCEPTED) {
                    continue;
                }
                LocalDate date = m.when().date();
                if (m.booking() != null) {
                    if (closed || outcome == Outcome.ON_HOLD) {
                        outcome = Outcome.OPEN;
                        outcomeDate = null;
                    }
                    continue;
                }
                switch (type) {
                    case ACCEPTED -> { outcome = Outcome.ACCEPTED; outcomeDate = date; }
                    case DECLINED -> { outcome = Outcome.DECLINED; outcomeDate = date; }
                    case WITHDREW -> { outcome = Outcome.WITHDRAWN; outcomeDate = date; }
                    case REJECTION -> { outcome = Outcome.REJECTED; outcomeDate = date; }
                    case OFFER -> { outcome = Outcome.OFFER; outcomeDate = date; }
                    case ON_HOLD -> {
                        if (outcome == Outcome.OPEN || outcome == Outcome.ON_HOLD) {
                            outcome = Outcome.ON_HOLD;
                            outcomeDate = date;
                        }
                    }
                    case QUESTION, INVITATION -> {
                        if (closed || outcome == Outcome.ON_HOLD) {
                            outcome = Outcome.OPEN;
                            outcomeDate = null;
                        }
                    }
                    case STILL_DECIDING, RESCHEDULED, ASSIGNMENT -> {
                        if (outcome == Outcome.ON_HOLD) {
                            outcome = Outcome.OPEN;
                            outcomeDate = null;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (outcome == Outcome.ON_HOLD) {
                onHoldSince = outcomeDate;
            }
            Mark since = baseline;
            List<Mark> followUps = timeline.stream().filter(m -> m.booking() == null && m.type() == EventType.FOLLOW_UP
                    && (since == null || m.compareTo(since) > 0)).toList();
            int unanswered = (int) followUps.stream().map(m -> m.when().date()).distinct().count();
            Mark last = followUps.isEmpty() ? null : followUps.get(followUps.size() - 1);
            String moveOn = applicationId + ".move-on";
            String withdraw = applicationId + ".withdraw-elsewhere";
            boolean movedOnSaid = timeline.stream().anyMatch(m -> m.booking() == null && m.type() == EventType.DONE
                    && moveOn.equals(m.entry().event().action()) && (since == null || m.compareTo(since) > 0));
            boolean withdrawn = timeline.stream().anyMatch(m -> m.booking() == null && m.type() == EventType.DONE
                    && withdraw.equals(m.entry().event().action()));
            boolean toCome = chronicle.bookings().stream().anyMatch(b -> b.toComeAfter(now));
            return new Application(now, outcome, outcomeDate, latestHeld == null ? 0 : latestHeld.round(), toCome,
                    onHoldSince, unanswered, last == null ? null : last.when().date(),
                    last == null ? null : Channel.valueOf(last.entry().event().channel().name()), movedOnSaid, withdrawn,
                    history.firstChoice(), history.otherOpportunities().activeApplications(),
                    history.otherOpportunities().upcomingInterviews(), referrers, days);
        }

        /** Whether an event of {@code type} came after {@code m}, or the candidate said (DONE) they did {@code step}. */
        private boolean doneSince(Mark m, EventType type, String step) {
            String id = applicationId + "." + step;
            return after(m).stream().anyMatch(x -> x.booking() == null && x.type() == type)
                    || timeline.stream().anyMatch(x -> x.booking() == null && x.type() == EventType.DONE
                            && id.equals(x.entry().event().action()));
        }

        private List<Mark> after(Mark m) {
            int i = timeline.indexOf(m);
            return timeline.subList(i + 1, timeline.size());
        }

        private List<Person> attendees(Event interview) {
            List<Person> met = new ArrayList<>();
            for (Event.Attendance a : interview.interviewers()) {
                history.person(a.person()).ifPresent(met::add);
            }
            return met;
        }
    }

    /** The caller's applicationId, else the default one. */
    static String applicationId(ApplicationHistory history) {
        if (history.applicationId() != null) {
            return history.applicationId();
        }
        LocalDateTime first = history.events().stream().filter(e -> e.type() == EventType.INTERVIEW)
                .map(e -> e.at()).min(Comparator.naturalOrder()).map(When::moment).orElse(null);
        return ActionIds.defaultApplicationId(history.company(), history.role(), first);
    }

    /**
     * The person coordinating: the one {@code contact} names, else the first recruiter, else the first
     * hiring manager, else the first person of the latest interview (held or to come, not cancelled).
     */
    static Person contact(ApplicationHistory history, Chronicle chronicle, LocalDateTime now) {
        if (history.contact() != null) {
            return history.person(history.contact()).orElse(null);
        }
        for (PersonRole role : List.of(PersonRole.RECRUITER, PersonRole.HIRING_MANAGER)) {
            for (Person p : history.people()) {
                if (p.role() == role) {
                    return p;
                }
            }
        }
        Booking latest = null;
        for (Booking b : chronicle.bookings()) {
            if (!b.cancelled() && (latest == null || b.current().compareTo(latest.current()) >= 0)) {
                latest = b;
            }
        }
        if (latest == null) {
            return null;
        }
        for (Event.Attendance a : latest.entry().event().interviewers()) {
            Person p = history.person(a.person()).orElse(null);
            if (p != null && p.role() != PersonRole.REFERRER) {
                return p;
            }
        }
        return null;
    }

    public ApplicationHistory history() {
        return history;
    }

    public String applicationId() {
        return applicationId;
    }

    /** Every fact for the rules, the {@link Application} first. */
    public List<Object> facts() {
        return facts;
    }

    public Application application() {
        return application;
    }

    /** The person coordinating the process, or null when nobody is named. */
    public Person contact() {
        return contact;
    }

    /** The people a fact concerns, one draft each (the people met not yet thanked, the referrers). */
    public List<Person> concerned(String ref) {
        return concerned.getOrDefault(ref, List.of());
    }

    /** The one a reply about a fact goes to: who wrote the message, else the contact. */
    public Person writer(String ref) {
        return writer.getOrDefault(ref, contact);
    }

    public Chronicle chronicle() {
        return chronicle;
    }

    /** What the attendee list of an interview says a person talked about, or null. */
    public String talkedAbout(String ref, Person person) {
        for (Booking b : chronicle.bookings()) {
            if (ref.equals("interview#" + b.entry().index())) {
                for (Event.Attendance a : b.entry().event().interviewers()) {
                    if (a.person().equals(person.id())) {
                        return a.talkedAbout();
                    }
                }
            }
        }
        return null;
    }

}
