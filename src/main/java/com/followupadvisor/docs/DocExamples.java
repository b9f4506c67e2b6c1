package com.followupadvisor.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.api.HistoryResponse;
import com.followupadvisor.api.NextActionResponse;
import com.followupadvisor.advising.ContractVersion;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.state.StateReader;

/**
 * The examples the documents show with their answers: the README's request in contract 2.0 and
 * the same application in contract 1.1's form in the integrators' guide. Each answer is what the
 * service's JSON would be on a rule set; a rule author's change to the advice changes it, so
 * {@code ./check-rules} says when a shown answer is out of date and {@code ./check-rules --accept}
 * writes the new one. (ReadmeExampleIT checks the same over HTTP, against the packaged jar.)
 */
public final class DocExamples {

    /** One document's example: the first curl example after {@code section} (from the start when null), posting to {@code path}. */
    public record Example(String file, String section, String path) {
    }

    public static final List<Example> EXAMPLES = List.of(
            new Example("README.md", null, "/api/v2/next-action"),
            new Example("docs/integrators.md", "## The README's example in contract 1.1", "/api/v1/next-action"));

    /** The rules' version changes with every edit; the documents show this instead. */
    private static final String VERSION_SHOWN = "…";
    private static final String CURL_BODY = "-H 'Content-Type: application/json' -d '\n";
    private static final String ANSWER = "```json\n";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private DocExamples() {
    }

    /**
     * The examples under {@code project} whose shown answer is not what {@code rules} answer, each
     * as its file; with {@code update}, those answers are written in (the file's other text untouched).
     */
    public static List<String> outOfDate(Path project, RuleSet rules, Advisor advisor, ZoneId defaultZone, boolean update)
            throws IOException {
        List<String> stale = new ArrayList<>();
        for (Example example : EXAMPLES) {
            Path file = project.resolve(example.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file);
            int from = example.section() == null ? 0 : text.indexOf(example.section());
            int curl = from < 0 ? -1 : text.indexOf(CURL_BODY, from);
            if (curl < 0) {
                continue;
            }
            byte[] request = text.substring(text.indexOf('\n', curl) + 1, text.indexOf("\n'\n", curl)).getBytes(StandardCharsets.UTF_8);
            int start = text.indexOf(ANSWER, curl) + ANSWER.length();
            int end = text.indexOf("\n```", start);
            JsonNode real = answer(example.path(), request, rules, advisor, defaultZone);
            JsonNode shown = JSON.readTree(text.substring(start, end));
            if (!withoutVersion(real).equals(withoutVersion(shown))) {
                stale.add(example.file());
                if (update) {
                    Files.writeString(file, text.substring(0, start) + written(real) + text.substring(end));
                }
            }
        }
        return stale;
    }

    /** The JSON body the service answers {@code request} with at {@code path}, as this rule set answers it. */
    static JsonNode answer(String path, byte[] request, RuleSet rules, Advisor advisor, ZoneId defaultZone) {
        Object body = path.startsWith("/api/v2/")
                ? HistoryResponse.of(advisor.advise(rules, new HistoryReader(defaultZone, null, null, null).read(request),
                        ContractVersion.V2_0, false))
                : NextActionResponse.of(advisor.advise(rules, new StateReader(defaultZone).read(request)));
        JsonNode node = JSON.valueToTree(body);
        if (node.get("rules") instanceof ObjectNode used) {
            used.put("version", VERSION_SHOWN);
        }
        return node;
    }

    private static JsonNode withoutVersion(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        if (copy.get("rules") instanceof ObjectNode used) {
            used.remove("version");
        }
        return copy;
    }

    /** As the documents write JSON: two spaces, one value a line, {@code "name": value}. */
    private static String written(JsonNode answer) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return JSON.writer(printer).writeValueAsString(answer);
    }
}
