package org.asylon.core.catalogue;

/** A jurisdiction and whether EU law applies in it as law. */
public record Jurisdiction(String code, String name, boolean eu) {
}
