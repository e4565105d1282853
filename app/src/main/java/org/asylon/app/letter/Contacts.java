package org.asylon.app.letter;

import java.util.List;

/** Whom to write to about one deployment, and who hears complaints about it. */
public record Contacts(String deployment, List<Recipient> recipients, List<Authority> authorities) {

    public Contacts {
        recipients = List.copyOf(recipients);
        authorities = List.copyOf(authorities);
    }
}
