package com.followupadvisor.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.Recommendation.DraftRequest;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.history.Situation;

/**
 * Turns the drafts a rule asked for into text in the request's language, from the rule set's
 * wording. The values a template can use are listed in docs/rule-authoring.md ("Rewording a sentence").
 */
final class DraftWriter {

    private static final Logger LOG = Logger.getLogger(DraftWriter.class);
    private static final String SUBJECT = "Subject:";

    private DraftWriter() {
    }

    /** {@code recommendation}'s drafts, with the state and language of {@code words}. */
    static List<Draft> write(Recommendation recommendation, TextWriter words) {
        List<DraftRequest> requests = recommendation.getDrafts();
        if (requests.isEmpty()) {
            return List.of();
        }
        Wording wording = words.wording();
        Situation situation = words.situation();
        String ref = recommendation.getSubject() == null ? null : recommendation.getSubject().getRef();
        List<Draft> drafts = new ArrayList<>();
        for (DraftRequest request : requests) {
            String in = wording.languageFor(words.language(), request.template());
            Map<String, Object> data = words.values(recommendation, in, Formats.Kind.LETTER);
            List<Person> people = request.perPerson() && ref != null ? Person.each(situation, ref) : List.of();
            if (!people.isEmpty()) {
                for (Person person : people) {
                    render(request, data, person, wording, in, drafts, words.budget());
                }
            } else {
                render(request, data, request.unaddressed() ? null : Person.one(situation, ref), wording, in, drafts,
                        words.budget());
            }
        }
        return drafts;
    }

    private static void render(DraftRequest request, Map<String, Object> data, Person person,
            Wording wording, String language, List<Draft> out, TextBudget budget) {
        String text;
        LetterParts parts;
        try {
            Map<String, Object> personal = TextData.withPerson(data, person);
            parts = new LetterParts(wording, language, personal, budget);
            text = wording.render(language, request.template(), LayeredValues.over(personal, parts), budget);
        } catch (TextTooLongException e) {
            throw e; // not one draft's fault: the wording makes answers too large, and the caller must hear so
        } catch (RuntimeException e) {
            // A template that fails on some data must not cost the caller the whole answer.
            LOG.warnf("Draft template %s failed and was left out: %s", request.template(), e.getMessage());
            return;
        }
        String subject = null;
        String body = text.strip();
        if (body.startsWith(SUBJECT)) {
            int end = body.indexOf('\n');
            subject = (end < 0 ? body.substring(SUBJECT.length()) : body.substring(SUBJECT.length(), end)).strip();
            body = end < 0 ? "" : body.substring(end + 1).strip();
        }
        String closing = parts.writtenClosing();
        int closingAt = closing == null || closing.isEmpty() ? -1 : body.lastIndexOf(closing);
        out.add(new Draft(request.channel(), to(request.channel(), person), recipient(person), subject, body, closingAt));
    }

    private static Draft.Recipient recipient(Person person) {
        return person == null ? null : new Draft.Recipient(person.name(), person.email(), person.phone());
    }

    /** For display: "Name <email>" for an email to someone whose address is known, else the name (else the address). */
    private static String to(Channel channel, Person person) {
        if (person == null) {
            return null;
        }
        if (channel == Channel.EMAIL && person.email() != null) {
            return person.name() == null ? person.email() : person.name() + " <" + person.email() + ">";
        }
        return person.name() != null ? person.name() : channel == Channel.PHONE ? person.phone() : person.email();
    }
}
