package com.followupadvisor.rules.folder;

import java.util.Collection;
import java.util.Locale;

/**
 * The known name a misspelt one was most likely meant to be: the closest by the optimal string
 * alignment distance (Damerau-Levenshtein with each letter moved once at most: a letter missing,
 * extra, replaced, or two letters swapped, each count as one), ignoring case, within about one
 * mistake in four letters. Written here rather than taken from Apache Commons Text, which is not
 * on the service's class path (its LevenshteinDistance would count a swap as two mistakes anyway).
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The candidate {@code word} was most likely meant to be, or null when none is close. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        int most = Math.max(1, Math.min(4, (w.length() + 1) / 4));
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d <= most && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code ; did you mean "x"? } for the closest candidate, else {@code . }: what goes between a sentence and the next. */
    public static String phrase(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? ". " : "; did you mean \"" + best + "\"? ";
    }

    /** The optimal string alignment distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
