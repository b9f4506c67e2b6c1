package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The access log is on, as docs/security.md says, and writes one line per request: time, method,
 * path, protocol, status, bytes and milliseconds. Never the query string (a client may put anything
 * there, an email address too), never a body, never the client's address.
 */
@QuarkusTest
class AccessLogTest {

    private static final String ACCESS_LOG = "io.quarkus.http.access-log";
    private static final String EMAIL = "quentin.query@unlikely-mail.example";

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    @Test
    void oneLinePerRequestWithoutItsQueryStringOrBody() {
        given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE.replace("Sam Lee", "Philippa Body"))
                .urlEncodingEnabled(false).post("/api/v1/next-action?email=" + EMAIL + "&explain=true")
                .then().statusCode(400);

        List<String> lines = waitForAccessLog();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches(".*\\] \"POST /api/v1/next-action HTTP/1.1\" 400 \\d+ \\d+ms$")
                .doesNotContain(EMAIL).doesNotContain("email").doesNotContain("explain").doesNotContain("?")
                .doesNotContain("Philippa").doesNotContain("127.0.0.1");
    }

    private List<String> waitForAccessLog() {
        eventually("the access log's line").until(() -> !accessLines().isEmpty());
        return accessLines();
    }

    private List<String> accessLines() {
        return log.records().stream().filter(r -> r.getLoggerName().equals(ACCESS_LOG)).map(r -> r.getMessage()).toList();
    }
}
