package org.asylon.core.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.core.TestKnowledge;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translations of knowledge texts: lookup with fallback, coverage, and every kind of bad file as a located error. */
class KnowledgeTextsTest {

    private static final String INSTRUMENT = """
            id: t
            version: 1.0.0
            title: Test instrument
            changelog: [{ version: 1.0.0, date: 2026-11-27, changes: [First.] }]
            rules:
              - id: a
                when: 'processing.profiling'
                severity: high
                title: Profiling found
                explanation: E
                legalBasis: [echr-8]
            """;

    @TempDir
    Path temp;

    private Path translation(String language, String file, String text) throws IOException {
        Path directory = Files.createDirectories(temp.resolve("translations").resolve(language));
        return Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
    }

    private KnowledgeBase load() {
        return KnowledgeLoader.load(TestKnowledge.directory(temp, INSTRUMENT));
    }

    private List<Problem> problems() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, this::load);
        assertThat(e).as("expected the translations to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void translatedTextsAreFoundAndMissingOnesFallBackToEnglish() throws IOException {
        translation("fr", "facts.yaml", """
                language: fr
                texts:
                  section.purpose.title: Finalité et base légale
                  fact.purpose.aims.value.deterrence: >-
                    Dissuasion des arrivées
                  instrument.t.rules.a.title: Profilage constaté
                """);
        KnowledgeBase knowledge = load();
        KnowledgeTexts texts = knowledge.texts();
        LanguageTexts french = texts.in("fr");

        assertThat(texts.languages()).containsExactly("fr");
        assertThat(french.sectionTitle("purpose")).isEqualTo("Finalité et base légale");
        assertThat(french.factValue("purpose.aims", "deterrence")).isEqualTo("Dissuasion des arrivées");
        assertThat(french.ruleTitle("t", "a", "fallback")).isEqualTo("Profilage constaté");
        // Not translated: the English source text.
        assertThat(french.factLabel("purpose.aims"))
                .isEqualTo(knowledge.facts().get("purpose.aims").label());
        assertThat(french.instrumentTitle("t", "fallback")).isEqualTo("Test instrument");
        // A language without any file is English throughout.
        assertThat(texts.in("es").sectionTitle("purpose")).isEqualTo(knowledge.facts().sections().get(0).title());
        // A key that addresses no text at all: null, or the caller's fallback.
        assertThat(french.text("fact.no.such.label")).isNull();
        assertThat(french.technologyName("no-such-technology")).isEqualTo("no-such-technology");
    }

    @Test
    void englishKeysComeFromCatalogueFactsAndInstrumentElementsWithIds() {
        KnowledgeBase knowledge = load();
        var english = knowledge.texts().english();
        String glossaryId = knowledge.catalogue().glossary().keySet().iterator().next();
        assertThat(english.get("glossary." + glossaryId + ".term"))
                .isEqualTo(knowledge.catalogue().glossary().get(glossaryId).term());
        assertThat(english).containsEntry("instrument.t.title", "Test instrument")
                .containsEntry("instrument.t.rules.a.title", "Profiling found")
                .containsEntry("instrument.t.rules.a.explanation", "E")
                .doesNotContainKey("instrument.t.rules.a.when");
        // Derived facts are knowledge texts too.
        assertThat(english).containsKey("fact.operator.types.value.police");
    }

    @Test
    void coverageCountsTranslatedAgainstEnglishPerKind() throws IOException {
        translation("ar", "rights.yaml", """
                language: ar
                texts:
                  right.privacy.name: الحق في الخصوصية
                  right.liberty.name: الحق في الحرية والأمان على الشخص
                """);
        KnowledgeBase knowledge = load();
        KnowledgeTexts.Coverage rights = knowledge.texts().coverage().stream()
                .filter(c -> c.language().equals("ar") && c.kind().equals("rights")).findFirst().orElseThrow();
        // Each right has a name and a description.
        assertThat(rights.total()).isEqualTo(2 * knowledge.catalogue().rights().size());
        assertThat(rights.translated()).isEqualTo(2);
        assertThat(rights.missing()).isEqualTo(rights.total() - 2);
        assertThat(knowledge.texts().coverage()).hasSize(TextKeys.KINDS.size());

        var missing = knowledge.texts().missing("ar", "rights");
        assertThat(missing).hasSize(rights.missing()).doesNotContainKey("right.privacy.name")
                .containsEntry("right.privacy.description", knowledge.catalogue().rights().get("privacy").description());
    }

    @Test
    void anUnknownKeyIsLocatedWithADidYouMean() throws IOException {
        translation("fr", "facts.yaml", """
                language: fr
                texts:
                  section.purpose.title: Finalité
                  fact.purpose.aim.label: Buts invoqués
                """);
        List<Problem> problems = problems();
        assertThat(problems).hasSize(1);
        Problem problem = problems.get(0);
        assertThat(problem.file()).endsWith("facts.yaml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.message()).contains("unknown key 'fact.purpose.aim.label'")
                .contains("did you mean 'fact.purpose.aims.label'");
    }

    @Test
    void aKeyTranslatedTwiceInOneLanguageIsAnError() throws IOException {
        translation("es", "facts.yaml", """
                language: es
                texts:
                  section.purpose.title: Finalidad
                """);
        translation("es", "more.yaml", """
                language: es
                texts:
                  section.purpose.title: Propósito
                """);
        List<Problem> problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).endsWith("more.yaml");
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).message()).contains("duplicate key 'section.purpose.title'").contains("facts.yaml:3:3");
    }

    @Test
    void aDuplicateKeyInOneFileIsAnError() throws IOException {
        translation("es", "facts.yaml", """
                language: es
                texts:
                  section.purpose.title: Finalidad
                  section.purpose.title: Propósito
                """);
        List<Problem> problems = problems();
        assertThat(problems).extracting(Problem::line).containsExactly(4);
        assertThat(problems.get(0).message()).contains("duplicate key");
    }

    @Test
    void aLanguageThatDoesNotMatchItsDirectoryIsAnError() throws IOException {
        translation("fr", "facts.yaml", """
                language: es
                texts:
                  section.purpose.title: Finalidad
                """);
        List<Problem> problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(1);
        assertThat(problems.get(0).message()).contains("language 'es' does not match the directory 'fr'");
    }

    @Test
    void malformedFilesAreLocatedErrors() throws IOException {
        translation("fr", "broken.yaml", "language: fr\ntexts:\n  section.purpose.title: [unclosed\n");
        translation("fr", "empty-text.yaml", "language: fr\ntexts:\n  section.purpose.title: ''\n");
        translation("fr", "extra.yaml", "language: fr\nterms: {}\ntexts: {}\n");
        translation("English", "facts.yaml", "language: en\ntexts: {}\n");
        List<Problem> problems = problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("broken.yaml");
            assertThat(p.line()).isGreaterThan(0);
            assertThat(p.message()).startsWith("not valid YAML");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("empty-text.yaml");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("extra.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("unknown field 'terms'");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("English");
            assertThat(p.message()).contains("not a language directory");
        });
        assertThat(problems).hasSize(4);
    }

    @Test
    void theShippedTranslationsLoad() {
        KnowledgeBase knowledge = KnowledgeLoader.load(TestKnowledge.PROJECT);
        assertThat(knowledge.texts().languages()).contains("ar", "es", "fr");
        assertThat(knowledge.texts().in("fr").glossaryTerm("three-part-test")).isEqualTo("Test en trois étapes");
        assertThat(knowledge.texts().in("ar").rightName("privacy")).isEqualTo("الحق في الخصوصية");
    }
}
