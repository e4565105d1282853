package org.asylon.core.catalogue;

/** One citable provision (article, paragraph, point, annex point or recital). */
public record Provision(String id, LegalInstrument instrument, String citation, String title,
                        String summary, String url, String appliesFrom, String appliesUntil) {
}
