package com.followupadvisor.authoring.accept;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Short pieces of a new text for an expectation that looked for an old one: the part of the new
 * text most like the old piece ("Thursday 19 November" for "Wednesday 18 November"), or its ending.
 */
final class Fragments {

    /** The most a piece may differ from the old one, as a share of the old one's length. */
    private static final double MOST_DIFFERENT = 0.5;

    /** How many of the closest parts are considered. */
    private static final int MOST_TRIED = 200;
    /** A text too long to search this way (a draft of megabytes) gets no piece. */
    private static final long MOST_WORK = 4_000_000;

    private Fragments() {
    }

    /**
     * The part of {@code text}, whole words, most like {@code old}: the one fewest letters need
     * changing, adding or removing to make from it (edit distance to any part of the text), and
     * that is not one of {@code others} (the texts the same list checks already), nor holds one or
     * is part of one; null when every such part differs in more than half of {@code old}'s letters:
     * the new text says something else, or only what the others check already.
     */
    static String mostLike(String old, String text, Collection<String> others) {
        if (old.isEmpty() || text.isEmpty() || (long) old.length() * text.length() > MOST_WORK) {
            return null;
        }
        int m = old.length();
        int n = text.length();
        // d[i][j]: the fewest edits making old[0..i) into a part of the text that ends at j
        int[][] d = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            d[i][0] = i;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int same = old.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + same, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        int[][] table = d;
        List<Integer> ends = IntStream.rangeClosed(0, n).filter(j -> table[m][j] <= MOST_DIFFERENT * m).boxed()
                .sorted(Comparator.comparingInt((Integer j) -> table[m][j]).thenComparing(j -> j)).toList();
        for (int end : ends.subList(0, Math.min(ends.size(), MOST_TRIED))) {
            String piece = piece(old, text, d, end);
            if (piece != null && others.stream().noneMatch(o -> o.contains(piece) || piece.contains(o))) {
                return piece;
            }
        }
        return null;
    }

    /** The part of the text that ends at {@code end} and {@code d} found, widened to whole words. */
    private static String piece(String old, String text, int[][] d, int end) {
        int i = old.length();
        int j = end;
        while (i > 0) {
            int same = j > 0 && old.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
            if (j > 0 && d[i][j] == d[i - 1][j - 1] + same) {
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        int start = j;
        int stop = end;
        // a space the match begins or ends with is left out, not widened into the word beyond it
        while (start < stop && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        while (stop < text.length() && Character.isLetterOrDigit(text.charAt(stop))) {
            stop++;
        }
        String piece = text.substring(start, stop).strip();
        return piece.isEmpty() ? null : piece;
    }

    /** The end of {@code text}, about {@code length} characters, from the start of a word. */
    static String ending(String text, int length) {
        int start = Math.max(0, text.length() - Math.max(length, 1));
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start);
    }
}
