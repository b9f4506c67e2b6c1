package com.followupadvisor.advising;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.state.Channel;




/** rules/follow-up.drl. November 2026: the 16th, 23rd and 30th are Mondays. */
class FollowUpRulesTest {

    private static StateBuilder thankedAfterInterviewOn(String date) {
        return StateBuilder.interviewAt(date + "T10:00").thankYouSent(date + "T17:00");
    }

    private static void assertWindow(AdvisedAction action, String from, String by) {
        assertThat(action.action()).isEqualTo(ActionCode.FOLLOW_UP);
        assertThat(action.dueFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(action.dueBy()).isEqualTo(LocalDate.parse(by));
    }

    @Nested
    class FirstFollowUp {

        @Test
        void opensTwoDaysPastTheEmployersDate() {
            // expected Monday 16th: window Wednesday 18th to Thursday 19th
            Answer answer = advise(thankedAfterInterviewOn("2026-11-09").expectedBy("2026-11-16").asOf("2026-11-18T08:00"));

            assertWindow(answer.next(), "2026-11-18", "2026-11-19");
            assertThat(answer.next().overdue()).isFalse();
            assertThat(answer.next().channels()).containsExactly(Channel.EMAIL, Channel.PHONE);
            assertThat(answer.next().rule()).isEqualTo("Follow up politely once the window has opened");
            assertThat(answer.next().why()).contains("2026-11-16").contains("2026-11-18").contains("2026-11-19");
        }

        @Test
        void waitsUntilTheDayTheWindowOpens() {
            Answer answer = advise(thankedAfterInterviewOn("2026-11-09").expectedBy("2026-11-16").asOf("2026-11-17T23:59"));

            assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
            assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-18"));
            assertThat(answer.next().rule()).isEqualTo("Wait until the follow-up window opens");
        }

        @Test
        void movesAWindowOpeningOnSaturdayToMonday() {
            // expected Thursday 19th: +2 is Saturday, +3 Sunday; both move to Monday 23rd
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").expectedBy("2026-11-19").asOf("2026-11-23T09:00"));

            assertWindow(answer.next(), "2026-11-23", "2026-11-23");
        }

        @Test
        void movesAWindowClosingOnSaturdayToMonday() {
            // expected Wednesday 18th: +2 is Friday 20th, +3 is Saturday, which moves to Monday 23rd
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").expectedBy("2026-11-18").asOf("2026-11-20T09:00"));

            assertWindow(answer.next(), "2026-11-20", "2026-11-23");
        }

        @Test
        void movesAWindowOpeningOnSundayToMonday() {
            // expected Friday 20th: +2 is Sunday, +3 Monday 23rd
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").expectedBy("2026-11-20").asOf("2026-11-21T09:00"));

            assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
            assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-23"));
        }

        @Test
        void assumesAWeekWhenTheEmployerGaveNoDate() {
            // interview Thursday 12th: assumed date Thursday 19th, window Monday 23rd
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").asOf("2026-11-23T09:00"));

            assertWindow(answer.next(), "2026-11-23", "2026-11-23");
            assertThat(answer.fired()).contains("Without a date from the employer, assume the usual timeline");
            assertThat(answer.next().why()).contains("2026-11-19");
        }

        @Test
        void isOverdueOnceItsWindowHasClosed() {
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").asOf("2026-11-24T09:00"));

            assertWindow(answer.next(), "2026-11-23", "2026-11-23");
            assertThat(answer.next().overdue()).isTrue();
        }
    }

    @Nested
    class SecondFollowUp {

        @Test
        void opensAWeekAfterTheFirst() {
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").followUp("2026-11-23T09:30").asOf("2026-11-30T08:00"));

            assertWindow(answer.next(), "2026-11-30", "2026-12-01");
            assertThat(answer.next().why()).contains("2026-11-23").contains("1 so far");
        }

        @Test
        void waitsForItsWindow() {
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").followUp("2026-11-23T09:30").asOf("2026-11-25T08:00"));

            assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
            assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-30"));
        }

        @Test
        void movesAClosingSaturdayToMonday() {
            // first follow-up Friday 20th: +7 Friday 27th, +8 Saturday, which moves to Monday 30th
            Answer answer = advise(thankedAfterInterviewOn("2026-11-12").expectedBy("2026-11-18").followUp("2026-11-20T09:00")
                    .asOf("2026-11-27T09:00"));

            assertWindow(answer.next(), "2026-11-27", "2026-11-30");
        }

        @Test
        void doesNotDependOnTheOrderFollowUpsAreListedIn() {
            Answer listedInOrder = advise(thankedAfterInterviewOn("2026-11-02").followUp("2026-11-11T09:00")
                    .followUp("2026-11-18T09:00").asOf("2026-11-20T09:00"));
            Answer listedReversed = advise(thankedAfterInterviewOn("2026-11-02").followUp("2026-11-18T09:00")
                    .followUp("2026-11-11T09:00").asOf("2026-11-20T09:00"));

            assertThat(listedReversed.next()).isEqualTo(listedInOrder.next());
            assertThat(listedReversed.plan()).isEqualTo(listedInOrder.plan());
        }
    }

    @Nested
    class WordFromTheEmployer {

        @Test
        void contactAfterTheReferenceDateRestartsTheWaitAndTheCount() {
            // expected 16th, followed up 18th, they answered on Friday 20th: new date Friday 27th,
            // window Sunday 29th -> Monday 30th, and the 18th no longer counts as unanswered
            Answer answer = advise(thankedAfterInterviewOn("2026-11-09").expectedBy("2026-11-16")
                    .followUp("2026-11-18T09:00").lastHeard("2026-11-20T11:00").asOf("2026-11-24T09:00"));

            assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
            assertThat(answer.next().dueBy()).isEqualTo(LocalDate.parse("2026-11-30"));
            assertThat(answer.fired()).contains("News from the employer after the reference date restarts the wait");
            assertThat(answer.next().why()).contains("2026-11-20");
        }

        @Test
        void contactBeforeTheReferenceDateChangesNothing() {
            Answer heard = advise(thankedAfterInterviewOn("2026-11-12").expectedBy("2026-11-20")
                    .lastHeard("2026-11-14T10:00").asOf("2026-11-23T09:00"));

            assertWindow(heard.next(), "2026-11-23", "2026-11-23");
            assertThat(heard.fired()).doesNotContain("News from the employer after the reference date restarts the wait");
        }

        @Test
        void aFollowUpMadeBeforeTheirLatestContactIsNotUnanswered() {
            Answer answer = advise(thankedAfterInterviewOn("2026-11-02").expectedBy("2026-11-06")
                    .followUp("2026-11-09T09:00").followUp("2026-11-16T09:00").lastHeard("2026-11-16T15:00")
                    .asOf("2026-11-18T09:00"));

            assertThat(answer.next().action()).isEqualTo(ActionCode.WAIT);
            assertThat(answer.fired()).contains("The first follow-up comes a few days past the reference date")
                    .doesNotContain("After the last unanswered follow-up, give them a little more time");
        }
    }
}
