package org.asylon.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asylon.core.TestKnowledge;
import org.asylon.core.engine.Engine;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.profile.Profile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot must change nothing but the time a load takes: assessments from a restored knowledge
 * base equal those from a full load, a changed file is checked in full again, and a snapshot that
 * cannot be read is ignored.
 */
class KnowledgeSnapshotTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path knowledge;
    Path snapshots;

    @BeforeEach
    void copyKnowledge() {
        knowledge = temp.resolve("knowledge");
        snapshots = temp.resolve("snapshots");
        copy(TestKnowledge.PROJECT, knowledge);
    }

    @Test
    void restoredKnowledgeAssessesEveryCaseExactlyAsAFullLoad() {
        KnowledgeBase full = KnowledgeLoader.load(knowledge, false);
        KnowledgeLoader.load(knowledge, false, snapshots);
        assertThat(snapshotFiles()).hasSize(1);
        KnowledgeBase restored = KnowledgeLoader.load(knowledge, false, snapshots);

        assertThat(restored.digest()).isEqualTo(full.digest());
        assertThat(restored.instruments().keySet()).containsExactlyElementsOf(full.instruments().keySet());
        List<Path> cases = files(knowledge.resolve("cases"));
        assertThat(cases).hasSizeGreaterThan(10);
        for (Path file : cases) {
            assertThat(assess(restored, file)).as(file.toString()).isEqualTo(assess(full, file));
        }
    }

    @Test
    void documentsComeFromTheSnapshotNotFromTheFiles() throws IOException {
        KnowledgeLoader.load(knowledge, false, snapshots);
        String title = KnowledgeLoader.load(knowledge, false).allInstruments().get(0).title();
        Path snapshot = snapshotFiles().get(0);
        String text = Files.readString(snapshot, StandardCharsets.UTF_8);
        assertThat(text).contains("\"" + title + "\"");
        // Only a snapshot that is really restored can change what the loader sees.
        Files.writeString(snapshot, text.replace("\"" + title + "\"", "\"Restored title\""), StandardCharsets.UTF_8);

        KnowledgeBase restored = KnowledgeLoader.load(knowledge, false, snapshots);

        assertThat(restored.allInstruments().get(0).title()).isEqualTo("Restored title");
    }

    @Test
    void aChangedFileIsCheckedInFullAndItsProblemLocated() throws IOException {
        KnowledgeLoader.load(knowledge, false, snapshots);
        Path instrument = files(knowledge.resolve("instruments")).get(0);
        List<String> lines = Files.readAllLines(instrument, StandardCharsets.UTF_8);
        int line = -1;
        for (int i = 0; i < lines.size() && line < 0; i++) {
            if (lines.get(i).matches("\\s+when: .+")) {
                line = i;
            }
        }
        assertThat(line).as("a one-line condition in " + instrument).isNotNegative();
        lines.set(line, lines.get(line).replaceFirst("when: .+", "when: processing.no_such_fact"));
        Files.write(instrument, lines, StandardCharsets.UTF_8);
        int expectedLine = line + 1;

        assertThatThrownBy(() -> KnowledgeLoader.load(knowledge, false, snapshots))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(instrument.toString());
                    assertThat(problem.line()).isEqualTo(expectedLine);
                    assertThat(problem.message()).contains("processing.no_such_fact");
                }));
    }

    @Test
    void anUnreadableSnapshotIsIgnoredAndWrittenAnew() throws IOException {
        KnowledgeLoader.load(knowledge, false, snapshots);
        Path snapshot = snapshotFiles().get(0);
        Files.writeString(snapshot, "{\"key\": \"not this one\", \"documents\": [", StandardCharsets.UTF_8);

        KnowledgeBase loaded = KnowledgeLoader.load(knowledge, false, snapshots);

        assertThat(loaded.allInstruments()).isNotEmpty();
        assertThat(Files.readString(snapshot, StandardCharsets.UTF_8)).startsWith("{\"key\":\"").contains("\"expressions\"");
        assertThat(KnowledgeLoader.load(knowledge, false, snapshots).instruments().keySet())
                .containsExactlyElementsOf(loaded.instruments().keySet());
    }

    @Test
    void loadsWithAndWithoutTranslationsKeepSeparateSnapshots() {
        KnowledgeBase english = KnowledgeLoader.load(knowledge, false, snapshots);
        KnowledgeBase translated = KnowledgeLoader.load(knowledge, true, snapshots);
        assertThat(snapshotFiles()).hasSize(2);

        KnowledgeBase restored = KnowledgeLoader.load(knowledge, true, snapshots);

        assertThat(restored.texts().languages()).isEqualTo(translated.texts().languages()).isNotEmpty();
        for (String language : translated.texts().languages()) {
            for (String key : translated.texts().english().keySet()) {
                assertThat(restored.texts().text(language, key)).isEqualTo(translated.texts().text(language, key));
            }
        }
        assertThat(KnowledgeLoader.load(knowledge, false, snapshots).texts().languages())
                .isEqualTo(english.texts().languages());
    }

    private static List<AssessmentResult> assess(KnowledgeBase knowledge, Path file) {
        Profile profile = knowledge.profileReader().read(file);
        return new Engine(knowledge, CLOCK).assess(profile, knowledge.allInstruments());
    }

    private List<Path> snapshotFiles() {
        return files(snapshots);
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : new ArrayList<>(walk.toList())) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
