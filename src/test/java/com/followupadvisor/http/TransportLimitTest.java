package com.followupadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.api.NextActionResourceTest;
import com.followupadvisor.api.RawHttp;
import com.followupadvisor.api.TightLimitsTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A body that declares more than the transport takes (quarkus.http.limits.max-body-size, 9M) is
 * refused from its headers alone, with the same problem document as every other 413; one sent in
 * chunks, without a length, as soon as it goes over. A compressed body is refused with a 415.
 */
@QuarkusTest
class TransportLimitTest {

    @Test
    void aDeclaredLengthOverTheTransportLimitGetsTheProblemOfEvery413() throws Exception {
        String response = send("POST /api/v1/next-action HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");

        int split = response.indexOf("\r\n\r\n");
        assertThat(split).as(response).isPositive();
        String head = response.substring(0, split);
        assertThat(head).startsWith("HTTP/1.1 413 ").containsIgnoringCase("content-type: application/problem+json");
        Map<String, Object> problem = new ObjectMapper().readValue(response.substring(split + 4), new TypeReference<>() { });
        assertThat(problem).containsOnlyKeys("type", "title", "status", "detail")
                .containsEntry("type", "https://followupadvisor.com/problems/body-too-large")
                .containsEntry("title", "Request body too large")
                .containsEntry("status", 413)
                .containsEntry("detail", "The request body has 10000000 bytes; the limit is 64 KiB for one state and 8 MiB for a batch.");
    }

    @Test
    void aBodySentInChunksOverTheTransportLimitGetsTheSameProblem() throws Exception {
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            client.send("POST /api/v1/next-action HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = Integer.toHexString(64 * 1024) + "\r\n" + " ".repeat(64 * 1024) + "\r\n";
            // 10 MiB, over the 9M limit, unless the answer comes first
            for (int i = 0; i < 160 && !client.answerWaiting(); i++) {
                client.send(chunk);
            }
            RawHttp.Answer answer = client.answer();

            TightLimitsTest.assertProblem(answer, 413, "body-too-large");
            assertThat(new ObjectMapper().readTree(answer.body()).path("detail").asText())
                    .isEqualTo("The request body has more than 9437184 bytes; the limit is 64 KiB for one state and 8 MiB for a batch.");
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        }
    }

    @Test
    void aCompressedBodyIsRefusedAsAnUnsupportedContentEncoding() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(NextActionResourceTest.CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
        }
        try (RawHttp client = new RawHttp(RestAssured.port, 10_000)) {
            client.send(RawHttp.post("/api/v1/next-action", zipped.size()).replace("\r\n\r\n", "\r\nContent-Encoding: gzip\r\n\r\n"));
            client.send(zipped.toByteArray());
            RawHttp.Answer answer = client.answer();

            TightLimitsTest.assertProblem(answer, 415, "unsupported-content-encoding");
            assertThat(answer.header("Accept-Encoding")).isEqualTo("identity");
        }
    }

    /** Sends the request's head only and reads the answer: its head, then as many bytes as its Content-Length says. */
    private static String send(String head) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int headEnd = -1;
            int length = 0;
            for (int b; (b = in.read()) != -1; ) {
                answer.write(b);
                String sofar = answer.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && sofar.endsWith("\r\n\r\n")) {
                    headEnd = sofar.length();
                    Matcher m = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(sofar);
                    length = m.find() ? Integer.parseInt(m.group(1)) : 0;
                }
                if (headEnd >= 0 && sofar.length() >= headEnd + length) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
