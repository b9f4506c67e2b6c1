package com.followupadvisor.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 by hand over one socket, for what an HTTP client library will not do: send a head and
 * stop, trickle a body, leave out the Host, send 30 KiB of headers, hang up halfway.
 */
public final class RawHttp implements AutoCloseable {

    private static final Pattern LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    public RawHttp(int port, int timeoutMillis) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(timeoutMillis);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    public Socket socket() {
        return socket;
    }

    public RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttp send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** The head of the next answer, up to and without its empty line. */
    public String head() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; matched < 4 && (b = in.read()) != -1; ) {
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r\n\r\n") ? text.substring(0, text.length() - 4) : text;
    }

    /** The next whole answer (head, then as many bytes as its Content-Length says). */
    public Answer answer() throws IOException {
        String head = head();
        Matcher m = LENGTH.matcher(head);
        byte[] body = in.readNBytes(m.find() ? Integer.parseInt(m.group(1)) : 0);
        return new Answer(head, new String(body, StandardCharsets.UTF_8));
    }

    /** Whether some of an answer has arrived and waits to be read. */
    public boolean answerWaiting() throws IOException {
        return in.available() > 0;
    }

    /** True when the other side has closed the connection (a read gives end of stream) within the socket's timeout. */
    public boolean closedByPeer() throws IOException {
        try {
            while (true) {
                if (in.read() == -1) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            // a reset is a close too
            return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("reset");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The head of a POST of a JSON body of the given length, without the body. */
    public static String post(String path, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
    }

    public record Answer(String head, String body) {

        public int status() {
            return Integer.parseInt(head.substring(9, 12));
        }

        public String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(head);
            return m.find() ? m.group(1).trim() : null;
        }
    }
}
