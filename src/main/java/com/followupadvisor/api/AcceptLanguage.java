package com.followupadvisor.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Locale.LanguageRange;

import jakarta.ws.rs.core.HttpHeaders;

import com.followupadvisor.http.TransportProblems;
import com.followupadvisor.state.FieldError;
import com.followupadvisor.wording.Wording;

/**
 * The language Accept-Language asks for, among those the rules are worded in (RFC 9110 §12.5.4),
 * read with the JDK's RFC 4647 parser and matcher rather than JAX-RS's, which took {@code de;q=0}
 * ("anything but German") as a wish for German and answered a weight over 1 in its own words.
 *
 * <ol>
 * <li>{@link Locale#lookupTag}: the ranges by weight, most wanted first, each from its most
 * specific form down ({@code de-CH} finds {@code de}); a language a range gives the weight 0 is
 * never chosen this way.</li>
 * <li>else {@link Locale#filterTags}, which lets {@code *} stand for any language not refused:
 * {@code *, en;q=0} is German.</li>
 * <li>else, the header naming none of the languages acceptable, one it does not refuse, English
 * first: {@code en;q=0} alone is German.</li>
 * <li>else (it refuses them all: {@code *;q=0}, {@code fr, *;q=0}) no preference, so English, as
 * without the header: RFC 9110 lets a server disregard the header rather than answer 406, which it
 * discourages.</li>
 * </ol>
 */
final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /**
     * The language to answer in, as {@code AdviceService.inLanguage} takes it: one locale, or none
     * when there is no header or it accepts none of {@code languages}.
     *
     * @throws InvalidHeaderException when the header is not a list of language ranges with weights from 0 to 1
     */
    static List<Locale> preferred(HttpHeaders headers, Collection<String> languages) {
        List<String> fields = headers.getRequestHeader(HttpHeaders.ACCEPT_LANGUAGE);
        String field = fields == null ? "" : String.join(",", fields);
        String list = elements(field);
        if (list.isEmpty()) {
            return List.of(); // an empty list: no preference (RFC 9110 §5.6.1)
        }
        List<LanguageRange> ranges;
        try {
            ranges = LanguageRange.parse(list);
        } catch (IllegalArgumentException e) {
            throw new InvalidHeaderException(List.of(new FieldError(HttpHeaders.ACCEPT_LANGUAGE,
                    "must be language ranges with weights from 0 to 1, like \"de-CH, de;q=0.9, en;q=0.5\" (it is \""
                            + TransportProblems.quoted(field.trim()) + "\")")));
        }
        List<String> tags = new ArrayList<>(languages.stream().sorted().toList());
        if (tags.remove(Wording.BASE)) {
            tags.add(0, Wording.BASE);
        }
        String chosen = Locale.lookupTag(ranges, tags);
        if (chosen == null) {
            chosen = Locale.filterTags(ranges, tags).stream().findFirst().orElse(null);
        }
        if (chosen == null) {
            List<String> refused = Locale.filterTags(ranges.stream().filter(r -> r.getWeight() == 0)
                    .map(r -> new LanguageRange(r.getRange())).toList(), tags);
            chosen = tags.stream().filter(tag -> !refused.contains(tag)).findFirst().orElse(null);
        }
        return chosen == null ? List.of() : List.of(Locale.forLanguageTag(chosen));
    }

    /**
     * The field's list elements joined again without the empty ones, which RFC 9110 §5.6.1 says to
     * ignore and the JDK's parser refuses; tabs are whitespace there too, which the parser does not
     * take either.
     */
    private static String elements(String field) {
        List<String> elements = new ArrayList<>();
        for (String element : field.replace('\t', ' ').split(",")) {
            if (!element.isBlank()) {
                elements.add(element.trim());
            }
        }
        return String.join(",", elements);
    }
}
