package com.followupadvisor.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What a one-line text may hold, and the pattern the OpenAPI document publishes for it, agree. */
class UnicodeTextTest {

    @Test
    void theControlCharactersSeparatorsAndBidiOverridesBreakOneLine() {
        List<Integer> breaking = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (UnicodeText.breaksOneLine(c)) {
                breaking.add(c);
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int[] range : new int[][] {{0x00, 0x1F}, {0x7F, 0x9F}, {0x2028, 0x202E}, {0x2066, 0x2069}}) {
            for (int c = range[0]; c <= range[1]; c++) {
                expected.add(c);
            }
        }
        assertThat(breaking).isEqualTo(expected);
        // letters, spaces, marks that right-to-left text uses, emoji: fine
        for (int c : new int[] {'a', ' ', 0xA0, 0xE9, 0x5D0, 0x200E, 0x200F, 0x61C, 0x200D, 0x1F600, 0x674E}) {
            assertThat(UnicodeText.breaksOneLine(c)).as("U+%04X", c).isFalse();
        }
    }

    @Test
    void theOpenApiPatternSaysTheSameAsTheCheck() {
        Pattern oneLine = Pattern.compile(Limits.ONE_LINE);
        Pattern notBlank = Pattern.compile(Limits.ONE_LINE_NOT_BLANK);
        java.util.stream.IntStream codePoints = java.util.stream.IntStream.concat(
                java.util.stream.IntStream.rangeClosed(0, 0xFFFF).filter(c -> !Character.isSurrogate((char) c)),
                java.util.stream.IntStream.of(0x10000, 0x1F600, 0xE0001, 0x10FFFF));
        for (int c : codePoints.toArray()) {
            String text = "a" + new String(Character.toChars(c)) + "b";
            assertThat(oneLine.matcher(text).matches()).as("U+%04X", c).isEqualTo(!UnicodeText.breaksOneLine(c));
            assertThat(notBlank.matcher(text).matches()).as("U+%04X", c).isEqualTo(!UnicodeText.breaksOneLine(c));
        }
        assertThat(oneLine.matcher("").matches()).isTrue();
        assertThat(notBlank.matcher("   ").matches()).isFalse();
        assertThat(notBlank.matcher(" Acme ").matches()).isTrue();
        assertThat(UnicodeText.firstBreakingOneLine("Analyst\rBcc: evil@x.example\r")).isEqualTo(7);
        assertThat(UnicodeText.at("Analyst\rBcc", 7)).isEqualTo("U+000D at character 8");
        // counted in characters, not UTF-16 units: the emoji before the CR is one
        assertThat(UnicodeText.at("\uD83D\uDE00\r", 2)).isEqualTo("U+000D at character 2");
    }

    @Test
    void aSurrogateIsUnpairedUnlessAHighOneIsFollowedByALowOne() {
        assertThat(UnicodeText.firstUnpairedSurrogate("Zoë 😀 李")).isEqualTo(-1);
        assertThat(UnicodeText.firstUnpairedSurrogate("\uD800")).isEqualTo(0);
        assertThat(UnicodeText.firstUnpairedSurrogate("ab\uDC00")).isEqualTo(2);
        assertThat(UnicodeText.firstUnpairedSurrogate("\uD83D\uDE00\uD83D")).isEqualTo(2);
        assertThat(UnicodeText.firstUnpairedSurrogate("\uDE00\uD83D")).isEqualTo(0);
        assertThat(UnicodeText.withoutUnpairedSurrogates("a\uD800b\uD83D\uDE00\uDC00")).isEqualTo("a\uFFFDb\uD83D\uDE00\uFFFD");
        assertThat(new FieldError("x\uD800", "y\uDC00")).isEqualTo(new FieldError("x\uFFFD", "y\uFFFD"));
    }
}
