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
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.Text;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.Channel;

/**
 * The values a text can use, as plain values (templates get no Java object they could call methods
 * on): the state's ({@code company}, {@code interviewDay}, ...), the recommendation's own
 * ({@code dueFrom}, {@code dueBy} and what the rule gave with {@code .with(name, value)}), and in a
 * draft the person's ({@code personName}, {@code personTitle}). Dates are written in the text's
 * language, as its kind reads them; a {@link Text} value is written out first.
 */
final class TextData {

    private final Wording wording;
    private final String language;
    private final Formats.Kind kind;
    private final TextBudget budget;

    TextData(Wording wording, String language, Formats.Kind kind, TextBudget budget) {
        this.wording = wording;
        this.language = language;
        this.kind = kind;
        this.budget = budget;
    }

    /** The state's values, the same in every text for one state. */
    Map<String, Object> common(ApplicationState state) {
        Application app = new Application(state);
        Map<String, Object> data = new HashMap<>();
        data.put("company", state.company());
        data.put("role", orEmpty(state.role()));
        data.put("candidateName", orEmpty(state.candidateName()));
        data.put("interviewDay", date(state.interview().at().toLocalDate()));
        data.put("timelineKnown", state.timeline().expectedBy() != null);
        data.put("expectedBy", state.timeline().expectedBy() == null ? "" : date(state.timeline().expectedBy()));
        data.put("followUpsSoFar", app.getUnansweredFollowUps());
        data.put("lastFollowUpDay", app.getLastFollowUpDate() == null ? "" : date(app.getLastFollowUpDate()));
        data.put("lastFollowUpChannel", app.getLastFollowUpChannel() == null ? "" : app.getLastFollowUpChannel().name());
        data.put("activeApplications", state.otherOpportunities().activeApplications());
        data.put("upcomingInterviews", state.otherOpportunities().upcomingInterviews());
        data.put("interviewerCount", state.interview().interviewers().size());
        data.put("firstChoice", state.firstChoice());
        data.put("outcome", state.outcome().name());
        data.put("interviewRound", state.interview().round());
        data.put("interviewFormat", state.interview().format().name());
        return data;
    }

    /** {@code common} with the recommendation's values added. */
    Map<String, Object> of(Recommendation r, Map<String, Object> common) {
        Map<String, Object> own = new HashMap<>(4 + 2 * r.getValues().size());
        own.put("dueFrom", r.getDueFrom() == null ? "" : date(r.getDueFrom()));
        own.put("dueBy", r.getDueBy() == null ? "" : date(r.getDueBy()));
        r.getValues().forEach((name, value) -> own.put(name, plain(value, common)));
        return LayeredValues.over(common, own);
    }

    /** {@code data} with the values about the person a draft is addressed to. */
    static Map<String, Object> withPerson(Map<String, Object> data, Person person) {
        Map<String, Object> out = new HashMap<>(16);
        out.put("personName", person == null ? "" : person.name());
        out.put("personTitle", person == null ? "" : orEmpty(person.title()));
        String greeting = person == null ? "" : person.addressAs() != null ? person.addressAs() : person.name();
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
        String first = as.strip().split("\\s+", 2)[0].replace(".", "").toLowerCase(java.util.Locale.ROOT);
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
        return Formats.date(date, language, kind);
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
                .followUp(new FollowUp(interview.plusDays(10), Channel.EMAIL))
                .otherOpportunities(new ApplicationState.OtherOpportunities(1, 1)).firstChoice(true).build();
        Map<String, Object> common = new TextData(null, Wording.BASE, Formats.Kind.REASON, null).common(state);
        common.put("dueFrom", "Monday 2026-11-23");
        common.put("dueBy", "Tuesday 2026-11-24");
        valueNames.forEach(name -> common.put(name, sample));
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.add(withPerson(common, new Person("Person", "person@example.com", null, "Title", null, null, true)));
        samples.add(withPerson(common, new Person("Person", "person@example.com", "+1 555", null, "Frau Person", "the roadmap",
                false)));
        samples.add(withPerson(common, null));
        return samples;
    }
}
