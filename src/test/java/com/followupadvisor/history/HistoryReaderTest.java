package com.followupadvisor.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.state.ApplicationState.Holidays;
import com.followupadvisor.state.ApplicationState.OtherOpportunities;
import com.followupadvisor.state.ApplicationState.Timeline;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InterviewFormat;
import com.followupadvisor.state.InvalidRequestException;

/**
 * Contract 2.0's request as {@link HistoryReader} reads it: every field the contract gives, both
 * accepted and refused under its exact path, all problems at once, the checks between events, and
 * the default holiday region. Bodies are written with ' for " to stay readable.
 */
class HistoryReaderTest {

    /** Monday 7 December 2026, 08:00 in Berlin: "now" for requests without asOf. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC);
    private static final HistoryReader READER = new HistoryReader(ZoneId.of("Europe/Berlin"), () -> Set.of("en", "de"),
            CLOCK, null);

    private static final String INTERVIEW = "{'type': 'INTERVIEW', 'at': '2026-12-01T10:00'}";
    private static final String PEOPLE = ", 'people': [{'id': 'lee', 'role': 'RECRUITER'},"
            + " {'id': 'kim', 'role': 'HIRING_MANAGER'}, {'id': 'ann', 'role': 'REFERRER'}]";

    private static String json(String text) {
        return text.replace('\'', '"');
    }

    /** A request as of Monday 7 December 09:00 for Acme, with {@code more} fields and {@code events}. */
    private static String body(String more, String... events) {
        return "{'asOf': '2026-12-07T09:00', 'company': 'Acme'" + more + ", 'events': [" + String.join(", ", events) + "]}";
    }

