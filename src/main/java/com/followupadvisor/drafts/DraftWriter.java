package com.followupadvisor.drafts;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;

import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.Recommendation.DraftRequest;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.FollowUp;
import com.followupadvisor.state.ApplicationState.Interviewer;
import com.followupadvisor.state.Channel;



/**
 * Turns the drafts a rule asked for into text, from the rule set's templates. The values a
 * template can use are listed in the README ("Templates").
 */
public final class DraftWriter {

    private static final Logger LOG = Logger.getLogger(DraftWriter.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final String SUBJECT = "Subject:";

    private DraftWriter() {
    }

    public static List<Draft> write(Recommendation recommendation, ApplicationState state, DraftTemplates templates) {
        List<DraftRequest> requests = recommendation.getDrafts();
        if (requests.isEmpty()) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        Map<String, Object> common = commonData(state);
        for (DraftRequest request : requests) {
            List<Interviewer> people = state.interview().interviewers();
            if (request.perInterviewer() && !people.isEmpty()) {
                for (Interviewer person : people) {
                    render(request, common, person, templates, drafts);
                }
            } else {
                render(request, common, people.isEmpty() ? null : people.get(0), templates, drafts);
            }
        }
        return drafts;
    }

    private static void render(DraftRequest request, Map<String, Object> common, Interviewer person,
            DraftTemplates templates, List<Draft> out) {
        String text;
        try {
            text = templates.render(request.template(), withPerson(common, person));
        } catch (RuntimeException e) {
            // A template that fails on some data must not cost the caller the whole answer.
            LOG.warnf("Draft template %s failed and was left out: %s", request.template(), e.getMessage());
            return;
        }
        String subject = null;
        String body = text.strip();
        if (body.startsWith(SUBJECT)) {
            int end = body.indexOf('\n');
            subject = (end < 0 ? body.substring(SUBJECT.length()) : body.substring(SUBJECT.length(), end)).strip();
            body = end < 0 ? "" : body.substring(end + 1).strip();
        }
        out.add(new Draft(request.channel(), recipient(request.channel(), person), subject, body));
    }

    private static String recipient(Channel channel, Interviewer person) {
        if (person == null) {
            return null;
        }
        if (channel == Channel.EMAIL && person.email() != null) {
            return person.name() + " <" + person.email() + ">";
        }
        return person.name();
    }

    /** The data of a typical draft, with and without a person named: what a template is tried on when loaded. */
    static List<Map<String, Object>> sampleData() {
        LocalDateTime interview = LocalDateTime.of(2026, 11, 12, 10, 0);
        ApplicationState state = ApplicationState.builder().asOf(interview.plusDays(12)).timezone(ZoneOffset.UTC)
                .company("Company").role("Role").candidateName("Candidate").interviewAt(interview)
                .timelineAsked(true).expectedBy(interview.toLocalDate().plusDays(7))
                .followUp(new FollowUp(interview.plusDays(10), Channel.EMAIL))
                .otherOpportunities(new ApplicationState.OtherOpportunities(1, 1)).firstChoice(true).build();
        return List.of(data(state, new Interviewer("Person", "person@example.com", "Title")), data(state, null));
    }

    /** Plain values only: templates get no Java object they could call methods on. */
    static Map<String, Object> data(ApplicationState state, Interviewer person) {
        return withPerson(commonData(state), person);
    }

    /** The values about the person a draft is addressed to, added to a copy of {@code common}. */
    private static Map<String, Object> withPerson(Map<String, Object> common, Interviewer person) {
        Map<String, Object> data = new HashMap<>(common);
        data.put("personName", person == null ? "" : person.name());
        data.put("personTitle", person == null ? "" : orEmpty(person.title()));
        return data;
    }

    /** The values that are the same in every draft for one state. */
    private static Map<String, Object> commonData(ApplicationState state) {
        Application app = new Application(state);
        Map<String, Object> data = new HashMap<>();
        data.put("company", state.company());
        data.put("role", orEmpty(state.role()));
        data.put("candidateName", orEmpty(state.candidateName()));
        data.put("interviewDay", DAY.format(state.interview().at()));
        data.put("timelineKnown", state.timeline().expectedBy() != null);
        data.put("expectedBy", state.timeline().expectedBy() == null ? "" : DAY.format(state.timeline().expectedBy()));
        data.put("followUpsSoFar", app.getUnansweredFollowUps());
        data.put("lastFollowUpDay", app.getLastFollowUpDate() == null ? "" : DAY.format(app.getLastFollowUpDate()));
        data.put("upcomingInterviews", state.otherOpportunities().upcomingInterviews());
        data.put("firstChoice", state.firstChoice());
        return data;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
