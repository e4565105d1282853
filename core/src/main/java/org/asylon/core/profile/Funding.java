package org.asylon.core.profile;

/** Who pays, as far as known. */
public record Funding(String funder, String amount, String note) {
}