    private static ApplicationHistory read(String body) {
        return READER.read(json(body).getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldError> errors(HistoryReader reader, String body) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> reader.read(json(body).getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("refused: " + body).isNotNull();
        return e.errors();
    }

    /** Refused with exactly the problems at {@code paths}; the first problem's message for more checks. */
    private static String refused(String body, String... paths) {
        List<FieldError> errors = errors(READER, body);
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(paths);
        return errors.get(0).message();
    }

    private static String event(String type, String at, String more) {
        return "{'type': '" + type + "', 'at': '" + at + "'" + more + "}";
    }

    @Test
    void theContractsFieldsAreRead() {
        ApplicationHistory history = read("""
                {'asOf': '2026-12-07T09:00', 'timezone': 'Europe/Berlin', 'language': 'de', 'applicationId': 'acme.backend-1',
                 'company': 'Acme', 'role': 'Backend Engineer', 'candidate': {'name': 'Sam Doe', 'email': 'sam@doe.example',
                 'phone': '+49 30 1234567'}, 'firstChoice': true,
                 'people': [{'id': 'lee', 'name': 'Lee Chan', 'email': 'lee@acme.example', 'phone': '+1 (555) 010-9999',
                             'title': 'Recruiter', 'addressAs': 'Lee', 'role': 'RECRUITER'},
                            {'id': 'dana_2', 'name': 'Dana'}],
                 'contact': 'lee',
                 'events': [
                   {'type': 'INTERVIEW', 'at': '2026-12-01T10:00', 'id': 'ev-1', 'note': 'went well', 'round': 2,
                    'stage': 'FINAL', 'format': 'VIDEO', 'interviewers': [{'person': 'dana_2', 'talkedAbout': 'the API'}],
                    'timeline': {'asked': true, 'expectedBy': '2026-12-11'}, 'thankYouNotWanted': true},
                   {'type': 'FOLLOW_UP', 'at': '2026-12-02T09:00', 'channel': 'PHONE', 'to': ['lee', 'dana_2']},
                   {'type': 'QUESTION', 'at': '2026-12-04T16:00', 'from': 'lee', 'about': 'REFERENCES'},
                   {'type': 'STILL_DECIDING', 'at': '2026-12-04T17:00', 'expectedBy': '2026-12-11'},
                   {'type': 'RESCHEDULED', 'at': '2026-12-04', 'newAt': '2026-12-09T14:00'},
                   {'type': 'ASSIGNMENT', 'at': '2026-12-05T10:00', 'due': '2026-12-10'},
                   {'type': 'OTHER_OFFER', 'at': '2026-12-06T10:00', 'answerBy': '2026-12-14'},
                   {'type': 'DONE', 'at': '2026-12-07T08:00', 'action': 'acme.backend-1.ask-to-expedite-1'}],
                 'otherOpportunities': {'activeApplications': 3, 'upcomingInterviews': 1},
                 'holidays': {'region': 'DE-BY', 'closedDays': ['2026-12-24']}}""");

        assertThat(history.asOf()).isEqualTo(LocalDateTime.parse("2026-12-07T09:00"));
        assertThat(history.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(history.language()).isEqualTo("de");
        assertThat(history.applicationId()).isEqualTo("acme.backend-1");
        assertThat(history.company()).isEqualTo("Acme");
        assertThat(history.role()).isEqualTo("Backend Engineer");
        assertThat(history.candidate()).isEqualTo(new Candidate("Sam Doe", "sam@doe.example", "+49 30 1234567"));
        assertThat(history.firstChoice()).isTrue();
        assertThat(history.people()).containsExactly(
                new Person("lee", "Lee Chan", "lee@acme.example", "+1 (555) 010-9999", "Recruiter", "Lee", PersonRole.RECRUITER),
                new Person("dana_2", "Dana", null, null, null, null, PersonRole.INTERVIEWER));
        assertThat(history.contact()).isEqualTo("lee");
        assertThat(history.otherOpportunities()).isEqualTo(new OtherOpportunities(3, 1));
        assertThat(history.holidays()).isEqualTo(new Holidays("DE-BY", List.of(LocalDate.parse("2026-12-24"))));

        List<Event> events = history.events();
        assertThat(events).extracting(Event::type).containsExactly(EventType.INTERVIEW, EventType.FOLLOW_UP, EventType.QUESTION,
                EventType.STILL_DECIDING, EventType.RESCHEDULED, EventType.ASSIGNMENT, EventType.OTHER_OFFER, EventType.DONE);
        assertThat(events.get(0)).isEqualTo(Event.of(EventType.INTERVIEW, When.at(LocalDateTime.parse("2026-12-01T10:00")))
                .id("ev-1").note("went well").round(2).stage(Stage.FINAL).format(InterviewFormat.VIDEO)
                .interviewers(List.of(new Event.Attendance("dana_2", "the API")))
                .timeline(new Timeline(true, LocalDate.parse("2026-12-11"))).thankYouNotWanted(true).build());
        assertThat(events.get(1).channel()).isEqualTo(Channel.PHONE);
        assertThat(events.get(1).to()).containsExactly("lee", "dana_2");
        assertThat(events.get(2).from()).isEqualTo("lee");
        assertThat(events.get(2).about()).isEqualTo(QuestionTopic.REFERENCES);
        assertThat(events.get(3).expectedBy()).isEqualTo(LocalDate.parse("2026-12-11"));
        assertThat(events.get(4).at()).isEqualTo(When.on(LocalDate.parse("2026-12-04")));
        assertThat(events.get(4).newAt()).isEqualTo(LocalDateTime.parse("2026-12-09T14:00"));
        assertThat(events.get(5).due()).isEqualTo(When.on(LocalDate.parse("2026-12-10")));
        assertThat(events.get(6).answerBy()).isEqualTo(LocalDate.parse("2026-12-14"));
        assertThat(events.get(7).action()).isEqualTo("acme.backend-1.ask-to-expedite-1");
    }

    @Test
    void everyEventTypeIsTakenWithItsFields() {
        ApplicationHistory history = read(body(", 'applicationId': 'acme'" + PEOPLE, INTERVIEW,
                event("THANK_YOU", "2026-12-01T18:00", ", 'to': ['kim']"),
                event("FOLLOW_UP", "2026-12-02T09:00", ", 'channel': 'EMAIL'"),
                event("REPLIED", "2026-12-02T10:00", ", 'to': ['lee']"),
                event("SUBMITTED", "2026-12-02T11:00", ""),
                event("OTHER_OFFER", "2026-12-02T12:00", ", 'answerBy': '2026-12-02'"),
                event("ACCEPTED", "2026-12-03T09:00", ""),
                event("DECLINED", "2026-12-03T10:00", ""),
                event("WITHDREW", "2026-12-03T11:00", ""),
                event("REFERRER_UPDATED", "2026-12-03T12:00", ", 'to': ['ann']"),
                event("DONE", "2026-12-03T13:00", ", 'action': 'acme.update-referrer-1'"),
                event("STILL_DECIDING", "2026-12-04T09:00", ", 'from': 'kim', 'expectedBy': '2026-12-10'"),
                event("QUESTION", "2026-12-04T10:00", ", 'from': 'lee', 'about': 'SALARY'"),
                event("INVITATION", "2026-12-04T11:00", ", 'from': 'lee', 'round': 3"),
                event("RESCHEDULED", "2026-12-04T12:00", ", 'from': 'lee', 'newAt': '2026-12-08T10:00'"),
                event("CANCELLED", "2026-12-04T13:00", ", 'from': 'lee'"),
                event("ON_HOLD", "2026-12-04T14:00", ", 'from': 'kim'"),
                event("ASSIGNMENT", "2026-12-04T15:00", ", 'from': 'kim', 'due': '2026-12-04T18:00'"),
                event("OFFER", "2026-12-04T16:00", ", 'from': 'kim', 'answerBy': '2026-12-11'"),
                event("REJECTION", "2026-12-04T17:00", ", 'from': 'kim'")));

        assertThat(history.events()).extracting(Event::type).containsExactly(EventType.values());
        assertThat(history.events().get(13).round()).isEqualTo(3);
        assertThat(history.events().get(17).due()).isEqualTo(When.at(LocalDateTime.parse("2026-12-04T18:00")));
    }

    @Test
    void theLeastRequestIsCompanyAndOneInterview() {
        ApplicationHistory history = READER.read(json("{'company': 'Acme', 'events': [" + INTERVIEW + "]}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(history.asOf()).isNull();
        assertThat(history.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(history.language()).isNull();
        assertThat(history.applicationId()).isNull();
        assertThat(history.candidate()).isEqualTo(Candidate.UNNAMED);
        assertThat(history.people()).isEmpty();
        assertThat(history.contact()).isNull();
        assertThat(history.events().get(0).stage()).isEqualTo(Stage.INTERVIEW);
        assertThat(history.events().get(0).round()).isNull();
    }

    @Test
    void anInterviewMayBeStillToComeOnADateAloneOrNot() {
        ApplicationHistory history = read(body("", event("INTERVIEW", "2026-12-10", ""),
                event("INTERVIEW", "2026-12-14T10:00", "")));

        assertThat(history.events()).extracting(Event::at)
                .containsExactly(When.on(LocalDate.parse("2026-12-10")), When.at(LocalDateTime.parse("2026-12-14T10:00")));
    }

    @Test
    void datesAloneAreTaken() {
        ApplicationHistory history = read(body(PEOPLE, event("INTERVIEW", "2026-12-01", ""),
                // on the interview's date: a date alone is compared by date, so not before it
                event("THANK_YOU", "2026-12-01", ""),
                event("FOLLOW_UP", "2026-12-01T08:00", ", 'channel': 'EMAIL'"),
                event("ASSIGNMENT", "2026-12-03", ", 'due': '2026-12-03'"),
                // asOf's own date: 00:00 of it, not after asOf
                event("REPLIED", "2026-12-07", "")));

        assertThat(history.events()).extracting(e -> e.at().dateOnly()).containsExactly(true, true, false, true, true);
        assertThat(history.events().get(3).due()).isEqualTo(When.on(LocalDate.parse("2026-12-03")));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        refused("""
                {'asOf': '2026-12-07T09:00', 'timezone': 'Mars/Olympus',
                 'people': [{'id': 'lee'}, {'id': 'lee'}],
                 'events': [{'type': 'INTERVIEW', 'at': '2026-12-01T10:00', 'interviewers': [{'person': 'kim'}]},
                            {'type': 'THANK_YOU', 'at': '2026-12-08T10:00'}]}""",
                "company", "timezone", "people[1].id", "events[0].interviewers[0].person", "events[1].at");
    }

    @Test
    void aBodyThatIsNoObjectOrNoJsonIsRefused() {
        assertThat(errors(READER, "[1, 2]")).extracting(FieldError::field).containsExactly("$");
        assertThat(errors(READER, "{'company': ")).extracting(FieldError::field).containsExactly("$");
        refused("{'company': 'Acme', 'events': [" + INTERVIEW + "], 'interview': {}}", "interview");
    }

    @Test
    void companyIsRequiredOneLineAndAtMost200() {
        refused("{'events': [" + INTERVIEW + "]}", "company");
        refused(body("", INTERVIEW).replace("'Acme'", "'   '"), "company");
        refused(body("", INTERVIEW).replace("'Acme'", "'Acme\\nBeta'"), "company");
        refused(body("", INTERVIEW).replace("Acme", "A".repeat(201)), "company");
        assertThat(read(body("", INTERVIEW).replace("Acme", "A".repeat(200))).company()).hasSize(200);
    }

    @Test
    void eventsAreRequiredOneTo200() {
        assertThat(refused("{'company': 'Acme'}", "events")).isEqualTo("is required");
        refused(body(""), "events");
        refused(body("", Collections.nCopies(201, INTERVIEW).toArray(String[]::new)), "events");
        assertThat(read(body("", Collections.nCopies(200, INTERVIEW).toArray(String[]::new))).events()).hasSize(200);
        refused(body("").replace("[]", "{}"), "events");
        refused(body("", "'INTERVIEW'"), "events[0]", "events");
    }

    @Test
    void asOfTimezoneAndLanguageAreChecked() {
        refused(body("", INTERVIEW).replace("2026-12-07T09:00", "2026-12-07"), "asOf");
        refused(body(", 'timezone': 'Europe/Berlinn'", INTERVIEW), "timezone");
        assertThat(read(body(", 'timezone': 'America/New_York'", INTERVIEW)).timezone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(refused(body(", 'language': 'fr'", INTERVIEW), "language")).contains("de, en");
        refused(body(", 'language': 'EN'", INTERVIEW), "language");
        HistoryReader anyLanguage = new HistoryReader(ZoneOffset.UTC, null, null, null);
        assertThat(anyLanguage.read(json(body(", 'language': 'fr'", INTERVIEW)).getBytes(StandardCharsets.UTF_8)).language())
                .isEqualTo("fr");
    }

    @Test
    void applicationIdIsLettersDigitsDashUnderscoreDot() {
        assertThat(read(body(", 'applicationId': 'a.B-9_z'", INTERVIEW)).applicationId()).isEqualTo("a.B-9_z");
        refused(body(", 'applicationId': 'acme 1'", INTERVIEW), "applicationId");
        refused(body(", 'applicationId': 'acme/1'", INTERVIEW), "applicationId");
        refused(body(", 'applicationId': ''", INTERVIEW), "applicationId");
        refused(body(", 'applicationId': '" + "a".repeat(101) + "'", INTERVIEW), "applicationId");
        assertThat(read(body(", 'applicationId': '" + "a".repeat(100) + "'", INTERVIEW)).applicationId()).hasSize(100);
    }

    @Test
    void roleCandidateFirstChoiceAndOtherOpportunitiesAreChecked() {
        refused(body(", 'role': '" + "r".repeat(201) + "'", INTERVIEW), "role");
        refused(body(", 'candidate': {'name': '" + "n".repeat(201) + "', 'email': 'sam@', 'phone': 'call me', 'age': 30}",
                INTERVIEW), "candidate.name", "candidate.email", "candidate.phone", "candidate.age");
        refused(body(", 'candidate': 'Sam'", INTERVIEW), "candidate");
        refused(body(", 'firstChoice': 'yes'", INTERVIEW), "firstChoice");
        refused(body(", 'otherOpportunities': {'activeApplications': -1, 'upcomingInterviews': 1001, 'offers': 1}", INTERVIEW),
                "otherOpportunities.activeApplications", "otherOpportunities.upcomingInterviews", "otherOpportunities.offers");
    }

    @Test
    void peopleAreCheckedFieldByField() {
        refused(body(", 'people': [{'id': 'lee', 'name': '', 'email': 'lee', 'phone': 'x', 'title': 'a\\tb',"
                + " 'addressAs': '" + "a".repeat(101) + "', 'role': 'BOSS', 'team': 'HR'}]", INTERVIEW),
                "people[0].name", "people[0].email", "people[0].phone", "people[0].title", "people[0].addressAs",
                "people[0].role", "people[0].team");
        refused(body(", 'people': [{'name': 'Lee'}]", INTERVIEW), "people[0].id");
        refused(body(", 'people': [{'id': 'lee chan'}, {'id': 'lee.chan'}, {'id': ''}, {'id': '" + "a".repeat(41) + "'}]",
                INTERVIEW), "people[0].id", "people[1].id", "people[2].id", "people[3].id");
        assertThat(read(body(", 'people': [{'id': 'A-z_09" + "a".repeat(34) + "'}]", INTERVIEW)).people()).hasSize(1);
        refused(body(", 'people': [" + String.join(", ", Collections.nCopies(31, "{'id': 'x'}")) + "]", INTERVIEW), "people");
        refused(body(", 'people': ['lee']", INTERVIEW), "people[0]");
    }

    @Test
    void aDuplicatePersonIdIsRefusedAtTheLaterOne() {
        String message = refused(body(", 'people': [{'id': 'lee'}, {'id': 'kim'}, {'id': 'lee', 'name': 'Lee'}]", INTERVIEW),
                "people[2].id");
        assertThat(message).contains("people[0]");
    }

    @Test
    void upTo30PeopleAreTaken() {
        StringBuilder people = new StringBuilder(", 'people': [");
        for (int i = 0; i < 30; i++) {
            people.append(i == 0 ? "" : ", ").append("{'id': 'p").append(i).append("'}");
        }
        assertThat(read(body(people + "]", INTERVIEW)).people()).hasSize(30);
    }

    @Test
    void theContactIsAnExistingPersonButNoReferrer() {
        assertThat(read(body(PEOPLE + ", 'contact': 'kim'", INTERVIEW)).contact()).isEqualTo("kim");
        assertThat(refused(body(PEOPLE + ", 'contact': 'ann'", INTERVIEW), "contact")).contains("REFERRER");
        assertThat(refused(body(PEOPLE + ", 'contact': 'bob'", INTERVIEW), "contact")).contains("bob").contains("ann, kim, lee");
        refused(body(", 'contact': 'lee'", INTERVIEW), "contact");
        refused(body(PEOPLE + ", 'contact': {'id': 'lee'}", INTERVIEW), "contact");
    }

    @Test
    void anEventTypeMustBeGivenAndKnown() {
        refused(body("", INTERVIEW, "{'at': '2026-12-02T10:00'}"), "events[1].type");
        String message = refused(body("", INTERVIEW, event("THANKED", "2026-12-02T10:00", "")), "events[1].type");
        assertThat(message).contains("INTERVIEW", "THANK_YOU", "REFERRER_UPDATED", "REJECTION").contains("THANKED");
        refused(body("", INTERVIEW, "{'type': 3, 'at': '2026-12-02T10:00'}"), "events[1].type");
        // with its type unknown, a field no event takes is still refused
        refused(body("", INTERVIEW, event("THANKED", "2026-12-02T10:00", ", 'colour': 'red'")),
                "events[1].type", "events[1].colour");
    }

    @Test
    void aFieldTheEventTypeDoesNotTakeIsRefusedSayingWhatItTakes() {
        String message = refused(body(PEOPLE, INTERVIEW, event("THANK_YOU", "2026-12-02T10:00", ", 'channel': 'EMAIL'")),
                "events[1].channel");
        assertThat(message).contains("THANK_YOU").contains("at, id, note, to, type");
        refused(body(PEOPLE, event("INTERVIEW", "2026-12-01T10:00", ", 'from': 'lee'")), "events[0].from");
        refused(body("", INTERVIEW, event("ACCEPTED", "2026-12-02T10:00", ", 'answerBy': '2026-12-01'")), "events[1].answerBy");
        refused(body("", INTERVIEW, event("REJECTION", "2026-12-02T10:00", ", 'reason': 'none'")), "events[1].reason");
    }

    @Test
    void eachTypesRequiredFieldsAreRequired() {
        refused(body("", INTERVIEW, event("FOLLOW_UP", "2026-12-02T10:00", "")), "events[1].channel");
        refused(body("", INTERVIEW, event("OTHER_OFFER", "2026-12-02T10:00", "")), "events[1].answerBy");
        refused(body("", INTERVIEW, event("DONE", "2026-12-02T10:00", "")), "events[1].action");
        refused(body("", INTERVIEW, event("RESCHEDULED", "2026-12-02T10:00", "")), "events[1].newAt");
        refused(body("", INTERVIEW, event("ASSIGNMENT", "2026-12-02T10:00", "")), "events[1].due");
        refused(body("", INTERVIEW, "{'type': 'REPLIED'}"), "events[1].at");
    }

    @Test
    void atIsADateTimeOrADateAlone() {
        refused(body("", INTERVIEW, event("REPLIED", "yesterday", "")), "events[1].at");
        refused(body("", INTERVIEW, event("REPLIED", "2026-12-02T10:00+01:00", "")), "events[1].at");
        refused(body("", INTERVIEW, event("REPLIED", "2026-02-30", "")), "events[1].at");
        refused(body("", INTERVIEW, "{'type': 'REPLIED', 'at': 20261202}"), "events[1].at");
        refused(body("", INTERVIEW, event("REPLIED", "1800-12-02", "")), "events[1].at");
        assertThat(read(body("", INTERVIEW, event("REPLIED", "2026-12-02T10:00:30", ""))).events().get(1).at())
                .isEqualTo(When.at(LocalDateTime.parse("2026-12-02T10:00:30")));
    }

    @Test
    void idIsOneLineUpTo100AndNoteUpTo1000OnSeveralLines() {
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'id': '" + "i".repeat(101) + "'")), "events[0].id");
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'id': 'a\\nb'")), "events[0].id");
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'note': '" + "n".repeat(1001) + "'")), "events[0].note");
        Event event = read(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'id': '" + "i".repeat(100) + "', 'note': '"
                + "n".repeat(988) + "\\nsecond line'"))).events().get(0);
        assertThat(event.id()).hasSize(100);
        assertThat(event.note()).hasSize(1000).contains("\nsecond line");
    }

    @Test
    void anInterviewsFieldsAreChecked() {
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'round': 0, 'stage': 'PANEL', 'format': 'CALL',"
                + " 'thankYouNotWanted': 1")),
                "events[0].round", "events[0].stage", "events[0].format", "events[0].thankYouNotWanted");
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'round': 21")), "events[0].round");
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'round': 1.5")), "events[0].round");
        assertThat(read(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'round': 20, 'stage': 'SCREEN'"))).events().get(0))
                .extracting(Event::round, Event::stage).containsExactly(20, Stage.SCREEN);
    }

    @Test
    void interviewersAreExistingPeopleWithOneLineTopics() {
        refused(body(PEOPLE, event("INTERVIEW", "2026-12-01T10:00", ", 'interviewers': [{'person': 'kim'}, {'talkedAbout': 'x'},"
                + " {'person': 'bob'}, {'person': 'lee', 'talkedAbout': 'a\\nb'}, {'person': 'lee', 'talkedAbout': '"
                + "t".repeat(301) + "'}, {'person': 'lee', 'role': 'x'}, 'lee']")),
                "events[0].interviewers[1].person", "events[0].interviewers[2].person",
                "events[0].interviewers[3].talkedAbout", "events[0].interviewers[4].talkedAbout",
                "events[0].interviewers[5].role", "events[0].interviewers[6]");
        String twenty = String.join(", ", Collections.nCopies(20, "{'person': 'kim'}"));
        assertThat(read(body(PEOPLE, event("INTERVIEW", "2026-12-01T10:00", ", 'interviewers': [" + twenty + "]")))
                .events().get(0).interviewers()).hasSize(20);
        refused(body(PEOPLE, event("INTERVIEW", "2026-12-01T10:00", ", 'interviewers': [" + twenty + ", {'person': 'kim'}]")),
                "events[0].interviewers");
    }

    @Test
    void anInterviewsTimelineIsNotBeforeItsDate() {
        assertThat(read(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'timeline': {'expectedBy': '2026-12-01'}")))
                .events().get(0).timeline()).isEqualTo(new Timeline(false, LocalDate.parse("2026-12-01")));
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'timeline': {'expectedBy': '2026-11-30'}")),
                "events[0].timeline.expectedBy");
        refused(body("", event("INTERVIEW", "2026-12-01T10:00", ", 'timeline': {'asked': 'yes', 'by': '2026-12-08'}")),
                "events[0].timeline.asked", "events[0].timeline.by");
    }

    @Test
    void toListsExistingPeopleUpTo30() {
        assertThat(refused(body(PEOPLE, INTERVIEW, event("THANK_YOU", "2026-12-01T18:00", ", 'to': ['kim', 'bob']")),
                "events[1].to[1]")).contains("bob");
        refused(body(PEOPLE, INTERVIEW, event("REPLIED", "2026-12-02T10:00", ", 'to': 'kim'")), "events[1].to");
        refused(body(PEOPLE, INTERVIEW, event("REFERRER_UPDATED", "2026-12-02T10:00", ", 'to': [7]")), "events[1].to[0]");
        String thirty = String.join(", ", Collections.nCopies(30, "'ann'"));
        assertThat(read(body(PEOPLE, INTERVIEW, event("REFERRER_UPDATED", "2026-12-02T10:00", ", 'to': [" + thirty + "]")))
                .events().get(1).to()).hasSize(30);
        refused(body(PEOPLE, INTERVIEW, event("REFERRER_UPDATED", "2026-12-02T10:00", ", 'to': [" + thirty + ", 'ann']")),
                "events[1].to");
    }

    @Test
    void theOtherEventFieldsAreChecked() {
        refused(body(PEOPLE, INTERVIEW,
                event("FOLLOW_UP", "2026-12-02T10:00", ", 'channel': 'LETTER'"),
                event("OTHER_OFFER", "2026-12-02T10:00", ", 'answerBy': '2026-12-20T12:00'"),
                event("STILL_DECIDING", "2026-12-02T10:00", ", 'expectedBy': 'soon', 'from': 'bob'"),
                event("QUESTION", "2026-12-02T10:00", ", 'about': 'WEATHER'"),
                event("RESCHEDULED", "2026-12-02T10:00", ", 'newAt': '2026-12-09'"),
                event("ASSIGNMENT", "2026-12-02T10:00", ", 'due': 'Friday'"),
                event("INVITATION", "2026-12-02T10:00", ", 'round': 21"),
                event("DONE", "2026-12-02T10:00", ", 'action': '" + "a".repeat(201) + "'")),
                "events[1].channel", "events[2].answerBy", "events[3].expectedBy", "events[3].from", "events[4].about",
                "events[5].newAt", "events[6].due", "events[7].round", "events[8].action");
    }

    @Test
    void answerByAndDueAreNotBeforeTheEventsDate() {
        refused(body("", INTERVIEW, event("OTHER_OFFER", "2026-12-03T10:00", ", 'answerBy': '2026-12-02'")),
                "events[1].answerBy");
        refused(body("", INTERVIEW, event("OFFER", "2026-12-03T10:00", ", 'answerBy': '2026-12-02'")), "events[1].answerBy");
        refused(body("", INTERVIEW, event("ASSIGNMENT", "2026-12-03T10:00", ", 'due': '2026-12-02T23:00'")), "events[1].due");
        refused(body("", INTERVIEW, event("ASSIGNMENT", "2026-12-03", ", 'due': '2026-12-02'")), "events[1].due");
        assertThat(read(body("", INTERVIEW, event("OFFER", "2026-12-03T10:00", ", 'answerBy': '2026-12-03'"),
                event("ASSIGNMENT", "2026-12-03T10:00", ", 'due': '2026-12-03'"))).events()).hasSize(3);
    }

    @Test
    void noEventButAnInterviewIsAfterAsOf() {
        assertThat(refused(body("", INTERVIEW, event("REPLIED", "2026-12-07T09:01", "")), "events[1].at")).contains("asOf");
        refused(body("", INTERVIEW, event("OFFER", "2026-12-08", "")), "events[1].at");
        assertThat(read(body("", INTERVIEW, event("REPLIED", "2026-12-07T09:00", ""),
                event("INTERVIEW", "2027-01-07T09:00", ""))).events()).hasSize(3);
    }

    @Test
    void withoutAsOfNoEventButAnInterviewIsAfterNow() {
        // now is 08:00 in Berlin
        String late = "{'company': 'Acme', 'events': [" + INTERVIEW + ", " + event("REPLIED", "2026-12-07T08:30", "") + "]}";
        assertThat(refused(late, "events[1].at")).contains("now");
        assertThat(read(late.replace("08:30", "07:30")).events()).hasSize(2);
        // in New York it is 02:00
        refused(late.replace("{'company'", "{'timezone': 'America/New_York', 'company'").replace("08:30", "02:30"),
                "events[1].at");
        HistoryReader noClock = new HistoryReader(ZoneOffset.UTC, null, null, null);
        assertThat(noClock.read(json(late.replace("2026-12-07", "2030-01-01")).getBytes(StandardCharsets.UTF_8)).events())
                .hasSize(2);
    }

    @Test
    void atLeastOneInterviewIsRequired() {
        assertThat(refused(body("", event("OFFER", "2026-12-01T10:00", "")), "events")).contains("INTERVIEW");
        refused(body("", event("INTERVEIW", "2026-12-01T10:00", "")), "events[0].type", "events");
    }

    @Test
    void noThankYouOrFollowUpBeforeTheFirstInterview() {
        String interviews = event("INTERVIEW", "2026-12-03T10:00", "") + ", " + INTERVIEW;
        assertThat(refused(body("", interviews, event("THANK_YOU", "2026-12-01T09:59", "")), "events[2].at"))
                .contains("events[1]");
        refused(body("", interviews, event("FOLLOW_UP", "2026-11-30", ", 'channel': 'EMAIL'")), "events[2].at");
        // employer events and REPLIED may come before it: the invitation to a first interview
        assertThat(read(body("", interviews, event("INVITATION", "2026-11-20T10:00", ""),
                event("REPLIED", "2026-11-20T12:00", ""), event("THANK_YOU", "2026-12-01T10:00", ""))).events()).hasSize(5);
        // a date alone is compared by date, either side
        String onADate = event("INTERVIEW", "2026-12-01", "");
        assertThat(read(body("", onADate, event("THANK_YOU", "2026-12-01T08:00", ""))).events()).hasSize(2);
        refused(body("", onADate, event("THANK_YOU", "2026-11-30T23:00", "")), "events[1].at");
        assertThat(read(body("", INTERVIEW, event("FOLLOW_UP", "2026-12-01", ", 'channel': 'PHONE'"))).events()).hasSize(2);
    }

    @Test
    void aDoneNamesAStepOfThisApplicationWithoutAnEventOfItsOwn() {
        String id = ", 'applicationId': 'acme-1'";
        assertThat(read(body(id, INTERVIEW, event("DONE", "2026-12-02T10:00", ", 'action': 'acme-1.update-referrer-1'"),
                event("DONE", "2026-12-02T11:00", ", 'action': 'acme-1.move-on'"))).events()).hasSize(3);
        assertThat(refused(body(id, INTERVIEW, event("DONE", "2026-12-02T10:00", ", 'action': 'beta-2.move-on'")),
                "events[1].action")).contains("acme-1.");
        assertThat(refused(body(id, INTERVIEW, event("DONE", "2026-12-02T10:00", ", 'action': 'acme-1.follow-up-2'")),
                "events[1].action")).contains("FOLLOW_UP");
        assertThat(refused(body(id, INTERVIEW, event("DONE", "2026-12-02T10:00", ", 'action': 'acme-1.reply-3'")),
                "events[1].action")).contains("REPLIED");
        refused(body(id, INTERVIEW, event("DONE", "2026-12-02T10:00", ", 'action': 'acme-1.celebrate'")), "events[1].action");
    }

    @Test
    void withoutAnApplicationIdADoneNamesTheDefaultOneOfTheEarliestInterview() {
        // listed first but held second: the default id is worked out from the earliest interview
        String interviews = event("INTERVIEW", "2026-12-03T10:00", "") + ", " + INTERVIEW;
        String first = ActionIds.defaultApplicationId("Acme", "Dev", LocalDateTime.parse("2026-12-01T10:00"));
        String listedFirst = ActionIds.defaultApplicationId("Acme", "Dev", LocalDateTime.parse("2026-12-03T10:00"));
        assertThat(first).isNotEqualTo(listedFirst);

        assertThat(read(body(", 'role': 'Dev'", interviews, event("DONE", "2026-12-04T10:00",
                ", 'action': '" + first + ".withdraw-elsewhere'"))).events()).hasSize(3);
        assertThat(refused(body(", 'role': 'Dev'", interviews, event("DONE", "2026-12-04T10:00",
                ", 'action': '" + listedFirst + ".withdraw-elsewhere'")), "events[2].action")).contains(first);
    }

    @Test
    void theHolidayRegionIsGivenNoneOrTheZonesCountry() {
        assertThat(read(body(", 'timezone': 'Europe/Berlin'", INTERVIEW)).holidays().region()).isEqualTo("DE");
        assertThat(read(body(", 'timezone': 'America/New_York'", INTERVIEW)).holidays().region()).isEqualTo("US");
        assertThat(read(body("", INTERVIEW)).holidays().region()).as("the default zone's country").isEqualTo("DE");
        assertThat(read(body(", 'timezone': 'America/New_York', 'holidays': {'region': 'GB-SCT'}", INTERVIEW)).holidays()
                .region()).isEqualTo("GB-SCT");
        assertThat(read(body(", 'timezone': 'Europe/Berlin', 'holidays': {'region': 'NONE', 'closedDays': ['2026-12-31']}",
                INTERVIEW)).holidays()).isEqualTo(new Holidays(null, List.of(LocalDate.parse("2026-12-31"))));
        assertThat(read(body(", 'holidays': {'closedDays': []}", INTERVIEW)).holidays().region()).isEqualTo("DE");
    }

    @Test
    void withoutACountryTheConfiguredRegionIsTaken() {
        HistoryReader configured = new HistoryReader(ZoneOffset.UTC, null, CLOCK, "DE-BY");
        HistoryReader none = new HistoryReader(ZoneOffset.UTC, null, CLOCK, null);
        String utc = json(body(", 'timezone': 'UTC'", INTERVIEW));
        assertThat(configured.read(utc.getBytes(StandardCharsets.UTF_8)).holidays().region()).isEqualTo("DE-BY");
        assertThat(none.read(utc.getBytes(StandardCharsets.UTF_8)).holidays().region()).isNull();
        // a zone whose country has no known holidays (Mongolia)
        String ulaanbaatar = json(body(", 'timezone': 'Asia/Ulaanbaatar'", INTERVIEW));
        assertThat(configured.read(ulaanbaatar.getBytes(StandardCharsets.UTF_8)).holidays().region()).isEqualTo("DE-BY");
        // the zone's country before the configured region, and NONE before both
        String berlin = json(body(", 'timezone': 'Europe/Berlin'", INTERVIEW));
        assertThat(configured.read(berlin.getBytes(StandardCharsets.UTF_8)).holidays().region()).isEqualTo("DE");
        String noneGiven = json(body(", 'timezone': 'UTC', 'holidays': {'region': 'NONE'}", INTERVIEW));
        assertThat(configured.read(noneGiven.getBytes(StandardCharsets.UTF_8)).holidays().region()).isNull();
    }

    @Test
    void aBadHolidayRegionOrTooManyClosedDaysAreRefused() {
        assertThat(refused(body(", 'holidays': {'region': 'XX'}", INTERVIEW), "holidays.region")).contains("NONE");
        refused(body(", 'holidays': {'region': 'none'}", INTERVIEW), "holidays.region");
        refused(body(", 'holidays': {'region': 'DE-ZZ', 'closedDays': ['2026-12-24', 'Christmas'], 'weekends': 2}", INTERVIEW),
                "holidays.region", "holidays.closedDays[1]", "holidays.weekends");
        String days = String.join(", ", Collections.nCopies(61, "'2026-12-24'"));
        refused(body(", 'holidays': {'closedDays': [" + days + "]}", INTERVIEW), "holidays.closedDays");
        assertThat(read(body(", 'holidays': {'closedDays': [" + days.substring(14) + "]}", INTERVIEW)).holidays().closedDays())
                .hasSize(60);
    }

    @Test
    void anUnknownConfiguredRegionStopsTheReader() {
        assertThatThrownBy(() -> new HistoryReader(ZoneOffset.UTC, null, null, "XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
    }

    @Test
    void aParsedTreeIsReadAsTheBodyWouldBe() throws Exception {
        ApplicationHistory history = READER.read(new ObjectMapper().readTree(json(body("", INTERVIEW))));
        assertThat(history.company()).isEqualTo("Acme");
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> READER.read(new ObjectMapper().readTree(json(body("", event("REPLIED", "2026-12-01T10:00", ""))))));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("events");
    }
}
