package org.asylon.app.letter;

import java.util.Map;

/**
 * Everything needed to write request letters in one language, read from
 * {@code knowledge/requests/letters/<code>.yaml}: citations of the acts, the letter's frame and
 * each request's text. Adding a file adds a language.
 */
public record LetterLanguage(String code, String name, String direction, Map<String, String> acts,
                             Map<String, String> frame, Map<String, RequestText> requests) {

    /** The subject line and body of one request, and its short title for choosing it. */
    public record RequestText(String title, String subject, String body) {
    }

    public LetterLanguage {
        acts = Map.copyOf(acts);
        frame = Map.copyOf(frame);
        requests = Map.copyOf(requests);
    }

    /** An article of an act, cited in this language. */
    public String cite(String act, String article) {
        return acts.get(act).replace("{article}", article);
    }

    public String frame(String key) {
        return frame.get(key);
    }
}
