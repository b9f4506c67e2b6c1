package com.followupadvisor.wording;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.EmployerMessage;
import com.followupadvisor.advice.Interview;
import com.followupadvisor.advice.OtherOffer;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.ReferrerNews;
import com.followupadvisor.advice.Text;
import com.followupadvisor.advice.WaitStart;
import com.followupadvisor.calendar.WorkingDays;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.FromState;
import com.followupadvisor.history.Situation;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;

/**
 * The values a text can use, as plain values (templates get no Java object they could call methods
 * on): the state's ({@code company}, {@code interviewDay}, ...), the recommendation's own
 * ({@code dueFrom}, {@code dueBy} and what the rule gave with {@code .with(name, value)}), and in a
 * draft the person's ({@code personName}, {@code personTitle}). Dates are written in the text's
 * language, as its kind reads them; a {@link Text} value is written out first.
 */
final class TextData {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Wording wording;
    private final String language;
    private final Formats.Kind kind;
    private final TextBudget budget;
    /** The year of the answer: a date in another year is written with its year. */
    private final int year;
    /** The day the answer is read on: an action due before it is overdue. */
    private final LocalDate today;

    TextData(Wording wording, String language, Formats.Kind kind, TextBudget budget, LocalDate today) {
        this.wording = wording;
        this.language = language;
        this.kind = kind;
        this.budget = budget;
        this.year = today.getYear();
        this.today = today;
    }

    /** The situation's values, the same in every text for one situation. */
    Map<String, Object> common(Situation situation) {
        Application app = situation.application();
        ApplicationHistory history = situation.history();
        Map<String, Object> data = new HashMap<>();
        data.put("company", history.company());
        data.put("role", orEmpty(history.role()));
        data.put("candidateName", orEmpty(history.candidate().name()));
        Interview interview = null;
        Interview toCome = null;
        LocalDate employersDate = null;
        for (Object fact : situation.facts()) {
            if (fact instanceof Interview i && i.isLatestHeld()) {
                interview = i;
            } else if (fact instanceof Interview i && !i.isHeld() && (toCome == null || i.getAt().isBefore(toCome.getAt()))) {
                toCome = i;
            } else if (fact instanceof WaitStart w && w.getExpectedBy() != null) {
                employersDate = w.getExpectedBy();
            }
        }
        interview(data, interview != null ? interview : toCome);
        noSubject(data);
        if (employersDate == null && interview == null && toCome != null) {
            // before the first interview: the date they gave for it, if any
            employersDate = toCome.getExpectedBy();
        }
        data.put("timelineKnown", employersDate != null);
        data.put("expectedBy", employersDate == null ? "" : date(employersDate));
        data.put("followUpsSoFar", app.getUnansweredFollowUps());
        data.put("lastFollowUpDay", app.getLastFollowUpDate() == null ? "" : date(app.getLastFollowUpDate()));
        data.put("lastFollowUpChannel", app.getLastFollowUpChannel() == null ? "" : app.getLastFollowUpChannel().name());
        data.put("activeApplications", app.getActiveApplications());
        data.put("upcomingInterviews", app.getUpcomingInterviews());
        data.put("firstChoice", app.isFirstChoice());
        data.put("outcome", app.getOutcome().name());
        data.put("round", app.getRound());
        return data;
    }

    /** The values of the interview a text is about: its day, round, format, stage and how many were met. */
    private void interview(Map<String, Object> data, Interview interview) {
        data.put("interviewDay", interview == null ? "" : date(interview.getDate()));
        data.put("interviewRound", interview == null ? 0 : interview.getRound());
        data.put("interviewFormat", interview == null ? "" : interview.getFormat().name());
        data.put("interviewStage", interview == null ? "" : interview.getStage().name());
        data.put("interviewerCount", interview == null ? 0 : interview.getPeopleToThank());
    }

    /** The values only an action about an employer's message, another offer or news for a referrer has: empty elsewhere. */
    private static void noSubject(Map<String, Object> data) {
        for (String name : List.of("messageKind", "messageDay", "topic", "newTime", "answerBy", "assignmentDue",
                "otherOfferAnswerBy", "newsKind", "newsDay")) {
            data.put(name, "");
        }
    }

    /** {@code common} with the recommendation's values added. */
    Map<String, Object> of(Recommendation r, Map<String, Object> common) {
        Map<String, Object> own = new HashMap<>(4 + 2 * r.getValues().size());
        own.put("dueFrom", r.getDueFrom() == null ? "" : date(r.getDueFrom()));
        own.put("dueBy", r.getDueBy() == null ? "" : date(r.getDueBy()));
        own.put("overdue", r.getDueBy() != null && r.getDueBy().isBefore(today));
        subject(own, r.getSubject());
        r.getValues().forEach((name, value) -> own.put(name, plain(value, common)));
        return LayeredValues.over(common, own);
    }

