package org.asylon.app.letter;

import java.time.LocalDate;

/**
 * What a person types into the letter form. Held only while one response is made: never stored,
 * logged or sent anywhere. {@link #toString()} shows nothing, so that a careless log line cannot
 * leak it either.
 */
public record PersonalDetails(String name, String address, String caseNumber, String dateOfBirth, LocalDate date) {

    public PersonalDetails {
        name = clean(name);
        address = clean(address);
        caseNumber = clean(caseNumber);
        dateOfBirth = clean(dateOfBirth);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "PersonalDetails[withheld]";
    }
}
