package org.asylon.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTest {

    private static Problem onlyProblem(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void remembersWhereEveryValueIs() {
        Document document = Document.parse("a.yaml", "id: x\nfacts:\n  processing:\n    profiling: true\n", Document.Format.YAML);
        assertThat(document.locate("/facts/processing/profiling")).isEqualTo(new Location(4, 16));
        assertThat(document.locateKey("/facts/processing/profiling")).isEqualTo(new Location(4, 5));
        // A pointer below a scalar falls back to the nearest ancestor that exists.
        assertThat(document.locate("/facts/processing/profiling/value")).isEqualTo(new Location(4, 16));
    }

    @Test
    void duplicateKeysAreRejectedAtTheSecondKey() {
        Problem problem = onlyProblem(() -> Document.parse("a.yaml", "id: x\nname: a\nid: y\n", Document.Format.YAML));
        assertThat(problem).isEqualTo(new Problem("a.yaml", 3, 1, "duplicate key 'id'"));
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        Problem problem = onlyProblem(() -> Document.parse("a.yaml", "id: x\nfacts: [a, b\nname: c\n", Document.Format.YAML));
        assertThat(problem.file()).isEqualTo("a.yaml");
        assertThat(problem.line()).isBetween(2, 3);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).startsWith("not valid YAML");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Problem problem = onlyProblem(() -> Document.parse("a.json", "{\n  \"id\": \"x\",\n  \"name\" \"y\"\n}", Document.Format.JSON));
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("not valid JSON");
    }

    @Test
    void emptyAndMultiDocumentFilesAreRejected() {
        assertThat(onlyProblem(() -> Document.parse("e.yaml", "", Document.Format.YAML)).message()).isEqualTo("the file is empty");
        assertThat(onlyProblem(() -> Document.parse("m.yaml", "a: 1\n---\nb: 2\n", Document.Format.YAML)).message())
                .isEqualTo("only one document is allowed per file");
    }

    @Test
    void notANumberIsRejected() {
        assertThat(onlyProblem(() -> Document.parse("n.yaml", "a: .nan\n", Document.Format.YAML)).message())
                .contains("not-a-number");
    }

    @Test
    void missingAndNonUtf8FilesAreClearProblems(@TempDir Path temp) throws Exception {
        assertThat(onlyProblem(() -> Document.read(temp.resolve("none.yaml"))).message()).isEqualTo("no such file");
        Path latin1 = temp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xe9});
        assertThat(onlyProblem(() -> Document.read(latin1)).message()).isEqualTo("not UTF-8 text");
    }

    @Test
    void locatesCharactersInsidePlainQuotedAndBlockStrings() {
        String yaml = "plain: a && b\nquoted: 'a && b'\nblock: >-\n  first line\n  second\n";
        Document document = Document.parse("s.yaml", yaml, Document.Format.YAML);
        // Character 6 of "a && b" is "b": column 8 + 5 on line 1 for the plain scalar.
        assertThat(document.locateInString("/plain", 1, 6)).isEqualTo(new Location(1, 13));
        assertThat(document.locateInString("/quoted", 1, 6)).isEqualTo(new Location(2, 15));
        // Block scalars start on the next line, after the indentation.
        assertThat(document.locateInString("/block", 2, 3)).isEqualTo(new Location(5, 5));
    }

    @Test
    void problemsPrintInCompilerForm() {
        assertThat(new Problem("f.yaml", 3, 7, "bad").toString()).isEqualTo("f.yaml:3:7: bad");
        assertThat(Problem.inFile("f.yaml", "bad").toString()).isEqualTo("f.yaml: bad");
    }
}
