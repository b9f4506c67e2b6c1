package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import biweekly.Biweekly;
import biweekly.component.VEvent;

/**
 * Finding 6 of the security review, over HTTP: one-line fields took control characters (a CR in
 * {@code role} went into a draft's subject, a CRLF in a name into its {@code to}), an address
 * that is several was taken as one, a lone surrogate came back in JSON answers, and the .ics
 * carried control characters and lines of over 75 octets.
 */
@QuarkusTest
class OneLineFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    /** A state with every text field of the contract set. */
    private static final String FULL = """
            {"asOf": "2026-11-24T09:00", "timezone": "Europe/Berlin", "language": "en",
             "company": "Acme", "role": "Data Analyst", "candidateName": "Sam Lee",
             "interview": {"at": "2026-11-12T10:00", "format": "VIDEO",
               "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example", "title": "Head of Data",
                                 "addressAs": "Dana", "talkedAbout": "the data warehouse"}]},
             "contact": {"name": "Lee Park", "email": "lee@acme.example", "phone": "+49 30 1234567",
                         "title": "Recruiter", "addressAs": "Lee"},
             "timeline": {"expectedBy": "2026-11-19"}, "thankYou": {"sentAt": "2026-11-12T18:00"},
             "followUps": [{"at": "2026-11-20T09:00", "channel": "EMAIL"}],
             "lastHeardAt": "2026-11-13T09:00", "repliedAt": "2026-11-13T10:00", "outcome": "PENDING",
             "holidays": {"region": "DE-BY", "closedDays": ["2026-12-24"]}}""";

    /** The texts that land in a subject, a to, a greeting, a sentence or a calendar event. */
    static final List<String> ONE_LINE_FIELDS = List.of("company", "role", "candidateName",
            "interview.interviewers[0].name", "interview.interviewers[0].email", "interview.interviewers[0].title",
            "interview.interviewers[0].addressAs", "interview.interviewers[0].talkedAbout",
            "contact.name", "contact.email", "contact.phone", "contact.title", "contact.addressAs");

    /** The other texts: formats, enums, codes. */
    static final List<String> OTHER_TEXT_FIELDS = List.of("asOf", "timezone", "language", "interview.at",
            "interview.format", "timeline.expectedBy", "thankYou.sentAt", "followUps[0].at", "followUps[0].channel",
            "lastHeardAt", "repliedAt", "outcome", "holidays.region", "holidays.closedDays[0]");

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/next-action").then();
    }

    /**
     * {@link #FULL} with each of {@code values}' fields set to its text. The texts are written as
     * JSON escapes, so that they can hold what a JSON text may not hold raw (control characters) and
     * what no Java library would write (an unpaired surrogate).
     */
    static String with(Map<String, String> values) {
        return with(FULL, values);
    }

    static String with(String base, Map<String, String> values) {
        try {
            ObjectNode state = (ObjectNode) JSON.readTree(base);
            List<String> texts = new ArrayList<>();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                set(state, entry.getKey(), "@@" + texts.size() + "@@");
                texts.add(entry.getValue());
            }
            String body = state.toString();
            for (int i = 0; i < texts.size(); i++) {
                body = body.replace("\"@@" + i + "@@\"", "\"" + escaped(texts.get(i)) + "\"");
            }
            return body;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        JsonNode target = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean item = part.endsWith("[0]");
            String name = item ? part.substring(0, part.length() - 3) : part;
            if (i == parts.length - 1) {
                if (item) {
                    ((ArrayNode) target.get(name)).set(0, value);
                } else {
                    ((ObjectNode) target).put(name, value);
                }
            } else {
                target = item ? target.get(name).get(0) : target.get(name);
            }
        }
    }

    /** {@code text} as a JSON string's content, every character outside printable ASCII as a \\u escape. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** Every text and field name in an answer is Unicode text: no unpaired surrogate (Jackson reads "\\uD800" as one). */
    static void assertNoUnpairedSurrogate(byte[] answer) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(answer));
            walk(JSON.readTree(answer), "$");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void walk(JsonNode node, String at) {
        if (node.isTextual()) {
            assertThat(node.textValue().codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).as(at).isEmpty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            assertThat(field.getKey().codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).as(at + " names").isEmpty();
            walk(field.getValue(), at + "." + field.getKey());
        }
        for (int i = 0; i < node.size() && node.isArray(); i++) {
            walk(node.get(i), at + "[" + i + "]");
        }
    }

    @Test
    void theFullStateIsValid() {
        byte[] answer = post(with(Map.of())).statusCode(200).extract().asByteArray();
        assertNoUnpairedSurrogate(answer);
    }

    @Nested
    class ControlCharacters {

        @Test
        void aCarriageReturnInTheRoleNoLongerReachesTheSubject() {
            post(with(Map.of("role", "Analyst\rBcc: evil@x.example\r"))).statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("role"))
                    .body("errors[0].message", equalTo(
                            "must be one line of text without control characters (it has U+000D at character 8)"));
        }

        @Test
        void aLineBreakInANameNoLongerReachesTheTo() {
            post(with(Map.of("interview.interviewers[0].name", "Dana\r\nBcc: evil@x.example",
                    "contact.name", "Lee\nCc: evil@x.example"))).statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("interview.interviewers[0].name", "contact.name"))
                    .body("errors.message", containsInAnyOrder(
                            "must be one line of text without control characters (it has U+000D at character 5)",
                            "must be one line of text without control characters (it has U+000A at character 4)"));
        }

        /** Every control character the review found or the check covers, in every one-line field at once: each is named. */
        @ParameterizedTest
        @ValueSource(ints = {0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069})
        void inEveryOneLineField(int codePoint) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            // after an emoji: the position is counted in characters, not UTF-16 units
            ONE_LINE_FIELDS.forEach(field -> values.put(field, "A\uD83E\uDD8A" + Character.toString(codePoint) + "b"));
            String message = String.format(
                    "must be one line of text without control characters (it has U+%04X at character 3)", codePoint);
            post(with(values)).statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder(ONE_LINE_FIELDS.toArray()))
                    .body("errors.message", everyItem(equalTo(message)))
                    .body("detail", containsString(ONE_LINE_FIELDS.size() + " invalid fields"));
        }

        @Test
        void lettersOfAnyScriptEmojiAndRightToLeftMarksAreFine() {
            Map<String, String> values = Map.of("company", "株式会社テスト 🦊", "candidateName", "Zoë \"Z\" O'Brien-Núñez",
                    "interview.interviewers[0].name", "דנה\u200F כהן", "interview.interviewers[0].addressAs", "李小龍 😀",
                    "contact.name", "Ли Пак", "role", "Analyst (m/w/d) & <Data>");
            byte[] answer = post(with(values)).statusCode(200).extract().asByteArray();
            assertNoUnpairedSurrogate(answer);
            assertThat(new String(answer, StandardCharsets.UTF_8).replace("\\uD83E\\uDD8A", "🦊")).contains("🦊");
        }

        @Test
        void aBatchItemsIdIsOneLineToo() {
            String body = "{\"items\": [{\"id\": \"acme\\r\\nX-Evil: 1\", \"state\": " + FULL + "}, {\"id\": \"ok\", \"state\": " + FULL + "}]}";
            given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action/batch").then().statusCode(200)
                    .body("results.status", contains(400, 200))
                    .body("results[0].problem.errors.field", contains("items[0].id"))
                    .body("results[0].problem.errors[0].message", containsString("U+000D at character 5"));
        }
    }

    @Nested
    class EmailAddresses {

        @ParameterizedTest
        @ValueSource(strings = {"dana>,mallory\"<@evil.example", "\"dana>,mallory\"@evil.example", "dana@acme.con",
            "dana@localhost", "dana\\,mallory@evil.example"})
        void anAddressThatIsNotOneMailboxIsRefused(String address) {
            post(with(Map.of("interview.interviewers[0].email", address, "contact.email", address))).statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("interview.interviewers[0].email", "contact.email"))
                    .body("errors.message", everyItem(containsString("valid email address")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"first.last+tag@sub.example.co.uk", "dana@acme.example", "jörg@bücher.example"})
        void ordinaryAndInternationalAddressesAreTakenAndWrittenToTheDrafts(String address) {
            // the contract's example: a follow-up is due, drafted to the interviewer
            post(with(NextActionResourceTest.CONTRACT_EXAMPLE, Map.of("interview.interviewers[0].email", address)))
                    .statusCode(200).body("next.drafts.to", hasItem(containsString(address)));
        }
    }

    @Nested
    class UnpairedSurrogates {

        static Stream<String> everyTextField() {
            return Stream.concat(ONE_LINE_FIELDS.stream(), OTHER_TEXT_FIELDS.stream());
        }

        @ParameterizedTest
        @MethodSource("everyTextField")
        void inAnyTextFieldAreRefusedAndNeverEchoed(String field) {
            byte[] answer = post(with(Map.of(field, "ab\uD800cd"))).statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains(field))
                    .body("errors[0].message", equalTo("must be valid Unicode text (it has an unpaired surrogate U+D800 "
                            + "at character 3, half of a pair that stands for one character)"))
                    .extract().asByteArray();
            assertNoUnpairedSurrogate(answer);
        }

        @Test
        void aLowSurrogateAloneOrAHighOneAtTheEndToo() {
            post(with(Map.of("company", "\uDC00Acme", "role", "Analyst\uD83D"))).statusCode(400)
                    .body("errors.field", containsInAnyOrder("company", "role"))
                    .body("errors.message", containsInAnyOrder(
                            containsString("unpaired surrogate U+DC00 at character 1"),
                            containsString("unpaired surrogate U+D83D at character 8")));
        }

        @Test
        void inAFieldsNameOrWrittenRawTheParserRefusesTheBody() {
            // Jackson refuses an unpaired surrogate escaped in a field's name, and one written raw (the CESU-8 bytes
            // ED A0 80) anywhere: so only a value's escape reaches the checks above
            String escapedName = FULL.replace("{\"asOf\"", "{\"\\uD800x\": 1, \"asOf\"");
            assertNoUnpairedSurrogate(post(escapedName).statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("$")).extract().asByteArray());
            for (String json : List.of(FULL.replace("{\"asOf\"", "{\"~x\": 1, \"asOf\""),
                    FULL.replace("\"company\": \"Acme\"", "\"company\": \"Ac~me\""))) {
                assertNoUnpairedSurrogate(given().contentType(ContentType.JSON).body(withRawSurrogate(json))
                        .post("/api/v1/next-action").then().statusCode(400).contentType(PROBLEM)
                        .body("errors.field", contains("$")).extract().asByteArray());
            }
        }

        /** {@code json} in UTF-8 with its ~ replaced by U+D800 encoded as if it were a character (ED A0 80). */
        private static byte[] withRawSurrogate(String json) {
            byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte b : utf8) {
                if (b == '~') {
                    out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
                } else {
                    out.write(b);
                }
            }
            return out.toByteArray();
        }

        @Test
        void aBadValueIsQuotedWithoutSplittingAPair() {
            // quoted back cut to 40 characters: the 40th is an emoji, which a cut by UTF-16 units split in two
            String zone = "X".repeat(39) + "\uD83E\uDD8A" + "/Nowhere";
            byte[] answer = post(with(Map.of("timezone", zone))).statusCode(400).body("errors.field", contains("timezone"))
                    .body("errors[0].message", containsString("X".repeat(39) + "\uD83E\uDD8A..."))
                    .extract().asByteArray();
            assertNoUnpairedSurrogate(answer);
        }

        @Test
        void inABatchItemsId() {
            String body = "{\"items\": [{\"id\": \"a\\uD800\", \"state\": " + FULL + "}]}";
            byte[] answer = given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action/batch").then()
                    .statusCode(200).body("results[0].status", equalTo(400))
                    .body("results[0].problem.errors.field", contains("items[0].id")).extract().asByteArray();
            assertNoUnpairedSurrogate(answer);
        }
    }

    @Nested
    class Calendar {

        @Test
        void longCjkAndEmojiNamesGiveLinesOfAtMost75OctetsThatUnfoldBackToTheText() throws CharacterCodingException {
            // the contract's example: a follow-up is due, an event with drafts to the interviewer
            String company = "株式会社🦊テスト, 東京; " + "李小龍😀".repeat(40);
            String interviewer = "🦊".repeat(150);
            String body = with(NextActionResourceTest.CONTRACT_EXAMPLE, Map.of("company", company,
                    "role", "データ・アナリスト🦊".repeat(10), "candidateName", "李小龍😀".repeat(30),
                    "interview.interviewers[0].name", interviewer));
            String title = post(body).statusCode(200).extract().path("next.title");

            byte[] ics = given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action/calendar").then()
                    .statusCode(200).extract().asByteArray();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ics)).toString();
            int lineStart = 0;
            for (int i = 0; i < ics.length; i++) {
                if (ics[i] == '\r') {
                    assertThat(ics[i + 1]).as("CR at octet %d is followed by LF", i).isEqualTo((byte) '\n');
                    assertThat(i - lineStart).as("octets of the line at %d", lineStart).isLessThanOrEqualTo(75);
                    lineStart = i + 2;
                    i++;
                } else {
                    assertThat(ics[i] >= 0 && ics[i] < 0x20 || ics[i] == 0x7F).as("octet %d is 0x%02X", i, ics[i]).isFalse();
                }
            }
            assertThat(lineStart).isEqualTo(ics.length);

            assertThat(text).contains("\r\n ");

            VEvent event = Biweekly.parse(text).first().getEvents().get(0);
            assertThat(event.getSummary().getValue()).isEqualTo(title);
            assertThat(event.getDescription().getValue()).contains(interviewer);
            String unfolded = text.replace("\r\n ", "");
            assertThat(unfolded).contains("SUMMARY:" + title.replace(",", "\\,").replace(";", "\\;") + "\r\n")
                    .contains(interviewer);
        }
    }
}
