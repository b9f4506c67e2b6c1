package com.followupadvisor.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.followupadvisor.advice.Channel;

/** What a draft that carries another action's purpose reads like: a paragraph of its own before the closing. */
class DraftTest {

    private static final String CLOSING = "Best regards,\nSam";

    private static Draft letter(String text) {
        String body = text + "\n\n" + CLOSING;
        return new Draft(Channel.EMAIL, "Dana", null, "Subject", body, body.lastIndexOf(CLOSING));
    }

    @Test
    void aPurposeGoesInAsAParagraphJustBeforeTheClosing() {
        Draft carried = letter("Dear Dana,\n\nMy answer.").carrying("Also this.");

        assertThat(carried.body()).isEqualTo("Dear Dana,\n\nMy answer.\n\nAlso this.\n\n" + CLOSING);
        assertThat(carried.body().substring(carried.closingAt())).isEqualTo(CLOSING);
    }

    @Test
    void twoPurposesGoInTheOrderTheyCameInAndTheClosingStaysLast() {
        Draft carried = letter("Dear Dana,").carrying("First.").carrying("Second.");

        assertThat(carried.body()).isEqualTo("Dear Dana,\n\nFirst.\n\nSecond.\n\n" + CLOSING);
        assertThat(carried.body().substring(carried.closingAt())).isEqualTo(CLOSING);
    }

    @Test
    void withoutAClosingThePurposeGoesAtTheEnd() {
        Draft script = new Draft(Channel.PHONE, "Dana", null, "Hello Dana.");

        assertThat(script.carrying("Also this.").body()).isEqualTo("Hello Dana.\n\nAlso this.");
    }
}
