package org.asylon.audit.sample;

/** The kinds of sample data: decision logs and biometric comparison logs. */
public enum SampleKind {
    DECISIONS, BIOMETRIC
}
