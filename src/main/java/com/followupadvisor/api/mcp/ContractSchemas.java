package com.followupadvisor.api.mcp;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;

/**
 * The JSON Schemas of the tools, taken from the service's own OpenAPI document (3.1, whose schemas
 * are JSON Schema 2020-12), so that a tool's input is exactly the REST request's schema and cannot
 * drift from it: a component with every component it refers to, moved to {@code $defs}. The
 * OpenAPI-only keywords ({@code discriminator}, {@code example}) are left out, as JSON Schema
 * validators in strict mode refuse them.
 */
@ApplicationScoped
class ContractSchemas {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final String DEFS = "#/$defs/";
    private static final Set<String> OPENAPI_ONLY = Set.of("discriminator", "example", "xml", "externalDocs");

    private final ObjectMapper json;
    private final JsonNode components;

    ContractSchemas(OpenApiDocumentService documents, ObjectMapper json) throws java.io.IOException {
        this.json = json;
        this.components = json.readTree(documents.getDocument("<default>", Format.JSON)).path("components").path("schemas");
    }

    /** The component {@code name} as the OpenAPI document has it (a missing node when there is none). */
    JsonNode component(String name) {
        return components.path(name);
    }

    /** The component {@code name} as a JSON Schema of its own, as a map (what the MCP extension sends as is). */
    @SuppressWarnings("unchecked")
    Map<String, Object> of(String name) {
        JsonNode root = components.get(name);
        if (root == null) {
            throw new IllegalStateException("the OpenAPI document has no schema " + name);
        }
        Map<String, JsonNode> defs = new LinkedHashMap<>();
        ObjectNode schema = (ObjectNode) rewritten(root, defs);
        if (!defs.isEmpty()) {
            ObjectNode all = schema.putObject("$defs");
            defs.forEach(all::set);
        }
        return json.convertValue(schema, LinkedHashMap.class);
    }

    /** {@code node} with its references pointed at {@code $defs}, each referred component added there once. */
    private JsonNode rewritten(JsonNode node, Map<String, JsonNode> defs) {
        if (node.isArray()) {
            var copy = json.createArrayNode();
            node.forEach(n -> copy.add(rewritten(n, defs)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (OPENAPI_ONLY.contains(field.getKey())) {
                continue;
            }
            if (field.getKey().equals("$ref") && field.getValue().asText().startsWith(COMPONENTS)) {
                String target = field.getValue().asText().substring(COMPONENTS.length());
                copy.put("$ref", DEFS + target);
                if (!defs.containsKey(target)) {
                    defs.put(target, json.nullNode()); // taken before it is written: a cycle ends here
                    defs.put(target, rewritten(components.path(target), defs));
                }
            } else {
                copy.set(field.getKey(), rewritten(field.getValue(), defs));
            }
        }
        return copy;
    }
}
