package com.followupadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.followupadvisor.api.NextActionResourceTest;
import com.followupadvisor.api.RawHttp;
import com.followupadvisor.api.TightLimitsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * How a request says where its body ends (RFC 9112 §6.1): a body whose length a server in front
 * could read differently gets an answer that ends the connection, and a request pipelined behind it
 * is not answered, so nothing can be smuggled in as that request. Each test sends the request and a
 * GET behind it on one socket, as a client pipelining them (or a body holding a request) would.
 */
@QuarkusTest
class RequestFramingTest {

    /** What rides behind the request under test: answered, it would be a 200 with the rules' catalogue. */
    private static final String PIPELINED = "GET /api/v1/rules HTTP/1.1\r\nHost: localhost\r\n\r\n";

    private static String post(String version, String headers) {
        return "POST /api/v1/next-action " + version + "\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers + "\r\n";
    }

    /** The chunked body of an empty object, {}. */
    private static final String CHUNKED = "2\r\n{}\r\n0\r\n\r\n";

    @Test
    void contentLengthWithTransferEncodingIsRefusedAndItsConnectionEnds() throws Exception {
        // Netty keeps the Content-Length where it does not read the body as chunked: HTTP/1.0, or another coding
        eachAtOnce(List.of(
            post("HTTP/1.0", "Content-Length: 12\r\nTransfer-Encoding: chunked\r\n") + CHUNKED,
            post("HTTP/1.1", "Content-Length: 12\r\nTransfer-Encoding: xchunked\r\n") + CHUNKED), (request, client) -> {
                RawHttp.Answer answer = client.answer();

                TightLimitsTest.assertProblem(answer, 400, "ambiguous-body-length");
                assertThat(answer.body()).contains("Content-Length");
                assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
                assertThat(rest(client)).as("what follows the answer to\n" + request).isEmpty();
            });
    }

    /**
     * Netty drops a Content-Length sent with {@code Transfer-Encoding: chunked} before the service
     * sees the request, so such a request is read by its chunks, as RFC 9112 allows, and answered;
     * the connection then ends, which RFC 9112 requires either way.
     */
    @Test
    void aChunkedBodyThatAlsoHadAContentLengthIsAnsweredAndItsConnectionEnds() throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            RawHttp.Answer answer = client.send(post("HTTP/1.1", "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n")
                    + CHUNKED + PIPELINED).answer();

