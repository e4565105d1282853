package org.asylon.core.catalogue;

/** A treaty, regulation, directive or soft-law text whose provisions instruments cite. */
public record LegalInstrument(String id, String title, String shortTitle, String kind,
                              String officialId, String url, boolean binding) {
}
