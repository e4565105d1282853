package org.asylon.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.asylon.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Kept strings are the strings the message source gives: every key of every bundle, in every
 * language, compared with a lookup through the message source configured as the platform's.
 */
class PageMessagesTest {

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/affected", "i18n/audit");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    @Test
    void everyStringWithoutArgumentsIsTheMessageSourcesStringInEveryLanguage() throws IOException {
        ResourceBundleMessageSource source = source();
        PageMessages messages = new PageMessages(source);
        Properties keys = new Properties();
        for (String bundle : new String[] {"messages", "affected", "audit"}) {
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
                keys.load(in);
            }
        }
        int compared = 0;
        for (String language : Ui.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (String key : keys.stringPropertyNames()) {
                String direct = source.getMessage(key, null, locale);
                assertThat(messages.get(key, new Object[0], locale)).as(key + " in " + language).isEqualTo(direct);
                // Asked twice: the kept string is the same.
                assertThat(messages.get(key, new Object[0], locale)).isEqualTo(direct);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void argumentsAreFormattedAndMissingKeysFallBack() {
        PageMessages messages = new PageMessages(source());
        assertThat(messages.get("register.count", new Object[] {3}, Locale.ENGLISH)).isEqualTo("3 deployments.");
        assertThat(messages.get("register.count", new Object[] {1}, Locale.ENGLISH)).isEqualTo("One deployment.");
        assertThat(messages.get("register.count", new Object[] {3}, Locale.ENGLISH)).isEqualTo("3 deployments.");
        assertThat(messages.get("register.count", new Object[] {2.5}, Locale.ENGLISH)).isEqualTo("2.5 deployments.");
        assertThat(messages.get("register.count", new Object[] {5000L}, Locale.FRENCH))
                .isEqualTo(source().getMessage("register.count", new Object[] {5000L}, Locale.FRENCH));
        assertThat(messages.get("no.such.key", new Object[0], Locale.FRENCH)).isEqualTo("no.such.key");
        assertThat(messages.getOrElse("no.such.key", new Object[0], "Children's rights", Locale.FRENCH)).isEqualTo("Children's rights");
        // A language the platform does not have is English.
        assertThat(messages.get("register.title", new Object[0], Locale.GERMAN)).isEqualTo("Register of deployments");
        assertThat(messages.get("register.title", new Object[0], Locale.CANADA_FRENCH))
                .isEqualTo(messages.get("register.title", new Object[0], Locale.FRENCH));
    }

    @Test
    void aProblemIsWordedByItsKindElseInEnglish() {
        Ui french = new Ui(new PageMessages(source()), Locale.FRENCH, null, "/", () -> "_csrf", () -> "", java.util.Set.of(), null);
        Problem located = new Problem("p.yaml", 3, 5, "'XX' is not an ISO 3166-1 alpha-2 country code (or EU)");
        assertThat(french.problem(located.about("profile.jurisdiction", "XX")))
                .isEqualTo("« XX » n'est pas un code de pays ISO 3166-1 à deux lettres (ni EU).");
        // A kind without words in the bundles, and a problem without a kind, keep the English text.
        assertThat(french.problem(located.about("schema.noSuchKeyword", "jurisdictions", "0"))).isEqualTo(located.message());
        assertThat(french.problem(located)).isEqualTo(located.message());
    }
}
