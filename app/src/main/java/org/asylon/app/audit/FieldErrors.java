package org.asylon.app.audit;

import java.util.Map;

/** The problems of a form, by field name, with what the page needs to tie each to its field. */
public record FieldErrors(Map<String, AuditMapping.FieldError> byField) {

    public FieldErrors {
        byField = Map.copyOf(byField);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public AuditMapping.FieldError get(String field) {
        return byField.get(field);
    }

    /** {@code "true"} for a field with a problem, else nothing (the attribute is left out). */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    public String describedBy(String field, String help) {
        String error = has(field) ? field + "-error" : null;
        if (help == null) {
            return error;
        }
        return error == null ? help : help + " " + error;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
