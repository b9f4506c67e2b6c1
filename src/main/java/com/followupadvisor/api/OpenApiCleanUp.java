package com.followupadvisor.api;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.ContractVersion;
import com.followupadvisor.api.openapi.HistorySchemas;

/**
 * Tidies the generated OpenAPI document for client generators: a property that refers to another
 * schema carries only the reference (and its description), never a {@code type} beside it, which
 * generators warn about and some misread. It also adds contract 2.0's request schema, which is
 * built from the history model ({@link HistorySchemas}) rather than scanned from annotations, and
 * the action codes of each contract from {@link ContractVersion}: 2.0's answers may hold any
 * {@link ActionCode} ({@value #ACTION_CODE}), 1.1's only the codes 1.1 knows ({@value #ACTION_CODE_1_1}).
 */
public class OpenApiCleanUp implements OASFilter {

    /** The action codes of a contract 2.0 answer ({@code ActionV2.action}). */
    static final String ACTION_CODE = "ActionCode";
    /** The action codes of a contract 1.1 answer ({@code Action.action}, under {@code /api/v1}). */
    static final String ACTION_CODE_1_1 = "ActionCodeV1";

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
        openAPI.getComponents()
                .addSchema(ACTION_CODE, actionCodes(ContractVersion.V2_0, "What to do: the action codes of contract 2.0. "
                        + "Clients must accept codes a later version adds: show their title and why."))
                .addSchema(ACTION_CODE_1_1, actionCodes(ContractVersion.V1_1, "What to do: the action codes of contract 1.1, "
                        + "the only ones an /api/v1 answer holds."));
    }

    private static Schema actionCodes(ContractVersion version, String description) {
        List<Object> codes = Arrays.stream(ActionCode.values()).filter(version::knows).map(c -> (Object) c.name()).toList();
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).enumeration(codes);
    }
}
