package org.asylon.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A language is added by adding its bundle: the platform's languages are the bundles found. */
class LanguagesTest {

    @Test
    void everyBundleOfThePlatformsStringsIsALanguageWithEnglishFirst() throws IOException {
        // Expected from the source folder, independently of the class path scan.
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            String[] shipped = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("messages_[a-z]+\\.properties"))
                    .map(name -> name.substring("messages_".length(), name.indexOf('.')))
                    .sorted().toArray(String[]::new);
            assertThat(shipped).contains("fr", "es", "ar");
            assertThat(Languages.discover()).startsWith("en").containsOnly(Stream.concat(Stream.of("en"), Stream.of(shipped)).toArray(String[]::new))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void directionAndOwnNameComeFromTheLanguage() {
        assertThat(Languages.rightToLeft("ar")).isTrue();
        assertThat(Languages.rightToLeft("fa")).isTrue();
        assertThat(Languages.rightToLeft("fr")).isFalse();
        assertThat(Languages.ownName("de")).isEqualTo("Deutsch");
        assertThat(Languages.ownName("ar")).isEqualTo("العربية");
    }
}
