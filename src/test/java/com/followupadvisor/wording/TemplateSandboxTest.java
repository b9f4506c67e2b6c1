package com.followupadvisor.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;

/**
 * Draft templates are sandboxed: Qute with its default resolvers and plain maps as data, no
 * reflection. A template that tries to reach Java, files or the network either does not load (a
 * rule problem naming the template) or renders the attempt as nothing or NOT_FOUND (or, when
 * rendering fails, its draft is left out). In every case nothing is read, called or connected to.
 */
class TemplateSandboxTest {

    private static final String TEMPLATE = "wording/en/thanks.txt";
    private static final String SECRET = "TOP-SECRET-7f3a9c";

    @TempDir
    static Path work;

    private static Path secretFile;
    private static Path marker;
    private static ServerSocketChannel listener;
    private static int port;
    private static final Map<String, String> OUTCOMES = new TreeMap<>();
    private static final List<String> LOGGED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.util.logging.Handler CAPTURE = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord record) {
            LOGGED.add(record.getLevel() + " " + record.getLoggerName() + " " + new java.util.logging.SimpleFormatter()
                    .formatMessage(record) + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void bait() throws Exception {
        secretFile = work.resolve("secret.txt");
        Files.writeString(secretFile, SECRET);
        marker = work.resolve("pwned");
        // a loopback listener that no template should ever reach; non-blocking, so checking it never waits
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listener.configureBlocking(false);
        port = listener.socket().getLocalPort();
        java.util.logging.Logger.getLogger("").addHandler(CAPTURE);
    }

    @AfterAll
    static void report() throws Exception {
        java.util.logging.Logger.getLogger("").removeHandler(CAPTURE);
        System.out.println("Malicious templates, outcome of each:");
        OUTCOMES.forEach((attempt, outcome) -> System.out.println("  " + attempt + " -> " + outcome));
        List<String> shown = LOGGED.stream().filter(line -> line.startsWith("INFO") || line.startsWith("WARN")
                || line.startsWith("ERROR") || line.startsWith("SEVERE")).toList();
        System.out.println("Logged at INFO and above while loading and rendering:");
        shown.forEach(line -> System.out.println("  " + line));
        try {
            assertThat(listener.accept()).as("a connection to the loopback listener").isNull();
        } finally {
            listener.close();
        }
        // a failing template is logged, but never with the names and addresses it was rendering (at the
        // levels the service logs; Qute's own TRACE output does show them: see docs/security.md)
        assertThat(shown).noneMatch(line -> line.contains("Dana Smith") || line.contains("dana@acme.example")
                        || line.contains("Quentin Zabriskie"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{java.lang.Runtime.getRuntime().exec('touch PWNED')}",
        "{company.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}",
        "{company.getClass().getName()}",
        "{company.class.name}",
        "{company.getBytes()}",
        "{company.toUpperCase()}",
        "{company.length}",
        "{firstChoice.getClass()}",
        "{upcomingInterviews.getClass().getName()}",
        "{inject:foo}",
        "{inject:environment.getProperty('user.home')}",
        "{cdi:foo}",
        "{str:concat('a', 'b')}",
        "{str:fmt('%s', company)}",
        "{config:['user.home']}",
        "{config:property('user.home')}",
        "{global:foo}",
        "{#include SECRET_FILE /}",
        "{#include ../secret /}",
        "{#include http://127.0.0.1:PORT/x /}",
        "{#include follow-up-email /}",
        "{#eval '{java.lang.System.getenv()}' /}",
        "{#let c=company.getClass()}{c.getClassLoader()}{/let}",
        "{#each company.getClass().getMethods()}{it.name}{/each}",
        "{#for m in company.getClass().getDeclaredMethods()}{m}{/for}",
        "{#with company.getClass()}{name}{/with}",
        "{#insert secret}{/insert}",
        "{SECRET_FILE}",
        "{java:java.lang.System.getProperty('user.home')}",
        "{personName.secret}",
        "{candidateName.foo()}",
        "{personName + candidateName}",
        "{#for c in candidateName}{c}{/for}",
        "{#if personName > 3}x{/if}",
        "{#each personName}{it}{/each}",
        "{#when personName}{#is 3}x{/when}",
        "{personName.or(candidateName).foo}",
    })
    void aTemplateCannotReachJavaFilesOrTheNetwork(String attempt) throws Exception {
        String expression = attempt.replace("SECRET_FILE", secretFile.toString()).replace("PORT", String.valueOf(port))
                .replace("PWNED", marker.toString());
        Path dir = Files.createTempDirectory(work, "rules");
        RuleFiles.copyFixtureRulesTo(dir);
        Files.writeString(dir.resolve(TEMPLATE), "Subject: Thanks\n\nBEGIN[{company}]MID[" + expression + "]END\n");

        RuleSet rules;
        try {
            rules = new RuleSetLoader(ShippedRules.CLOCK).load(dir);
        } catch (RuleLoadException refused) {
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo(TEMPLATE));
            outcome(attempt, "does not load: " + refused.problems().get(0).message());
            return;
        }
        Answer answer = ShippedRules.ADVISOR.advise(rules, StateBuilder.interviewAt("2026-11-23T10:00")
                .candidate("Quentin Zabriskie").interviewer("Dana Smith", "dana@acme.example", null)
                .asOf("2026-11-23T15:00").build());

        assertThat(answer.next().action()).isEqualTo(ActionCode.SEND_THANK_YOU);
        assertThat(answer.toString()).doesNotContain(SECRET, "java.lang", "class ", System.getProperty("user.home"));
        assertThat(marker).doesNotExist();
        List<Draft> drafts = answer.next().drafts() == null ? List.of() : answer.next().drafts();
        if (drafts.isEmpty()) {
            outcome(attempt, "loads; rendering fails, so the draft is left out");
            return;
        }
        String body = drafts.get(0).body();
        assertThat(body).startsWith("BEGIN[Acme]MID[").endsWith("]END");
        String rendered = body.substring("BEGIN[Acme]MID[".length(), body.length() - "]END".length());
        assertThat(rendered).as("what %s rendered as", attempt).isIn("", "NOT_FOUND");
        outcome(attempt, "loads; renders as " + (rendered.isEmpty() ? "nothing" : rendered));
    }

    private static void outcome(String attempt, String what) {
        OUTCOMES.put(attempt, what.length() > 140 ? what.substring(0, 140) + "..." : what);
    }
}
