package com.followupadvisor.api.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import com.followupadvisor.state.KnownFields;
import com.followupadvisor.state.Limits;

/**
 * The few kinds of schema contract 2.0's request is made of, so that the parts read as the
 * contract's table does. {@link #object} checks the properties against the record they describe:
 * a field added to the model without its schema stops the build instead of going undocumented.
 */
final class Schemas {

    /** A local date-time as the contract writes one, or a date alone ({@code at}, {@code due}). */
    static final String DATE_OR_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?$";

    private Schemas() {
    }

    static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /** One line of text, {@code min} to {@code max} characters, as {@code JsonFields.line} reads it. */
    static Schema line(String description, int min, int max) {
        return string(description).minLength(min == 0 ? null : min).maxLength(max).pattern(Limits.ONE_LINE);
    }

    static Schema date(String description) {
        return string(description).format("date");
    }

    /** A date-time with no offset: not {@code format: date-time}, which requires one. */
    static Schema dateTime(String description) {
        return string(description).pattern(Limits.LOCAL_DATE_TIME);
    }

    static Schema personId(String description) {
        return string(description).minLength(1).maxLength(Limits.PERSON_ID).pattern(Limits.PERSON_ID_PATTERN);
    }

    static Schema integer(String description, int min, int max) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").description(description)
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }

    static Schema bool(String description) {
        return OASFactory.createSchema().addType(SchemaType.BOOLEAN).description(description);
    }

    /** A reference to the component {@code name}, with nothing beside it but a description. */
    static Schema ref(String name, String description) {
        return OASFactory.createSchema().ref(name).description(description);
    }

    static Schema array(Schema items, int maxItems, String description) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(items).maxItems(maxItems).description(description);
    }

    /** A string that is one of {@code values}' names. */
    static Schema enumeration(Enum<?>[] values, String description) {
        return string(description).enumeration(Arrays.stream(values).map(v -> (Object) v.name()).toList());
    }

    /**
     * An object of exactly {@code properties}, which must be the fields of {@code model} (what
     * the reader accepts: {@link KnownFields}), refusing any other field.
     */
    static Schema object(Class<? extends Record> model, String description, Map<String, Schema> properties,
            List<String> required) {
        Set<String> fields = KnownFields.of(model);
        if (!properties.keySet().equals(fields)) {
            throw new IllegalStateException("The OpenAPI schema of " + model.getSimpleName() + " has the properties "
                    + new TreeSet<>(properties.keySet()) + " but the model's fields are " + new TreeSet<>(fields));
        }
        return closed(description, properties, required);
    }

    /** An object of exactly {@code properties}, with {@code required} of them, refusing any other field. */
    static Schema closed(String description, Map<String, Schema> properties, List<String> required) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT).description(description)
                .additionalPropertiesBoolean(Boolean.FALSE).properties(properties);
        return required.isEmpty() ? schema : schema.required(required);
    }

    /** {@code name, schema, name, schema, ...} as a map in that order. */
    static Map<String, Schema> ordered(Object... namesAndSchemas) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }
}
