package org.asylon.app.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of a profile form exactly as submitted (name to values, in order). The same values
 * fill the form again after an error, are kept as an autosaved draft, and become the profile.
 */
public final class FormValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, List<String>>> SHAPE = new TypeReference<>() {
    };

    private final Map<String, List<String>> fields;

    public FormValues(Map<String, List<String>> fields) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.fields = Collections.unmodifiableMap(copy);
    }

    /** The submitted parameters, without the CSRF token and the form's own controls. */
    public static FormValues ofRequest(Map<String, String[]> parameters, String csrfParameter) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!name.equals(csrfParameter) && !name.equals("version")) {
                fields.put(name, List.of(values));
            }
        });
        return new FormValues(fields);
    }

    public static FormValues fromJson(String json) {
        return new FormValues(withClaimSourcesAsRows(JSON.readValue(json, SHAPE)));
    }

    /** A claim's sources as one text field ({@code id; id: locator}), as drafts saved before source rows keep them. */
    private static final java.util.regex.Pattern CLAIM_SOURCES_TEXT = java.util.regex.Pattern.compile("(f\\..+\\.claim\\.\\d+\\.)sources");

    /**
     * Drafts saved before a claim's sources became rows (identifier, locator, quote) hold them as
     * one text; they are read into rows, so restoring such a draft loses none of them.
     */
    private static Map<String, List<String>> withClaimSourcesAsRows(Map<String, List<String>> fields) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            java.util.regex.Matcher old = CLAIM_SOURCES_TEXT.matcher(name);
            if (!old.matches()) {
                out.put(name, values);
                return;
            }
            int row = 0;
            for (String source : String.join(";", values).split(";")) {
                int colon = source.indexOf(':');
                String id = (colon < 0 ? source : source.substring(0, colon)).strip();
                if (!id.isEmpty()) {
                    out.put(old.group(1) + "ref." + row + ".id", List.of(id));
                    out.put(old.group(1) + "ref." + row + ".locator", List.of(colon < 0 ? "" : source.substring(colon + 1).strip()));
                    row++;
                }
            }
        });
        return out;
    }

    public String toJson() {
        return JSON.writeValueAsString(fields);
    }

    /** The first value of a field, stripped, or "" when it is absent or blank. */
    public String value(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    /** Every non-blank value of a field (checkboxes, multiple selections). */
    public List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (String value : fields.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    /**
     * How many rows of a repeated group to show: one more than the highest row holding any field
     * ({@code prefix + index + "."}), so there is always an empty row to add one.
     */
    public int rows(String prefix) {
        int highest = -1;
        for (var entry : fields.entrySet()) {
            String name = entry.getKey();
            if (name.startsWith(prefix) && entry.getValue().stream().anyMatch(v -> v != null && !v.isBlank())) {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                try {
                    highest = Math.max(highest, Integer.parseInt(dot < 0 ? rest : rest.substring(0, dot)));
                } catch (NumberFormatException e) {
                    // not a row of this group
                }
            }
        }
        return highest + 2;
    }

    /** A copy with one field set to a single value. */
    public FormValues with(String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(fields);
        changed.put(name, List.of(value));
        return new FormValues(changed);
    }

    Map<String, List<String>> fields() {
        return fields;
    }
}
