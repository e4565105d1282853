package org.asylon.core.fact;

/** A group of facts, shown together in forms and reports. */
public record Section(String id, String title, String description) {
}
