package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asylon translations} and the validation of translation files. */
class TranslationsCommandTest {

    @TempDir
    Path temp;

    @Test
    void coverageListsEveryLanguageAndKind() {
        Cli cli = Cli.run("translations");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        KnowledgeBase knowledge = KnowledgeLoader.load(Cli.KNOWLEDGE);
        int rights = 2 * knowledge.catalogue().rights().size();
        for (String language : new String[] {"ar", "es", "fr"}) {
            assertThat(cli.out()).containsPattern("(?m)^" + language + " +rights +" + rights + "/" + rights + " +100%$");
            assertThat(cli.out()).containsPattern("(?m)^" + language + " +instruments +\\d+/\\d+ +\\d+%$");
        }
    }

    @Test
    void missingTextsAreATranslationFileThatLoadsAndCompletesTheKind() throws IOException {
        Path knowledge = Cli.copyOfKnowledge(temp);
        Files.delete(knowledge.resolve("translations/fr/provisions.yaml"));
        // Run directly: the shared helper would add the project's knowledge directory.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AsylonCli.run(new String[] {"translations", "--missing", "fr", "--kind", "provisions", "--knowledge",
                knowledge.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("language: fr").contains("provision.");
        Files.writeString(knowledge.resolve("translations/fr/provisions-draft.yaml"), out.toString(), StandardCharsets.UTF_8);

        KnowledgeBase loaded = KnowledgeLoader.load(knowledge);
        assertThat(loaded.texts().missing("fr", "provisions")).isEmpty();
        String provision = loaded.catalogue().provisions().keySet().iterator().next();
        // The draft holds the English text, to be replaced by the translator.
        assertThat(loaded.texts().text("fr", "provision." + provision + ".title"))
                .isEqualTo(loaded.catalogue().provisions().get(provision).title());
    }

    @Test
    void badKindAndKindWithoutLanguageAreUsageErrors() {
        assertThat(Cli.run("translations", "--missing", "fr", "--kind", "rules").exitCode()).isEqualTo(2);
        assertThat(Cli.run("translations", "--kind", "facts").exitCode()).isEqualTo(2);
        assertThat(Cli.run("translations", "--missing", "en").exitCode()).isEqualTo(2);
    }

    @Test
    void validateReportsAMisspeltTranslationKeyWithItsLocation() throws IOException {
        Path knowledge = Cli.copyOfKnowledge(temp);
        Path file = knowledge.resolve("translations/es/rights.yaml");
        Files.writeString(file, Files.readString(file).replace("right.privacy.name:", "right.privcy.name:"));
        // Run directly: the shared helper would add the project's knowledge directory.
        StringWriter err = new StringWriter();
        int code = AsylonCli.run(new String[] {"validate", "--knowledge", knowledge.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).containsPattern("rights\\.yaml:4:3: unknown key 'right\\.privcy\\.name'.*did you mean 'right\\.privacy\\.name'");
    }
}
