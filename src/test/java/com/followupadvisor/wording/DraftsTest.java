package com.followupadvisor.wording;

import static com.followupadvisor.ShippedRules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.state.Channel;




/** rules/wording/en/: the follow-up email and phone script. */
class DraftsTest {

    private static StateBuilder followUpDue() {
        return StateBuilder.interviewAt("2026-11-12T10:00").thankYouSent("2026-11-12T18:00")
                .interviewer("Dana Smith", "dana@acme.example", "Head of Data").asOf("2026-11-23T09:00");
    }

    private static Draft email(Answer answer) {
        return answer.next().drafts().stream().filter(d -> d.channel() == Channel.EMAIL).findFirst().orElseThrow();
    }

    private static Draft phone(Answer answer) {
        return answer.next().drafts().stream().filter(d -> d.channel() == Channel.PHONE).findFirst().orElseThrow();
    }

    @Test
    void theFollowUpHasAnEmailAndAPhoneScriptAddressedByName() {
        Answer answer = advise(followUpDue());

        assertThat(email(answer).to()).isEqualTo("Dana Smith <dana@acme.example>");
        assertThat(email(answer).subject()).contains("Data Analyst").contains("Acme");
        assertThat(email(answer).body()).startsWith("Dear Dana Smith").contains("still being considered").endsWith("Sam Lee");
        assertThat(phone(answer).subject()).isNull();
        assertThat(phone(answer).body()).startsWith("Hello Dana Smith").contains("Sam Lee").contains("Acme");
    }

    @Test
    void mentionsAnotherInterviewAndFirstChoiceOnlyWhenTrue() {
        Answer neither = advise(followUpDue());
        Answer both = advise(followUpDue().others(3, 1).firstChoice());
        Answer onlyInterview = advise(followUpDue().others(3, 1));
        Answer onlyFirstChoice = advise(followUpDue().firstChoice());

        assertThat(email(neither).body()).doesNotContain("first choice").doesNotContain("another interview");
        assertThat(email(both).body()).contains("another interview coming up").contains("first choice");
        assertThat(phone(both).body()).contains("another interview coming up").contains("first choice");
        assertThat(email(onlyInterview).body()).contains("another interview").doesNotContain("first choice");
        assertThat(email(onlyFirstChoice).body()).contains("first choice").doesNotContain("another interview");
    }

    @Test
    void withoutANameTheDraftIsUnsignedButComplete() {
        Answer answer = advise(followUpDue().candidate(null).role(null));

        assertThat(email(answer).body()).endsWith("[your name]").doesNotContain("null").contains("the position at Acme");
    }
}
