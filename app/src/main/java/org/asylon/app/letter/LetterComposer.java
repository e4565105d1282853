package org.asylon.app.letter;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a request letter from the templates of one language and what the person typed. */
public final class LetterComposer {

    /** What a letter is about: a system, a recipient and a request with its legal basis. */
    public record Subject(String system, Recipient recipient, String kind, LegalBasis basis, DeadlineRule deadline) {
    }

    private LetterComposer() {
    }

    /**
     * The letter in {@code language}. The deadline counts from {@code details.date()}, taken as the
     * day the body receives the request. {@code inLanguageOf} names the language of the letter that
     * is sent, for the note above a translation (null for the letter that is sent).
     */
    public static Letter compose(Subject subject, LetterLanguage language, PersonalDetails details, LetterLanguage inLanguageOf) {
        Locale locale = Locale.forLanguageTag(language.code());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        LetterLanguage.RequestText text = language.requests().get(subject.kind());
        List<List<String>> blocks = new ArrayList<>();
        if (inLanguageOf != null) {
            blocks.add(List.of(fill(language.frame("translation"), Map.of("language", inLanguageOf.name()))));
        }
        blocks.add(lines(language, Map.of("date", dates.format(details.date()), "recipient", subject.recipient().name(),
                "address", subject.recipient().addressKnown() ? subject.recipient().address() : ""), "date", "to", "recipientAddress"));
        blocks.add(lines(language, Map.of("name", details.name(), "address", details.address(), "dateOfBirth", details.dateOfBirth(),
                "caseNumber", details.caseNumber()), "from", "address", "dateOfBirth", "caseNumber"));
        String subjectLine = fill(language.frame("subject"), Map.of("subject", text.subject(), "system", subject.system()));
        blocks.add(List.of(subjectLine));
        blocks.add(List.of(language.frame("greeting")));
        blocks.add(List.of(fill(text.body(), Map.of("reference", language.cite(subject.basis().act(), subject.basis().article()),
                "system", subject.system()))));
        DeadlineRule.Due due = null;
        if (subject.deadline() == null) {
            blocks.add(List.of(language.frame("noDeadline")));
        } else {
            due = subject.deadline().due(details.date());
            String rule = language.cite(subject.deadline().act(), subject.deadline().article());
            String sentence = fill(language.frame("deadline"), Map.of("rule", rule, "deadline", dates.format(due.due())));
            if (due.extended() != null) {
                sentence += " " + fill(language.frame("extension"), Map.of("extended", dates.format(due.extended())));
            }
            blocks.add(List.of(sentence));
        }
        blocks.add(List.of(language.frame("closing")));
        List<String> signature = new ArrayList<>(List.of(language.frame("signoff")));
        if (!details.name().isEmpty()) {
            signature.add(details.name());
        }
        blocks.add(signature);
        return new Letter(language.code(), language.name(), language.direction(), subjectLine, blocks, due);
    }

    /** The frame's lines for these keys, leaving out a line whose placeholders are all empty. */
    private static List<String> lines(LetterLanguage language, Map<String, String> values, String... keys) {
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            String template = language.frame(key);
            boolean anyValue = values.entrySet().stream()
                    .anyMatch(e -> template.contains("{" + e.getKey() + "}") && !e.getValue().isEmpty());
            if (anyValue) {
                lines.add(fill(template, values));
            }
        }
        return lines;
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}");

    /** Fills placeholders in one pass, so that braces in what a person typed are left as typed. */
    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                values.getOrDefault(match.group(1), match.group())));
    }
}
