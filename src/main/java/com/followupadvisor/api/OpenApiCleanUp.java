package com.followupadvisor.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.followupadvisor.api.openapi.HistorySchemas;

/**
 * Tidies the generated OpenAPI document for client generators: a property that refers to another
 * schema carries only the reference (and its description), never a {@code type} beside it, which
 * generators warn about and some misread. It also adds contract 2.0's request schema, which is
 * built from the history model ({@link HistorySchemas}) rather than scanned from annotations.
 */
public class OpenApiCleanUp implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        HistorySchemas.addTo(openAPI);
    }
}
