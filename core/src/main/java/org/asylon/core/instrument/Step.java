package org.asylon.core.instrument;

/** One step of a structured legal test, such as legality or necessity. */
public record Step(String id, String title, String question) {
}
