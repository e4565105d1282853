package org.asylon.app.web;

import java.util.List;
import java.util.Locale;
import org.asylon.core.translation.LanguageTexts;

/**
 * What every page template needs: translated strings, the language and its direction, the
 * knowledge texts in that language, and the signed-in user. Every visible string of the platform
 * comes from {@code i18n/messages*}; knowledge texts (glossary, fact labels, titles) from
 * {@link #knowledge()}.
 */
public final class Ui {

    /** English and every language with a bundle of the platform's strings ({@link Languages}). */
    public static final List<String> LANGUAGES = Languages.discover();

    private final PageMessages messages;
    private final Locale locale;
    private final String user;
    private final String path;
    private final java.util.function.Supplier<String> csrfParameter;
    private final java.util.function.Supplier<String> csrfToken;
    private final java.util.Set<String> roles;
    private final LanguageTexts knowledge;

    /**
     * The CSRF token is asked for only by a page that has a form needing it: making a token opens a
     * session, and pages for the public set no cookie but the language.
     */
    public Ui(PageMessages messages, Locale locale, String user, String path, java.util.function.Supplier<String> csrfParameter,
              java.util.function.Supplier<String> csrfToken, java.util.Set<String> roles, LanguageTexts knowledge) {
        this.messages = messages;
        this.locale = locale;
        this.user = user;
        this.path = path;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
        this.roles = java.util.Set.copyOf(roles);
        this.knowledge = knowledge;
    }

    /** The platform language for a locale: one of {@link #LANGUAGES}, else English. */
    public static String language(Locale locale) {
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    /** Knowledge texts (glossary, rights, technologies, facts, titles) in the visitor's language, else English. */
    public LanguageTexts knowledge() {
        return knowledge;
    }

    /** Whether the signed-in person has any of these roles ({@code admin}, {@code assessor}, {@code reviewer}, {@code viewer}). */
    public boolean hasRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The name of the form field that carries the CSRF token. */
    public String csrfParameter() {
        return csrfParameter.get();
    }

    /**
     * Read only by pages with a form (the parameter name too): the first read creates the visitor's
     * session to keep the token in, so pages without one stay session-free.
     */
    public String csrfToken() {
        return csrfToken.get();
    }

    public String t(String key, Object... args) {
        return messages.get(key, args, locale);
    }

    /** A translation if one exists, else the fallback (used for knowledge data keyed by id). */
    public String tOr(String key, String fallback) {
        return messages.getOrElse(key, new Object[0], fallback, locale);
    }

    /**
     * A problem found in an input, in the page's language where the bundles word its kind
     * ({@code problem.<kind>}), else in English as the command line prints it.
     */
    public String problem(org.asylon.core.problem.Problem problem) {
        return problem.detail() == null ? problem.message()
                : messages.getOrElse("problem." + problem.detail().kind(), problem.detail().arguments().toArray(), problem.message(), locale);
    }

    public String lang() {
        return language(locale);
    }

    public String dir() {
        return Languages.rightToLeft(lang()) ? "rtl" : "ltr";
    }

    public List<String> languages() {
        return LANGUAGES;
    }

    /** A language's name for the language switcher: from the bundles, else its own name for itself. */
    public String languageName(String language) {
        return tOr("language." + language, Languages.ownName(language));
    }

    public boolean signedIn() {
        return user != null;
    }

    public String user() {
        return user;
    }

    /** The current path, for the language switcher's links. */
    public String path() {
        return path;
    }
}
