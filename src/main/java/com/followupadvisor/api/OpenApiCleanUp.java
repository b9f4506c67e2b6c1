package com.followupadvisor.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Tidies the generated OpenAPI document for client generators: a property that refers to another
 * schema carries only the reference (and its description), never a {@code type} beside it, which
 * generators warn about and some misread.
 */
public class OpenApiCleanUp implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        return schema;
    }
}
