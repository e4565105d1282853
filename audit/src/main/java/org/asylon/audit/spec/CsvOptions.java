package org.asylon.audit.spec;

/** How to read a CSV file; {@code null} fields are detected by DuckDB's sniffer. */
public record CsvOptions(String delimiter, String quote) {

    public static final CsvOptions DETECT = new CsvOptions(null, null);
}
