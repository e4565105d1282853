package org.asylon.app.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.asylon.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestCatalogueReaderTest {

    static final Path KNOWLEDGE = Path.of("..", "knowledge").toAbsolutePath().normalize();

    @Test
    void everyDocumentedDeploymentSaysWhomToWriteTo() throws IOException {
        RequestCatalogue catalogue = RequestCatalogueReader.read(KNOWLEDGE);
        try (Stream<Path> cases = Files.list(KNOWLEDGE.resolve("cases"))) {
            assertThat(cases.map(f -> f.getFileName().toString().replace(".yaml", "")).toList())
                    .isNotEmpty()
                    .allSatisfy(id -> assertThat(catalogue.contacts(id)).as(id).isPresent());
        }
        assertThat(catalogue.languages()).containsKeys("en", "fr", "es", "ar", "de");
    }

    @Test
    void aLetterGoesInTheWritersLanguageWhenTheRecipientTakesItElseInTheRecipientsFirst() {
        RequestCatalogue catalogue = RequestCatalogueReader.read(KNOWLEDGE);
        Recipient frontex = catalogue.contacts("eu-etias").orElseThrow().recipients().get(0);
        assertThat(catalogue.letterLanguage(frontex, "fr").orElseThrow().code()).isEqualTo("fr");
        assertThat(catalogue.letterLanguage(frontex, "ar").orElseThrow().code()).isEqualTo("en");
        Recipient bamf = catalogue.contacts("de-bamf-phone-data-extraction").orElseThrow().recipients().get(0);
        assertThat(catalogue.letterLanguage(bamf, "ar").orElseThrow().code()).isEqualTo("de");
        assertThat(catalogue.requestsFor(bamf)).containsKeys("access", "rectification", "objection", "documents");
    }

    @Test
    void aLanguageWithoutACitationForAnActInUseIsRefusedWithItsFileAndLine(@TempDir Path copy) throws IOException {
        edit(copy, "requests/letters/en.yaml", "(?m)^  usfoia: .*\\n", "");
        assertThatThrownBy(() -> RequestCatalogueReader.read(copy))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).anySatisfy(problem -> {
                    assertThat(problem.file()).endsWith("en.yaml");
                    assertThat(problem.line()).isPositive();
                    assertThat(problem.message()).contains("usfoia");
                }));
    }

    @Test
    void anUnknownRegimeIsRefusedWithItsLocation(@TempDir Path copy) throws IOException {
        edit(copy, "requests/contacts.yaml", "regimes: \\[gdpr, de-ifg]", "regimes: [gdpr, no-such-law]");
        assertThatThrownBy(() -> RequestCatalogueReader.read(copy))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no regime 'no-such-law'")
                .hasMessageContaining("contacts.yaml:");
    }

    /** Copies the schemas and the request knowledge into {@code copy}, then changes one file. */
    private static void edit(Path copy, String file, String pattern, String replacement) throws IOException {
        copyTree(KNOWLEDGE.resolve("schema"), copy.resolve("schema"));
        copyTree(KNOWLEDGE.resolve("requests"), copy.resolve("requests"));
        Path target = copy.resolve(file);
        Files.writeString(target, Files.readString(target).replaceFirst(pattern, replacement));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
