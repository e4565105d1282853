package org.asylon.core.fact;

import java.util.List;
import java.util.Optional;

/**
 * What a fact means and what values it takes. {@code polarity} is null for facts that are
 * neither a safeguard nor a risk. {@code derived} facts are computed by the engine
 * from a profile's identity (jurisdictions, operators) and cannot be written in a profile.
 */
public record FactDefinition(
        String key,
        FactType type,
        String label,
        String help,
        List<Choice> choices,
        String unit,
        Double minimum,
        List<String> glossary,
        Polarity polarity,
        boolean derived) {

    public FactDefinition {
        choices = List.copyOf(choices);
        glossary = List.copyOf(glossary);
    }

    public String section() {
        return key.substring(0, key.indexOf('.'));
    }

    /** The key without its section, as written inside the section in a profile. */
    public String name() {
        return key.substring(key.indexOf('.') + 1);
    }

    public boolean hasChoice(String id) {
        return choices.stream().anyMatch(choice -> choice.id().equals(id));
    }

    public Optional<Choice> choice(String id) {
        return choices.stream().filter(choice -> choice.id().equals(id)).findFirst();
    }
}
