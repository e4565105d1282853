package org.asylon.audit.input;

import java.util.Locale;

/** The file formats an audit reads. */
public enum DataFormat {
    CSV, PARQUET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
