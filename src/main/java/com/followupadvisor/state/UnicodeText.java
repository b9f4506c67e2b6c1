package com.followupadvisor.state;

/**
 * What a text the caller sends may hold. Every text of a state ends up somewhere one line is
 * expected (a draft's subject or {@code to}, a greeting, a sentence of a note, a calendar
 * event's summary), so none may hold a control character; and no text may hold half of a
 * surrogate pair, which is not a character at all and which Jackson would write back into a JSON
 * answer as a bare escape (U+D800 as backslash, u, D800) that strict readers refuse.
 */
final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * Whether {@code codePoint} may not stand in a one-line field:
     * <ul>
     * <li>every control character (general category Cc: U+0000-U+001F, U+007F-U+009F), among them
     * CR and LF, which start a new header in a mail and a new property in an .ics file;</li>
     * <li>the line and paragraph separators U+2028 and U+2029, which break a line as well in
     * JavaScript, XML and many editors;</li>
     * <li>the bidirectional embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069:
     * they change the order in which what follows them is displayed, so an address or a subject
     * could read as something other than what it is (the "Trojan Source" trick), and no name or
     * job title needs them (the marks U+200E, U+200F and U+061C, which right-to-left text does
     * use, stay allowed).</li>
     * </ul>
     * {@link Limits#ONE_LINE} says the same as a regular expression for the OpenAPI document.
     */
    static boolean breaksOneLine(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** The UTF-16 index of the first code point of {@code text} that {@link #breaksOneLine breaks one line}, or -1. */
    static int firstBreakingOneLine(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (breaksOneLine(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** The UTF-16 index of the first surrogate of {@code text} that is not half of a pair, or -1. */
    static int firstUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with each unpaired surrogate replaced by U+FFFD, the replacement character. */
    static String withoutUnpairedSurrogates(String text) {
        if (text == null || firstUnpairedSurrogate(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** Where the UTF-16 index {@code index} is, as a person counts: the character number, from 1. */
    static String at(String text, int index) {
        return String.format("U+%04X at character %d", text.codePointAt(index), text.codePointCount(0, index) + 1);
    }
}
