package com.followupadvisor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What the web page and its files are sent with: revalidated on every visit (a fixed page used to
 * take a day to reach a browser that had it), a Content-Security-Policy that runs only the page's
 * own scripts and styles, and no framing or sniffing. The page working under that policy is
 * WebPageBrowserTest's to show; that the files give the policy nothing to block is checked here,
 * without a browser.
 */
@QuarkusTest
class WebPageHeadersTest {

    private static final Path PAGE = Path.of("src/main/resources/META-INF/resources");
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** The page's files: their names do not change from release to release. */
    private static final List<String> FILES = List.of("/", "/index.html", "/rules.html", "/js/advisor-page.js",
            "/js/saved-state.js", "/css/app.css");
    private static final String ICON = "/favicon.svg";

    @Test
    void thePageAndItsFilesAreRevalidatedOnEveryVisit() {
        for (String file : FILES) {
            Response first = given().get(file);
            first.then().statusCode(200);
            assertThat(first.header("Cache-Control")).as(file).isEqualTo("no-cache");
            String lastModified = first.header("Last-Modified");
            assertThat(lastModified).as(file + " Last-Modified").isNotBlank();

            // revalidated: unchanged, the answer is a 304 without a body, with the same headers
            Response again = given().header("If-Modified-Since", lastModified).get(file);
            again.then().statusCode(304);
            assertThat(again.header("Cache-Control")).as(file).isEqualTo("no-cache");
            assertThat(again.header("Content-Security-Policy")).as(file).isEqualTo(POLICY);
        }
    }

    /** Chromium asks for the icon whenever the address changes, as it does while the form is typed in. */
    @Test
    void theIconIsKeptForADayButNotForEver() {
        Response icon = given().get(ICON);
        icon.then().statusCode(200);
        assertThat(icon.header("Cache-Control")).isEqualTo("max-age=86400");
    }

    @Test
    void thePageAndItsFilesRunOnlyTheirOwnScriptsAndCannotBeFramed() {
        for (String file : Stream.concat(FILES.stream(), Stream.of(ICON)).toList()) {
            Response answer = given().get(file);
            assertThat(answer.header("Content-Security-Policy")).as(file).isEqualTo(POLICY);
            assertThat(answer.header("X-Content-Type-Options")).as(file).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(file).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(file).isEqualTo("no-referrer");
        }
    }

    @Test
    void apiAnswersAreNotSniffedAndKeepTheirOwnCaching() {
        Response rules = given().get("/api/v1/rules");
        rules.then().statusCode(200);
        assertThat(rules.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(rules.header("Content-Security-Policy")).isNull();

        Response problem = given().contentType("application/json").body("{").post("/api/v1/next-action");
        problem.then().statusCode(400);
        assertThat(problem.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Response health = given().get("/q/health");
        assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(health.header("Cache-Control")).isEqualTo("no-store");
    }

    /** What the policy would block: inline scripts, style attributes and elements, event-handler attributes, javascript: links. */
    @Test
    void thePagesFilesHaveNothingInlineThePolicyWouldBlock() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern inline = Pattern.compile("<style\\b|\\sstyle\\s*=|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("setAttribute\\(\\s*['\"]style['\"]|\\.innerHTML\\s*=|\\bstyle:\\s*['\"]");
        try (Stream<Path> files = Files.walk(PAGE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file);
                if (name.endsWith(".html")) {
                    assertThat(find(inlineScript, text)).as(file + ": an inline script").isNull();
                    assertThat(find(inline, text)).as(file + ": an inline style or handler").isNull();
                } else if (name.endsWith(".js")) {
                    assertThat(find(styleAttribute, text)).as(file + ": a style attribute or markup from a script").isNull();
                }
            }
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) : null;
    }
}