            // the body {} read by its chunks: an empty state, not four bytes of chunk framing
            TightLimitsTest.assertProblem(answer, 400, "invalid-request");
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(rest(client)).isEmpty();
        }
    }

    @Test
    void aChunkedBodyIsReadAsUsualThenItsConnectionEnds() throws Exception {
        String state = NextActionResourceTest.CONTRACT_EXAMPLE;
        int bytes = state.getBytes(StandardCharsets.UTF_8).length;
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            RawHttp.Answer answer = client.send(post("HTTP/1.1", "Transfer-Encoding: chunked\r\n")
                    + Integer.toHexString(bytes) + "\r\n" + state + "\r\n0\r\n\r\n" + PIPELINED).answer();

            assertThat(answer.status()).as(answer.head()).isEqualTo(200);
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(rest(client)).isEmpty();
        }
    }

    @Test
    void aTransferCodingOtherThanChunkedIsNotImplemented() throws Exception {
        List<String> codings = List.of("xchunked", "gzip, chunked", "identity");
        eachAtOnce(codings.stream().map(coding -> post("HTTP/1.1", "Transfer-Encoding: " + coding + "\r\n") + body(coding))
                .toList(), (request, client) -> {
                    String coding = codings.stream().filter(c -> request.contains("Transfer-Encoding: " + c + "\r\n")).findFirst()
                            .orElseThrow();
                    RawHttp.Answer answer = client.answer();

                    TightLimitsTest.assertProblem(answer, 501, "unsupported-transfer-coding");
                    assertThat(answer.body()).contains(coding);
                    assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
                    assertThat(rest(client)).as("what follows the answer to " + coding).isEmpty();
                });
    }

    /**
     * Bytes behind a refused request that are no request (here the chunks of a body the decoder did
     * not read as one) get the HTTP layer's bare 400, which the service cannot turn into a problem
     * (docs/security.md); the request behind them is not answered either.
     */
    @Test
    void whatFollowsARefusedRequestIsNeverAnsweredAsARequest() throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            RawHttp.Answer answer = client.send(post("HTTP/1.1", "Transfer-Encoding: xchunked\r\n") + CHUNKED + PIPELINED)
                    .answer();

            TightLimitsTest.assertProblem(answer, 501, "unsupported-transfer-coding");
            String rest = rest(client);
            assertThat(rest).as(rest).satisfiesAnyOf(
                    r -> assertThat(r).isEmpty(),
                    r -> assertThat(r).startsWith("HTTP/1.0 400 Bad Request\r\n").doesNotContain("200 OK"));
        }
    }

    @Test
    void chunkedMustBeTheLastCodingAndGivenOnce() throws Exception {
        eachAtOnce(List.of("chunked, gzip", "chunked, chunked", ", ").stream()
                .map(coding -> post("HTTP/1.1", "Transfer-Encoding: " + coding + "\r\n") + body(coding)).toList(), (request, client) -> {
                    RawHttp.Answer answer = client.answer();

                    TightLimitsTest.assertProblem(answer, 400, "ambiguous-body-length");
                    assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
                    assertThat(rest(client)).as("what follows the answer to\n" + request).isEmpty();
                });
    }

    /** What {@link #eachAtOnce} checks of each request's connection once every request is sent. */
    private interface Check {
        void on(String request, RawHttp client) throws IOException;
    }

    /**
     * Sends each request, with {@link #PIPELINED} behind it, on a connection of its own, all before
     * reading any answer, then checks each: a refused request's connection stays open for a while
     * after its answer (TransportProblems.LINGER_MILLIS, 2 s), so one at a time they took 2 s each.
     */
    private static void eachAtOnce(List<String> requests, Check check) throws IOException {
        List<RawHttp> clients = new ArrayList<>();
        try {
            for (String request : requests) {
                RawHttp client = new RawHttp(RestAssured.port, 10_000);
                clients.add(client);
                client.send(request + PIPELINED);
            }
            for (int i = 0; i < requests.size(); i++) {
                check.on(requests.get(i), clients.get(i));
            }
        } finally {
            for (RawHttp client : clients) {
                client.close();
            }
        }
    }

    /**
     * The body as the HTTP decoder reads it: chunks where the field names chunked at all; else none,
     * so that what follows is read as the next request, as a server behind a proxy that framed the
     * body by its chunks would read it (the request a body smuggles in: here the pipelined GET).
     */
    private static String body(String coding) {
        return coding.contains("chunked") && !coding.contains("xchunked") ? CHUNKED : "";
    }

    @Test
    void requestsWithAContentLengthArePipelinedAsBefore() throws Exception {
        String state = NextActionResourceTest.CONTRACT_EXAMPLE;
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            client.send(RawHttp.post("/api/v1/next-action", state.getBytes(StandardCharsets.UTF_8).length) + state + PIPELINED);

            RawHttp.Answer first = client.answer();
            RawHttp.Answer second = client.answer();

            assertThat(first.status()).as(first.head()).isEqualTo(200);
            assertThat(first.header("Connection")).isNull();
            assertThat(second.status()).as(second.head()).isEqualTo(200);
            client.socket().setSoTimeout(500);
            assertThat(client.closedByPeer()).as("the connection stays open").isFalse();
        }
    }

    /**
     * Everything the service sends after the answer already read, until it closes the connection;
     * fails if it keeps the connection open longer than the socket's timeout.
     */
    static String rest(RawHttp client) throws IOException {
        InputStream in = client.socket().getInputStream();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        try {
            in.transferTo(rest);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the connection stayed open; after the answer came: "
                    + rest.toString(StandardCharsets.ISO_8859_1), e);
        } catch (SocketException e) {
            // a reset after the answer ends the connection too
        }
        return rest.toString(StandardCharsets.ISO_8859_1);
    }
}
