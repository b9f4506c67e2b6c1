package com.example.advisor;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.example.advisor.api.AdviceApi;
import com.example.advisor.api.RulesApi;
import com.example.advisor.model.Action;
import com.example.advisor.model.ActionCode;
import com.example.advisor.model.ActionCodeV1;
import com.example.advisor.model.ActionV2;
import com.example.advisor.model.ApplicationHistory;
import com.example.advisor.model.ApplicationState;
import com.example.advisor.model.AssignmentEvent;
import com.example.advisor.model.Attendance;
import com.example.advisor.model.BatchItem;
import com.example.advisor.model.BatchItemV2;
import com.example.advisor.model.BatchRequest;
import com.example.advisor.model.BatchRequestV2;
import com.example.advisor.model.BatchResponse;
import com.example.advisor.model.BatchResponseV2;
import com.example.advisor.model.BatchResult;
import com.example.advisor.model.BatchResultV2;
import com.example.advisor.model.Candidate;
import com.example.advisor.model.Catalogue;
import com.example.advisor.model.Channel;
import com.example.advisor.model.Contact;
import com.example.advisor.model.DoneEvent;
import com.example.advisor.model.Draft;
import com.example.advisor.model.Event;
import com.example.advisor.model.Explanation;
import com.example.advisor.model.FieldError;
import com.example.advisor.model.FollowUp;
import com.example.advisor.model.HistoryHolidays;
import com.example.advisor.model.Interview;
import com.example.advisor.model.InterviewEvent;
import com.example.advisor.model.InterviewFormat;
import com.example.advisor.model.Interviewer;
import com.example.advisor.model.InvitationEvent;
import com.example.advisor.model.NextAction;
import com.example.advisor.model.NextActionV2;
import com.example.advisor.model.OfferEvent;
import com.example.advisor.model.OtherOfferEvent;
import com.example.advisor.model.OtherOpportunities;
import com.example.advisor.model.Person;
import com.example.advisor.model.PersonRole;
import com.example.advisor.model.Problem;
import com.example.advisor.model.QuestionEvent;
import com.example.advisor.model.QuestionTopic;
import com.example.advisor.model.RejectionEvent;
import com.example.advisor.model.RepliedEvent;
import com.example.advisor.model.Rule;
import com.example.advisor.model.Stage;
import com.example.advisor.model.Status;
import com.example.advisor.model.SubmittedEvent;
import com.example.advisor.model.ThankYou;
import com.example.advisor.model.ThankYouEvent;
import com.example.advisor.model.Timeline;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A job tracker's calls, typed by the Java client openapi-generator makes from the service's OpenAPI
 * document (library native): one of each operation the document lists, built from the generated model
 * classes and read through them, with no JSON of its own. .ci/run copies it into the generated client;
 * compiling it there is the first check (a model or operation that generates into something unusable
 * fails it).
 *
 * <p>Run, {@code TypedCalls <openapi.json> <base URL>} waits for the service at the base URL to be ready
 * (60 s at most), makes the calls, checks the answers' shape (required fields present, ids prefixed by
 * the applicationId, the calendars iCalendar text, each contract's action codes its own, which the
 * generated enums enforce) and that every operation the document lists was called; it exits non-zero
 * on the first thing wrong.
 */
public final class TypedCalls {

    private static final String APPLICATION_ID = "acme-7f3a";

    private final AdviceApi advice;
    private final RulesApi rules;
    private final ApiClient client;
    private final Set<String> called = new TreeSet<>();

