package org.asylon.core.catalogue;

/** A document that facts rest on: a report, judgment, law, FOI answer, article. */
public record Source(String id, String type, String title, String author, String publisher,
                     String date, String url, String officialId, boolean confidential) {
}
