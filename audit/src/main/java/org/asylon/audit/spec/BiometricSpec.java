package org.asylon.audit.spec;

/**
 * Biometric mode: each row is a comparison of two samples; {@code genuine} says whether both
 * came from the same person (a mated pair). The named value marks genuine pairs; when absent it
 * is inferred from the usual spellings (true/false, 1/0, yes/no, genuine/impostor, mated/non-mated).
 */
public record BiometricSpec(ColumnRef genuine, String genuineValue) {
}
