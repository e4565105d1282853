package org.asylon.app.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The request knowledge: deadline rules, legal regimes, contacts per deployment, and the letter languages. */
public record RequestCatalogue(Map<String, DeadlineRule> deadlines, Map<String, Map<String, LegalBasis>> regimes,
                               Map<String, Contacts> contacts, Map<String, LetterLanguage> languages) {

    public RequestCatalogue {
        deadlines = Map.copyOf(deadlines);
        regimes = Map.copyOf(regimes);
        contacts = Map.copyOf(contacts);
        languages = Map.copyOf(languages);
    }

    public Optional<Contacts> contacts(String deployment) {
        return Optional.ofNullable(contacts.get(deployment));
    }

    public Optional<LetterLanguage> language(String code) {
        return Optional.ofNullable(languages.get(code));
    }

    /** The requests one can send to a recipient, in the order of {@link RequestKind#ALL}, with their legal basis. */
    public Map<String, LegalBasis> requestsFor(Recipient recipient) {
        Map<String, LegalBasis> result = new LinkedHashMap<>();
        for (String kind : RequestKind.ALL) {
            for (String regime : recipient.regimes()) {
                LegalBasis basis = regimes.get(regime).get(kind);
                if (basis != null) {
                    result.putIfAbsent(kind, basis);
                }
            }
        }
        return result;
    }

    /**
     * The language a letter to this recipient is written in: the writer's own language when the
     * recipient takes it, otherwise the recipient's first language; empty when Asylon has no
     * letter in any of the recipient's languages.
     */
    public Optional<LetterLanguage> letterLanguage(Recipient recipient, String writerLanguage) {
        if (recipient.languages().contains(writerLanguage) && languages.containsKey(writerLanguage)) {
            return Optional.of(languages.get(writerLanguage));
        }
        return Optional.ofNullable(languages.get(recipient.languages().get(0)));
    }

    public Optional<DeadlineRule> deadline(LegalBasis basis) {
        return basis.deadline() == null ? Optional.empty() : Optional.of(deadlines.get(basis.deadline()));
    }

    /** Recipients one can write to with a letter Asylon has, as indexes into the deployment's list. */
    public List<Integer> writableRecipients(Contacts contacts) {
        List<Integer> result = new java.util.ArrayList<>();
        for (int i = 0; i < contacts.recipients().size(); i++) {
            Recipient recipient = contacts.recipients().get(i);
            if (!requestsFor(recipient).isEmpty() && languages.containsKey(recipient.languages().get(0))) {
                result.add(i);
            }
        }
        return result;
    }
}
