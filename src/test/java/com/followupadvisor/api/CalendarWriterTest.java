package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.wording.Draft;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/** The .ics is RFC 5545 text: values escaped, no control characters, lines folded at 75 octets (finding 6). */
class CalendarWriterTest {

    private static final CalendarWriter WRITER = new CalendarWriter(Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));

    // CJK (3 octets each), emoji (4 octets, a surrogate pair each), accents (2), and what iCalendar escapes
    private static final String COMPANY = "株式会社🦊テスト, Ünïcødé; Back\\slash " + "李小龍😀".repeat(30);
    private static final String TITLE = "Follow up with " + COMPANY;

    private static ApplicationState state() {
        return ApplicationState.builder().timezone(ZoneOffset.UTC).company(COMPANY).role("Analyst")
                .interviewAt(LocalDateTime.parse("2026-11-12T10:00")).build();
    }

    private static Answer answer(String title, String why, Draft draft) {
        AdvisedAction action = new AdvisedAction(ActionCode.FOLLOW_UP, title, LocalDate.parse("2026-11-24"),
                LocalDate.parse("2026-11-25"), false, List.of(Channel.EMAIL), why, "a rule", draft == null ? List.of() : List.of(draft), "acme-0000.follow-up-1");
        return new Answer(LocalDateTime.parse("2026-11-24T09:00"), ZoneOffset.UTC, "en", action, List.of(), List.of(), "v", List.of(), List.of(), "acme-0000", null);
    }

    @Test
    void everyLineIsAtMost75OctetsAndUnfoldsBackToTheText() throws CharacterCodingException {
        String why = "Eight days 😀 since the interview;\nno word, from anyone. " + "長い説明".repeat(40);
        Draft draft = new Draft(Channel.EMAIL, "李小龍😀 <dana@acme.example>", "件名: " + "🦊".repeat(40), "本文\n" + "é".repeat(100));
        String ics = WRITER.write(state(), answer(TITLE, why, draft));
        byte[] octets = ics.getBytes(StandardCharsets.UTF_8);

        // strict UTF-8 throughout: no fold split a sequence (a split surrogate pair would show as '?')
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
        assertThat(ics).doesNotContain("?");
        assertThat(ics).endsWith("\r\n");
        int lineStart = 0;
        int longest = 0;
        for (int i = 0; i < octets.length; i++) {
            if (octets[i] == '\r') {
                assertThat(octets[i + 1]).as("CR at octet %d is followed by LF", i).isEqualTo((byte) '\n');
                longest = Math.max(longest, i - lineStart);
                assertThat(i - lineStart).as("the line at octet %d, excluding its CRLF", lineStart).isLessThanOrEqualTo(75);
                lineStart = i + 2;
                i++;
            } else {
                assertThat((octets[i] & 0xFF) < 0x20 || octets[i] == 0x7F).as("octet %d is 0x%02X", i, octets[i]).isFalse();
            }
        }
        // the values are long enough to need folding, and folding packs lines to within a character of the limit
        assertThat(longest).isBetween(72, 75);
        assertThat(ics).contains("\r\n ");

        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(event.getDescription().getValue()).startsWith(why).contains(draft.to()).contains(draft.subject())
                .endsWith(draft.body());
        assertThat(event.getAlarms().get(0).getDescription().getValue()).isEqualTo(TITLE);
        // the text's own escapes, as RFC 5545 3.3.11 writes them, once unfolded
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Follow up with 株式会社🦊テスト\\, Ünïcødé\\; Back\\\\slash 李小龍😀")
                .contains("since the interview\\;\\nno word\\, from anyone.");
    }

    @Test
    void controlCharactersInTemplatesOrDraftsNeverReachTheFile() {
        String why = "tab\there, NUL\u0000, ESC\u001B[31m, DEL\u007F, C1\u0085next, CR LF\r\nnext, CR\rnext, LS\u2028next";
        Draft draft = new Draft(Channel.EMAIL, "Dana <dana@acme.example>", "Subject\u0007bell", "body\u0000");
        String ics = WRITER.write(state(), answer("Title\u001Bwith escape", why, draft));

        assertThat(ics.replace("\r\n", "").chars().filter(c -> c < 0x20 || c >= 0x7F && c <= 0x9F)).isEmpty();
        VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Title\uFFFDwith escape");
        assertThat(event.getDescription().getValue()).startsWith("tab here, NUL\uFFFD, ESC\uFFFD[31m, DEL\uFFFD, C1\nnext, "
                + "CR LF\nnext, CR\nnext, LS\nnext").contains("Subject\uFFFDbell").endsWith("body\uFFFD");
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        // 74 ASCII octets, then a 4-octet emoji: 78 octets, so the emoji moves whole to the next line
        String line = "X".repeat(74) + "😀";
        assertThat(CalendarWriter.fold(line + "\r\n")).isEqualTo("X".repeat(74) + "\r\n 😀\r\n");
        // exactly 75 octets: not folded (the limit excludes the CRLF)
        assertThat(CalendarWriter.fold("X".repeat(75) + "\r\n")).isEqualTo("X".repeat(75) + "\r\n");
        // 25 CJK characters are 75 octets; a 26th starts a continuation line, whose space counts
        String cjk = "李".repeat(50);
        assertThat(CalendarWriter.fold(cjk + "\r\n")).isEqualTo("李".repeat(25) + "\r\n " + "李".repeat(24) + "\r\n " + "李\r\n");
    }
}
