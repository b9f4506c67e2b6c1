package com.followupadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.followupadvisor.api.RawHttp;
import com.followupadvisor.api.TightLimitsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A request whose head the service will not take gets a problem document like every other error:
 * headers over 20 KiB (431), a request line over 4096 characters (414), an HTTP/1.1 request without
 * a Host (400); TRACE, on any path, gets a 405 (so does a wrong method on the API), with the
 * Allow header RFC 9110 asks of one. Past the decoder's hard stop (64 KiB of headers, 16 KiB of request line) the HTTP
 * layer still answers with a bare status, which this test pins down as the known gap.
 */
@QuarkusTest
class RequestHeadsTest {

    private static RawHttp.Answer ask(String head) throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            return client.send(head).answer();
        }
    }

    private static String withHeaderOf(int bytes) {
        return "GET /api/v1/rules HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(bytes) + "\r\n\r\n";
    }

    @Test
    void headersOver20KiBAreAProblem() throws Exception {
        TightLimitsTest.assertProblem(ask(withHeaderOf(30 * 1024)), 431, "headers-too-large");
    }

    @Test
    void aRequestLineOver4096CharactersIsAProblem() throws Exception {
        TightLimitsTest.assertProblem(ask("GET /api/v1/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                414, "uri-too-long");
    }

    @Test
    void anHttp11RequestWithoutHostIsAProblem() throws Exception {
        RawHttp.Answer answer = ask("GET /api/v1/rules HTTP/1.1\r\n\r\n");
        TightLimitsTest.assertProblem(answer, 400, "missing-host");
        // refused before the routes that set the configured headers run
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        TightLimitsTest.assertProblem(ask(RawHttp.post("/api/v1/next-action", 2).replace("Host: localhost\r\n", "") + "{}"),
                400, "missing-host");
    }

    @Test
    void aRequestPipelinedBehindARefusedHeadGetsNoAnswer() throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            RawHttp.Answer answer = client.send(withHeaderOf(30 * 1024) + "GET /api/v1/rules HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .answer();

            TightLimitsTest.assertProblem(answer, 431, "headers-too-large");
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(RequestFramingTest.rest(client)).isEmpty();
        }
    }

    /**
     * TRACE echoes a request back, cookies and credentials with it; no path implements it. The /q/
     * endpoints answered it as a GET, and the page's paths with a 404.
     */
    @Test
    void traceIsAMethodNoPathAllows() throws Exception {
        String[][] cases = {
            {"/", "GET, HEAD"},
            {"/js/advisor-page.js", "GET, HEAD"},
            {"/q/health", "GET, HEAD"},
            {"/api/v1/next-action", "POST, OPTIONS"},
            {"/api/v1/rules", "GET, HEAD, OPTIONS"}};
        for (String[] c : cases) {
            RawHttp.Answer answer = ask("TRACE " + c[0] + " HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cr3t\r\n\r\n");

            TightLimitsTest.assertProblem(answer, 405, "method-not-allowed");
            assertThat(answer.header("Allow")).as("TRACE " + c[0]).isEqualTo(c[1]);
            assertThat(answer.body()).doesNotContain("s3cr3t");
        }
    }

    @Test
    void aWrongMethodOnTheApiSaysWhichItTakes() throws Exception {
        RawHttp.Answer patch = ask("PATCH /api/v1/next-action HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
        TightLimitsTest.assertProblem(patch, 405, "method-not-allowed");
        assertThat(patch.header("Allow")).isEqualTo("POST, OPTIONS");
        assertThat(patch.body()).contains("POST, OPTIONS");

        RawHttp.Answer delete = ask("DELETE /api/v1/rules HTTP/1.1\r\nHost: localhost\r\n\r\n");
        TightLimitsTest.assertProblem(delete, 405, "method-not-allowed");
        assertThat(delete.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }

    @Test
    void aHeadJustUnderTheLimitsIsTaken() throws Exception {
        assertThat(ask(withHeaderOf(19 * 1024)).status()).isEqualTo(200);
        RawHttp.Answer longLine = ask("GET /api/v1/" + "a".repeat(4000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        TightLimitsTest.assertProblem(longLine, 404, "not-found");
    }

    @Test
    void pastTheDecodersHardStopTheAnswerIsStillARefusalButABareOne() throws Exception {
        assertThat(ask(withHeaderOf(70 * 1024)).status()).isEqualTo(431);
        assertThat(ask("GET /" + "a".repeat(17 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n").status()).isEqualTo(414);
    }
}
