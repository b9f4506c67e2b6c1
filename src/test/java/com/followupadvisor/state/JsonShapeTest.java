package com.followupadvisor.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The JSON's own limits, checked before any tree is built: each refusal is one problem at the
 * place it was found, however large the body, so that what a hostile body costs does not grow with
 * its size.
 */
class JsonShapeTest {

    private static InvalidRequestException refused(String body) {
        return catchThrowableOfType(InvalidRequestException.class, () -> JsonShape.check(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String fields(int n) {
        return IntStream.range(0, n).mapToObj(i -> "\"k" + i + "\":0").collect(Collectors.joining(","));
    }

    @Test
    void aFloodOfUnknownFieldsIsOneProblemAtItsObject() {
        // the attack: 480,000 fields beside the items, about 5 MB
        InvalidRequestException e = refused("{\"items\":[]," + fields(480_000) + "}");
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("$");
            assertThat(err.message()).contains("more than " + JsonShape.MAX_MEMBERS + " fields");
        });

        InvalidRequestException inItem = refused("{\"items\":[{\"state\":{}},{\"state\":{" + fields(JsonShape.MAX_MEMBERS + 1) + "}}]}");
        assertThat(inItem.errors()).singleElement().satisfies(err -> assertThat(err.field()).isEqualTo("items[1].state"));
    }

    @Test
    void upToTheLimitsIsJsonLikeAnyOther() {
        assertThat(JsonShape.check(("{" + fields(JsonShape.MAX_MEMBERS) + "}").getBytes(StandardCharsets.UTF_8)))
                .hasSize(JsonShape.MAX_MEMBERS);
        String items = IntStream.range(0, JsonShape.MAX_ITEMS).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        assertThat(JsonShape.check(("{\"items\":" + items + "}").getBytes(StandardCharsets.UTF_8))).containsOnlyKeys("items");
        assertThat(JsonShape.check("[1, 2]".getBytes(StandardCharsets.UTF_8))).as("not an object").isNull();
    }

    @Test
    void tooManyItemsInAListIsRefusedAtTheList() {
        String many = IntStream.range(0, JsonShape.MAX_ITEMS + 1).mapToObj(i -> "0").collect(Collectors.joining(","));
        InvalidRequestException e = refused("{\"items\":[{\"state\":{\"holidays\":{\"closedDays\":[" + many + "]}}}]}");
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("items[0].state.holidays.closedDays");
            assertThat(err.message()).contains("more than " + JsonShape.MAX_ITEMS + " items");
        });
        InvalidRequestException objects = refused("[" + IntStream.range(0, JsonShape.MAX_ITEMS + 1).mapToObj(i -> "{}")
                .collect(Collectors.joining(",")) + "]");
        assertThat(objects.errors()).singleElement().satisfies(err -> assertThat(err.field()).isEqualTo("$"));
    }

    @Test
    void deepNestingLongStringsNamesAndNumbersAreEachRefused() {
        assertThat(refused("[".repeat(JsonShape.MAX_DEPTH + 1) + "]".repeat(JsonShape.MAX_DEPTH + 1)).errors())
                .singleElement().satisfies(err -> assertThat(err.message()).contains("more than " + JsonShape.MAX_DEPTH + " deep"));
        assertThat(refused("{\"company\":\"" + "x".repeat(JsonShape.MAX_STRING + 1) + "\"}").errors())
                .singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("company");
                    assertThat(err.message()).contains("more than " + JsonShape.MAX_STRING + " characters");
                });
        assertThat(refused("{\"" + "n".repeat(JsonShape.MAX_NAME + 1) + "\":1}").errors())
                .singleElement().satisfies(err -> assertThat(err.message()).contains("field name of more than " + JsonShape.MAX_NAME));
        assertThat(refused("{\"n\":[" + "9".repeat(JsonShape.MAX_NUMBER + 1) + "]}").errors())
                .singleElement().satisfies(err -> {
                    // Jackson checks a number's length as it reads it, and says so in its words
                    assertThat(err.message()).contains("more than " + JsonShape.MAX_NUMBER + " characters");
                });
    }

    @Test
    void whatIsNotOneJsonValueIsRefused() {
        assertThat(refused("{} {}").errors()).singleElement().satisfies(err -> assertThat(err.message()).contains("more follows"));
        assertThat(refused("{\"a\":1,\"a\":2}").errors()).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("Duplicate field"));
        assertThat(refused("   ").errors()).singleElement().satisfies(err -> assertThat(err.message()).contains("empty"));
        assertThat(refused("{\"a\":").errors()).singleElement().satisfies(err -> assertThat(err.message()).contains("not valid JSON"));
    }

    @Test
    void aStateWithManyBadFieldsListsTheFirstHundredAndCountsTheRest() {
        // under the member limit, each of many objects' fields is wrong: 20 interviewers of 6 unknown fields
        String people = IntStream.range(0, 20).mapToObj(i -> "{\"name\":\"P\"," + IntStream.range(0, 6)
                .mapToObj(j -> "\"x" + j + "\":1").collect(Collectors.joining(",")) + "}").collect(Collectors.joining(","));
        String body = "{\"company\":\"A\",\"interview\":{\"at\":\"2026-11-12T10:00\",\"interviewers\":[" + people + "]}}";
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> new StateReader(java.time.ZoneOffset.UTC).read(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.errors()).hasSize(JsonFields.MAX_ERRORS);
        assertThat(e.getMessage()).contains("120 invalid fields", "the first " + JsonFields.MAX_ERRORS + " are listed");
    }
}