    /** The values of what {@code r} is about: the interview, the employer's message, the other offer, the news. */
    private void subject(Map<String, Object> own, Object subject) {
        if (subject instanceof Interview i) {
            interview(own, i);
        } else if (subject instanceof EmployerMessage m) {
            own.put("messageKind", m.getKind().name());
            own.put("messageDay", date(m.getDate()));
            own.put("topic", m.getAbout() == null ? "" : m.getAbout().name());
            own.put("newTime", m.getNewAt() == null ? "" : Formats.dateTime(m.getNewAt(), language, year));
            own.put("answerBy", m.getAnswerBy() == null ? "" : date(m.getAnswerBy()));
            own.put("assignmentDue", m.getDue() == null ? "" : date(m.getDue()));
        } else if (subject instanceof OtherOffer o) {
            own.put("otherOfferAnswerBy", date(o.getAnswerBy()));
        } else if (subject instanceof ReferrerNews n) {
            own.put("newsKind", n.getKind().name());
            own.put("newsDay", date(n.getDate()));
        }
    }

    /** {@code data} with the values about the person a draft is addressed to. */
    static Map<String, Object> withPerson(Map<String, Object> data, Person person) {
        Map<String, Object> out = new HashMap<>(16);
        out.put("personName", person == null ? "" : orEmpty(person.name()));
        out.put("hasRecipient", person != null);
        out.put("personFirstName", person == null || person.name() == null ? "" : WHITESPACE.split(person.name().strip(), 2)[0]);
        out.put("personTitle", person == null ? "" : orEmpty(person.title()));
        String greeting = person == null ? "" : person.addressAs() != null ? person.addressAs() : orEmpty(person.name());
        out.put("personGreeting", greeting);
        out.put("addressForm", person == null ? "" : addressForm(person));
        out.put("talkedAbout", person == null ? "" : orEmpty(person.talkedAbout()));
        // nobody named: the one message goes to whoever coordinates, so it is the contact's
        out.put("toContact", person == null || person.toContact());
        // 1, 2 or 3, the same for a person however the people met are listed: a panel's notes can differ
        out.put("noteVariant", person == null ? 1 : Math.floorMod((person.name() + "|" + person.email()).hashCode(), 3) + 1);
        return LayeredValues.over(data, out);
    }

    /**
     * The form of the greeting the caller gave ({@code addressAs}), for the texts to word it:
     * {@code FRAU} or {@code HERR} ("Frau Weber"), {@code MS}, {@code MR} ("Ms Weber"),
     * {@code FIRST_NAME} (one word: "Jana"), {@code FULL_NAME} (none given: the name), else {@code OTHER}
     * ("Dr Raman").
     */
    static String addressForm(Person person) {
        String as = person.addressAs();
        if (as == null) {
            return "FULL_NAME";
        }
        String first = WHITESPACE.split(as.strip(), 2)[0].replace(".", "").toLowerCase(java.util.Locale.ROOT);
        boolean oneWord = !as.strip().contains(" ");
        return switch (first) {
            case "frau" -> oneWord ? "OTHER" : "FRAU";
            case "herr" -> oneWord ? "OTHER" : "HERR";
            case "ms", "mrs", "miss" -> oneWord ? "OTHER" : "MS";
            case "mr" -> oneWord ? "OTHER" : "MR";
            default -> oneWord ? "FIRST_NAME" : "OTHER";
        };
    }

    private Object plain(Object value, Map<String, Object> common) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return date(dateTime.toLocalDate());
        }
        if (value instanceof Text text) {
            Map<String, Object> own = new HashMap<>(2 * text.getValues().size());
            text.getValues().forEach((name, v) -> own.put(name, plain(v, common)));
            return wording.render(language, text.getName(), LayeredValues.over(common, own), budget).strip();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    private String date(LocalDate date) {
        return Formats.date(date, language, year);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Typical data, with and without a person named, with every value a rule can give
     * ({@code valueNames}, each set to {@code sample}): what each template is tried on when the rules load.
     */
    static List<Map<String, Object>> samples(Collection<String> valueNames, Object sample) {
        LocalDateTime interview = LocalDateTime.of(2026, 11, 12, 10, 0);
        ApplicationState state = ApplicationState.builder().asOf(interview.plusDays(12)).timezone(ZoneOffset.UTC)
                .company("Company").role("Role").candidateName("Candidate").interviewAt(interview)
                .timelineAsked(true).expectedBy(interview.toLocalDate().plusDays(7))
                .followUp(new FollowUp(interview.plusDays(10), com.followupadvisor.state.Channel.EMAIL))
                .otherOpportunities(new ApplicationState.OtherOpportunities(1, 1)).firstChoice(true).build();
        Situation situation = Situation.of(FromState.translate(state), new WorkingDays(null, List.of(), day -> false));
        Map<String, Object> common = new TextData(null, Wording.BASE, Formats.Kind.REASON, null, LocalDate.of(2026, 11, 24)).common(situation);
        common.put("dueFrom", "Monday 2026-11-23");
        common.put("dueBy", "Tuesday 2026-11-24");
        common.put("greeting", "Dear Person,");
        common.put("planned", false);
        common.put("overdue", false);
        common.put("closing", "Best regards,\nCandidate");
        valueNames.forEach(name -> common.put(name, sample));
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.add(withPerson(common, new Person("p1", "Person", "person@example.com", null, "Title", null, null, true)));
        samples.add(withPerson(common, new Person("p2", "Person", "person@example.com", "+1 555", null, "Frau Person",
                "the roadmap", false)));
        samples.add(withPerson(common, null));
        return samples;
    }
}
