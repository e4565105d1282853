package org.asylon.app.letter;

import java.util.List;

/**
 * The letter form of one deployment: the requests one can choose (recipient and kind), the values
 * typed so far (only ever sent back in the same response) and what is wrong with them.
 */
public record LetterForm(String deployment, String system, List<Choice> choices, String chosen, PersonalDetails details,
                         String date, List<String> errors) {

    /** One request to one recipient; {@code value} is {@code <recipient index>:<kind>}. */
    public record Choice(String value, int recipient, String recipientName, String kind) {
    }

    public LetterForm {
        choices = List.copyOf(choices);
        errors = List.copyOf(errors);
    }

    /** The recipients in the order their choices appear, for grouping the choices. */
    public List<Integer> recipients() {
        return choices.stream().map(Choice::recipient).distinct().toList();
    }

    public List<Choice> choicesFor(int recipient) {
        return choices.stream().filter(c -> c.recipient() == recipient).toList();
    }
}
