package org.asylon.audit;

/**
 * Everything needed to reproduce an audit: the input file's digest and size, the spec's id,
 * version and digest (spec fields are {@code null} when the audit was described by options only),
 * Asylon's version, when the audit ran and the engine that built the count cube ("DuckDB v1.5.6",
 * "Spark 4.2.0"): the only field in which the same audit by two engines may differ.
 */
public record AuditProvenance(String asylonVersion, String generatedAt, String inputFile, String inputFormat,
                              String inputSha256, long inputBytes, String specId, String specVersion, String specFile,
                              String specSha256, String engine) {
}
