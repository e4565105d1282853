package org.asylon.app.letter;

/** A body that hears complaints or appeals (data-protection authority, ombudsman, oversight body, court). */
public record Authority(String name, String kind, String website) {

    public boolean known() {
        return !Recipient.UNKNOWN.equals(name);
    }

    public boolean websiteKnown() {
        return !Recipient.UNKNOWN.equals(website);
    }
}
