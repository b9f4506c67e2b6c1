package com.followupadvisor.api.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.mcp.server.Prompt;
import io.quarkiverse.mcp.server.PromptArg;
import io.quarkiverse.mcp.server.PromptMessage;
import io.quarkiverse.mcp.server.Resource;
import io.quarkiverse.mcp.server.TextResourceContents;

/**
 * What helps an assistant build a history: the event types with one example each (a resource, made
 * from the OpenAPI document's event schemas, so it lists what the reader takes, and from
 * {@code mcp/event-examples.json}), and a prompt that asks the person for their history and calls
 * next_action.
 */
@Singleton
class AssistantGuide {

    static final String EVENT_TYPES_URI = "advisor://event-types";
    static final String EXAMPLES = "mcp/event-examples.json";

    private final String eventTypes;

    AssistantGuide(ContractSchemas schemas, ObjectMapper json) {
        this.eventTypes = eventTypes(schemas, examples(json), json);
    }

    @Resource(uri = EVENT_TYPES_URI, name = "event_types", title = "The event types of a history",
            description = ToolTexts.EVENT_TYPES, mimeType = "text/markdown")
    TextResourceContents eventTypes() {
        return new TextResourceContents(EVENT_TYPES_URI, eventTypes, "text/markdown");
    }

    @Prompt(name = "what_next", title = "What to do next about a job application", description = ToolTexts.WHAT_NEXT)
    PromptMessage whatNext(@PromptArg(description = "What the person has said so far about the application, if anything.",
            required = false) String situation) {
        return PromptMessage.withUserRole("""
                I am looking for a job and want to know what to do next about one application. %s
                Please ask me, one question at a time and only for what I have not told you yet:
                1. the company and the role;
                2. the people I have dealt with there (name, their role: recruiter, hiring manager, interviewer, \
                referrer; an email address if I have one);
                3. what has happened so far and when: interviews (held or booked, who was there, whether I asked \
                when they would decide and what they said), thank-you notes and follow-ups I sent, messages from \
                them (questions, invitations, moved or cancelled interviews, an assignment, an offer, a no), and \
                any offer from another employer with its deadline;
                4. my time zone, and whether I want the answer in English or German.
                Read the resource %s for the event types. Then call the tool next_action with my history and tell \
                me the next action, when it is due and why, and show me its draft. Do not invent dates: use the \
                ones the answer gives. If the tool names a field as wrong, ask me about it, fix it and call again."""
                .formatted(situation == null || situation.isBlank() ? "" : "So far: " + situation.strip(), EVENT_TYPES_URI));
    }

    private static JsonNode examples(ObjectMapper json) {
        try (InputStream in = AssistantGuide.class.getClassLoader().getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLES + " is missing");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event types as Markdown: each with its description, fields and example. */
    static String eventTypes(ContractSchemas schemas, JsonNode examples, ObjectMapper json) {
        StringBuilder out = new StringBuilder("""
                # The event types of an application's history (contract 2.0)

                A history names the people involved in `people` (each with an `id`) and lists what happened in \
                `events`. Every event has `type` and `at` (when it happened, the applicant's local time: \
                `2026-11-12T10:00`, or a date alone), and may have your own `id` and `note`, which the advice \
                ignores. Only an INTERVIEW may be after `asOf`. The examples are of an application with \
                `"applicationId": "acme-7f3a"` and these people:

                ```json
                "people": [
                  {"id": "lee", "name": "Lee Park", "email": "lee@acme.example", "role": "RECRUITER"},
                  {"id": "dana", "name": "Dana Smith", "email": "dana@acme.example", "role": "HIRING_MANAGER"},
                  {"id": "kim", "name": "Kim Ode", "email": "kim@example.com", "role": "REFERRER"}
                ]
                ```
                """);
        JsonNode mapping = schemas.component("Event").path("discriminator").path("mapping");
        for (Iterator<Map.Entry<String, JsonNode>> types = mapping.fields(); types.hasNext();) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode schema = schemas.component(type.getValue().asText().replaceFirst(".*/", ""));
            out.append("\n## ").append(type.getKey()).append("\n\n").append(schema.path("description").asText()).append('\n');
            JsonNode required = schema.path("required");
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.equals("type") || name.equals("at") || name.equals("id") || name.equals("note")) {
                    continue;
                }
                out.append("- `").append(name).append('`');
                boolean isRequired = false;
                for (JsonNode r : required) {
                    isRequired |= r.asText().equals(name);
                }
                out.append(isRequired ? " (required)" : "").append(": ").append(describe(field.getValue(), schemas))
                        .append('\n');
            }
            JsonNode example = examples.path(type.getKey());
            if (example.isMissingNode()) {
                throw new IllegalStateException(EXAMPLES + " has no example of " + type.getKey());
            }
            try {
                out.append("\nExample: `").append(json.writeValueAsString(example)).append("`\n");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static String describe(JsonNode field, ContractSchemas schemas) {
        JsonNode target = field.has("$ref") ? schemas.component(field.path("$ref").asText().replaceFirst(".*/", "")) : field;
        String description = field.path("description").asText(target.path("description").asText(""));
        StringBuilder out = new StringBuilder(description);
        if (target.has("enum")) {
            out.append(out.isEmpty() ? "" : " ").append("One of ");
            target.path("enum").forEach(v -> out.append(v.asText()).append(", "));
            out.setLength(out.length() - 2);
            out.append('.');
        }
        return out.toString();
    }
}
