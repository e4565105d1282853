package org.asylon.core.fact;

/** A citation of a source by id, optionally with a page, paragraph or footnote and a quote. */
public record SourceRef(String ref, String locator, String quote) {
    public static SourceRef of(String ref) {
        return new SourceRef(ref, null, null);
    }
}
