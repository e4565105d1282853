package org.asylon.app.letter;

/** What a request rests on: an article of an act, and the deadline rule for the answer (null when the law sets none). */
public record LegalBasis(String act, String article, String deadline) {
}