    private TypedCalls(String baseUrl) {
        client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setReadTimeout(Duration.ofSeconds(30));
        advice = new AdviceApi(client);
        rules = new RulesApi(client);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TypedCalls <openapi.json> <base URL>");
            System.exit(2);
        }
        waitUntilReady(args[1]);
        TypedCalls calls = new TypedCalls(args[1]);
        try {
            calls.nextActionV2();
            calls.nextActionV2Calendar();
            calls.nextActionV2Batch();
            calls.nextAction();
            calls.nextActionCalendar();
            calls.nextActionBatch();
            calls.listRules();
        } catch (ApiException e) {
            throw new AssertionError("HTTP " + e.getCode() + ": " + e.getResponseBody(), e);
        }
        Set<String> documented = operationIds(Path.of(args[0]));
        check(calls.called.equals(documented), "every operation of the document is called: called " + calls.called
                + ", documented " + documented);
        System.out.println("TypedCalls: " + calls.called.size() + " operations called, answers as the document says");
    }

    // --- contract 2.0 ---

    /** An application in round 2: an interview with two people, the employer's question, an offer, another offer. */
    static ApplicationHistory history() {
        List<Event> events = new ArrayList<>();
        events.add(new Event(new InvitationEvent().type(InvitationEvent.TypeEnum.INVITATION).at("2026-11-05").from("lee").round(1)));
        events.add(new Event(new InterviewEvent().type(InterviewEvent.TypeEnum.INTERVIEW).at("2026-11-12T10:00")
                .stage(Stage.SCREEN).format(InterviewFormat.VIDEO).addInterviewersItem(new Attendance().person("lee"))));
        events.add(new Event(new ThankYouEvent().type(ThankYouEvent.TypeEnum.THANK_YOU).at("2026-11-12T17:30").addToItem("lee")));
        events.add(new Event(new InterviewEvent().type(InterviewEvent.TypeEnum.INTERVIEW).at("2026-11-26T14:00").round(2)
                .format(InterviewFormat.IN_PERSON)
                .addInterviewersItem(new Attendance().person("dana").talkedAbout("the move to a new data warehouse"))
                .addInterviewersItem(new Attendance().person("lee"))
                .timeline(new Timeline().asked(true).expectedBy(LocalDate.of(2026, 12, 11)))));
        events.add(new Event(new AssignmentEvent().type(AssignmentEvent.TypeEnum.ASSIGNMENT).at("2026-11-27T11:00").from("dana")
                .due("2026-12-02")));
        events.add(new Event(new SubmittedEvent().type(SubmittedEvent.TypeEnum.SUBMITTED).at("2026-12-01T18:00")));
        events.add(new Event(new OtherOfferEvent().type(OtherOfferEvent.TypeEnum.OTHER_OFFER).at("2026-12-01")
                .answerBy(LocalDate.of(2026, 12, 15)).note("Beta GmbH, written offer")));
        events.add(new Event(new QuestionEvent().type(QuestionEvent.TypeEnum.QUESTION).at("2026-12-02T16:00").from("lee")
                .about(QuestionTopic.REFERENCES)));
        events.add(new Event(new RepliedEvent().type(RepliedEvent.TypeEnum.REPLIED).at("2026-12-03T09:30").addToItem("lee")));
        events.add(new Event(new OfferEvent().type(OfferEvent.TypeEnum.OFFER).at("2026-12-04T16:00").from("lee")
                .answerBy(LocalDate.of(2026, 12, 14))));
        return new ApplicationHistory()
                .asOf("2026-12-07T09:00")
                .timezone("Europe/Berlin")
                .applicationId(APPLICATION_ID)
                .company("Acme")
                .role("Data Analyst")
                .candidate(new Candidate().name("Sam Lee").email("sam@example.com"))
                .firstChoice(true)
                .addPeopleItem(new Person().id("lee").name("Lee Park").email("lee@acme.example").role(PersonRole.RECRUITER))
                .addPeopleItem(new Person().id("dana").name("Dana Smith").title("Head of Data").addressAs("Dana")
                        .email("dana@acme.example").role(PersonRole.HIRING_MANAGER))
                .addPeopleItem(new Person().id("kim").name("Kim Osei").email("kim@example.org").role(PersonRole.REFERRER))
                .contact("lee")
                .events(events)
                .otherOpportunities(new OtherOpportunities().activeApplications(3).upcomingInterviews(1))
                .holidays(new HistoryHolidays().region("DE-BE").addClosedDaysItem(LocalDate.of(2026, 12, 24)));
    }

    private void nextActionV2() throws ApiException {
        called.add("nextActionV2");
        ApplicationHistory history = history();
        NextActionV2 answer = advice.nextActionV2(history, false);
        checkAnswer(answer);
        Status status = answer.getStatus();
        check(status.getOutcome() == Status.OutcomeEnum.OFFER, "an offer not yet answered: outcome OFFER, not " + status.getOutcome());
        check(status.getWaitingOn() == Status.WaitingOnEnum.CANDIDATE, "waiting on the candidate, not " + status.getWaitingOn());
        check(status.getRound() == 2, "round 2, not " + status.getRound());
        check(status.getNextInterviewAt() == null, "no interview to come");

        // The referrer has been told after round 1 by other means: a DONE of that step takes it off the advice.
        ActionV2 update = actions(answer).stream().filter(a -> a.getAction() == ActionCode.UPDATE_REFERRER).findFirst()
                .orElseThrow(() -> new AssertionError("a referrer to update after the first interview: " + codes(answer)));
        history.addEventsItem(new Event(new DoneEvent().type(DoneEvent.TypeEnum.DONE).at("2026-12-07T08:30").action(update.getId())));
        NextActionV2 after = advice.nextActionV2(history, false);
        checkAnswer(after);
        check(actions(after).stream().noneMatch(a -> a.getId().equals(update.getId())), update.getId() + " is done: " + codes(after));
    }

    private void nextActionV2Calendar() throws ApiException, IOException {
        called.add("nextActionV2Calendar");
        ApplicationHistory history = history();
        String next = advice.nextActionV2(history, false).getNext().getId();
        String ics = text(advice.nextActionV2Calendar(history));
        checkCalendar(ics);
        check(ics.contains("UID:" + next), "the next action's event has its id as UID (" + next + ")");
    }

    private void nextActionV2Batch() throws ApiException {
        called.add("nextActionV2Batch");
        ApplicationHistory rejected = new ApplicationHistory().company("Beta").asOf("2026-11-20T09:00")
                .addEventsItem(new Event(new InterviewEvent().type(InterviewEvent.TypeEnum.INTERVIEW).at("2026-11-10")))
                .addEventsItem(new Event(new RejectionEvent().type(RejectionEvent.TypeEnum.REJECTION).at("2026-11-18T08:30")));
        BatchResponseV2 response = advice.nextActionV2Batch(new BatchRequestV2()
                .addItemsItem(new BatchItemV2().id("acme").state(history()))
                .addItemsItem(new BatchItemV2().id("beta").state(rejected))
                .addItemsItem(new BatchItemV2().id("empty").state(new ApplicationHistory().company("Gamma"))));
        List<BatchResultV2> results = response.getResults();
        check(results.size() == 3, "three results, not " + results.size());
        for (int i = 0; i < 2; i++) {
            BatchResultV2 result = results.get(i);
            check(result.getIndex() == i && result.getStatus() == 200 && result.getProblem() == null,
                    "item " + i + " answered: " + result);
            checkAnswer(result.getAnswer());
        }
        check(results.get(1).getAnswer().getStatus().getOutcome() == Status.OutcomeEnum.REJECTED, "beta is rejected");
        checkProblem(results.get(2), "items[2].state.events");
    }

    private static void checkAnswer(NextActionV2 answer) {
        check(answer != null, "an answer");
        required(answer.getAsOf(), "asOf");
        required(answer.getTimezone(), "timezone");
        required(answer.getLanguage(), "language");
        required(answer.getApplicationId(), "applicationId");
        required(answer.getRules(), "rules");
        required(answer.getRules().getVersion(), "rules.version");
        Status status = required(answer.getStatus(), "status");
        required(status.getOutcome(), "status.outcome");
        required(status.getWaitingOn(), "status.waitingOn");
        required(status.getRound(), "status.round");
        required(status.getRegion(), "status.region");
        required(answer.getNext(), "next");
        required(answer.getAlso(), "also");
        required(answer.getPlan(), "plan");
        for (ActionV2 action : actions(answer)) {
            String id = required(action.getId(), "an action's id");
            check(id.startsWith(answer.getApplicationId() + "."), id + " starts with the applicationId");
            required(action.getAction(), id + ".action");
            required(action.getTitle(), id + ".title");
            required(action.getOverdue(), id + ".overdue");
            required(action.getWhy(), id + ".why");
            required(action.getRule(), id + ".rule");
            checkDrafts(action.getDrafts(), id);
        }
    }

    private static List<ActionV2> actions(NextActionV2 answer) {
        List<ActionV2> all = new ArrayList<>();
        all.add(answer.getNext());
        all.addAll(answer.getAlso());
        all.addAll(answer.getPlan());
        return all;
    }

    private static List<String> codes(NextActionV2 answer) {
        return actions(answer).stream().map(a -> a.getId() + " " + a.getAction()).collect(Collectors.toList());
    }

    // --- contract 1.1 ---

    /** An interview two weeks ago, a thank-you sent, one follow-up unanswered. */
    static ApplicationState state() {
        return new ApplicationState()
                .asOf("2026-11-30T09:00")
                .timezone("Europe/Berlin")
                .language("en")
                .company("Acme")
                .role("Data Analyst")
                .candidateName("Sam Lee")
                .interview(new Interview().at("2026-11-12T10:00").round(1).format(InterviewFormat.VIDEO)
                        .addInterviewersItem(new Interviewer().name("Dana Smith").addressAs("Dana").title("Head of Data")
                                .email("dana@acme.example").talkedAbout("the move to a new data warehouse")))
                .contact(new Contact().name("Lee Park").email("lee@acme.example"))
                .timeline(new Timeline().asked(true).expectedBy(LocalDate.of(2026, 11, 19)))
                .thankYou(new ThankYou().sentAt("2026-11-12T17:30"))
                .addFollowUpsItem(new FollowUp().at("2026-11-20T09:00").channel(Channel.EMAIL))
                .otherOpportunities(new OtherOpportunities().activeApplications(2).upcomingInterviews(0));
    }

    private void nextAction() throws ApiException {
        called.add("nextAction");
        NextAction answer = advice.nextAction(state(), true);
        checkAnswer(answer);
        List<Explanation> explained = required(answer.getExplain(), "explain (asked for)");
        check(!explained.isEmpty(), "an explanation for each rule that fired");
        for (Explanation e : explained) {
            required(e.getRule(), "explain[].rule");
        }
    }

    private void nextActionCalendar() throws ApiException, IOException {
        called.add("nextActionCalendar");
        checkCalendar(text(advice.nextActionCalendar(state())));
    }

    private void nextActionBatch() throws ApiException {
        called.add("nextActionBatch");
        BatchResponse response = advice.nextActionBatch(new BatchRequest()
                .addItemsItem(new BatchItem().id("acme").state(state()))
                .addItemsItem(new BatchItem().id("beta").state(new ApplicationState().company("Beta"))));
        List<BatchResult> results = response.getResults();
        check(results.size() == 2, "two results, not " + results.size());
        BatchResult acme = results.get(0);
        check("acme".equals(acme.getId()) && acme.getIndex() == 0 && acme.getStatus() == 200, "acme answered: " + acme);
        checkAnswer(acme.getAnswer());
        BatchResult beta = results.get(1);
        check("beta".equals(beta.getId()) && beta.getIndex() == 1 && beta.getStatus() == 400 && beta.getAnswer() == null,
                "beta refused: " + beta);
        checkFields(beta.getProblem(), "items[1].state.interview");
    }

    private static void checkAnswer(NextAction answer) {
        check(answer != null, "an answer");
        required(answer.getAsOf(), "asOf");
        required(answer.getTimezone(), "timezone");
        required(answer.getLanguage(), "language");
        required(answer.getRules(), "rules");
        List<Action> all = new ArrayList<>();
        all.add(required(answer.getNext(), "next"));
        all.addAll(required(answer.getAlso(), "also"));
        all.addAll(required(answer.getPlan(), "plan"));
        for (Action action : all) {
            // a 1.1 answer's codes are 1.1's: ActionCodeV1 has no other (its JSON would not have been read)
            ActionCodeV1 code = required(action.getAction(), "an action's code");
            required(action.getTitle(), code + ".title");
            required(action.getOverdue(), code + ".overdue");
            required(action.getWhy(), code + ".why");
            required(action.getRule(), code + ".rule");
            checkDrafts(action.getDrafts(), code.getValue());
        }
    }

    // --- the rules ---

    private void listRules() throws ApiException {
        called.add("listRules");
        Catalogue catalogue = rules.listRules();
        required(catalogue.getVersion(), "version");
        required(catalogue.getLoadedAt(), "loadedAt");
        required(catalogue.getTemplates(), "templates");
        required(required(catalogue.getLastReload(), "lastReload").getStatus(), "lastReload.status");
        check(!catalogue.getRules().isEmpty(), "some rules are loaded");
        for (Rule rule : catalogue.getRules()) {
            required(rule.getName(), "rules[].name");
            required(rule.getFile(), rule.getName() + ".file");
            check(rule.getFired() != null && rule.getFired() >= 0, rule.getName() + ".fired");
        }
        check(catalogue.getRules().stream().anyMatch(r -> r.getFired() > 0), "the calls above fired some rule");
    }

    // --- shared checks ---

    private static void checkDrafts(List<Draft> drafts, String action) {
        if (drafts == null) {
            return;
        }
        for (Draft draft : drafts) {
            required(draft.getChannel(), action + ".drafts[].channel");
            required(draft.getBody(), action + ".drafts[].body");
            if (draft.getChannel() == Channel.EMAIL) {
                required(draft.getSubject(), action + ".drafts[].subject");
            }
        }
    }

    private void checkProblem(BatchResultV2 result, String field) {
        check(result.getStatus() == 400 && result.getAnswer() == null, "item " + result.getIndex() + " refused: " + result);
        checkFields(result.getProblem(), field);
    }

    private static void checkFields(Problem problem, String field) {
        required(problem, "a problem");
        required(problem.getTitle(), "problem.title");
        List<String> fields = required(problem.getErrors(), "problem.errors").stream().map(FieldError::getField)
                .collect(Collectors.toList());
        check(fields.contains(field), "the problem names " + field + ": " + fields);
    }

    /** The calendar, as the generated client hands it over: a file (the document declares it binary). */
    private static String text(File calendar) throws IOException {
        required(calendar, "the calendar file");
        try {
            return Files.readString(calendar.toPath(), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(calendar.toPath());
        }
    }

    private static void checkCalendar(String ics) {
        check(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), "an iCalendar file: " + ics);
        check(ics.contains("BEGIN:VEVENT"), "an event for something to do");
    }

    private static Set<String> operationIds(Path document) throws IOException {
        JsonNode paths = ApiClient.createDefaultObjectMapper().readTree(document.toFile()).path("paths");
        Set<String> ids = new TreeSet<>();
        for (Iterator<JsonNode> path = paths.elements(); path.hasNext(); ) {
            path.next().forEach(operation -> {
                if (operation.has("operationId")) {
                    ids.add(operation.get("operationId").asText());
                }
            });
        }
        return ids;
    }

    private static void waitUntilReady(String baseUrl) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service at " + baseUrl + " did not get ready within 60 s");
            }
            Thread.sleep(250);
        }
    }

    private static <T> T required(T value, String what) {
        check(value != null && !(value instanceof String && ((String) value).isBlank()), what + " is present");
        return value;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
