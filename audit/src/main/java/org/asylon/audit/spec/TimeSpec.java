package org.asylon.audit.spec;

/** The timestamp column and the width of the windows that drift is measured over. */
public record TimeSpec(ColumnRef column, Window window) {
}
