package org.asylon.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.asylon.core.TestKnowledge;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of broken instrument: each must be a located load error, never a crash. */
class InstrumentReaderTest {

    @TempDir
    Path temp;

    private static final String HEADER = """
            id: t
            version: 1.0.0
            title: Test
            changelog: [{ version: 1.0.0, date: 2026-11-27, changes: [First.] }]
            """;

    private static String rule(String id, String when) {
        return "  - id: " + id + "\n    when: '" + when + "'\n    severity: high\n    title: T\n    explanation: E\n"
                + "    legalBasis: [echr-8]\n";
    }

    private List<Problem> problems(String instrument) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TestKnowledge.load(temp, instrument));
        assertThat(e).as("expected the instrument to be rejected").isNotNull();
        return e.problems();
    }

    private static String file() {
        return "test-0.yaml";
    }

    @Test
    void aValidInstrumentLoads() {
        KnowledgeBase knowledge = TestKnowledge.load(temp, HEADER + "rules:\n" + rule("a", "processing.profiling"));
        Instrument instrument = knowledge.instrument("t").orElseThrow();
        assertThat(instrument.rules()).hasSize(1);
        assertThat(instrument.rules().get(0).when().variables()).containsExactly("processing.profiling");
    }

    @Test
    void celSyntaxErrorPointsAtTheCharacter() {
        List<Problem> problems = problems(HEADER + "rules:\n" + rule("a", "processing.profiling &&"));
        assertThat(problems).hasSize(1);
        Problem problem = problems.get(0);
        assertThat(problem.file()).endsWith(file());
        // Line 7 holds `    when: 'processing.profiling &&'`; the error is at the end of the expression.
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.column()).isGreaterThan(12);
    }

    @Test
    void unknownFactIsNamedWithASuggestion() {
        List<Problem> problems = problems(HEADER + "rules:\n" + rule("a", "processing.profilng"));
        assertThat(problems).extracting(Problem::message)
                .containsExactly("unknown name 'processing.profilng'; did you mean 'processing.profiling'?");
        assertThat(problems.get(0).line()).isEqualTo(7);
        assertThat(problems.get(0).column()).isEqualTo(12);
    }

    @Test
    void typeErrorsAreLoadErrors() {
        assertThat(problems(HEADER + "rules:\n" + rule("a", "population.count && true")))
                .extracting(Problem::message).anyMatch(m -> m.contains("no matching overload"));
        assertThat(problems(HEADER + "rules:\n" + rule("a", "population.count + 1")))
                .extracting(Problem::message).anyMatch(m -> m.contains("must be true or false"));
    }

    @Test
    void functionsOfTypesNoFactHasAreExplained() {
        assertThat(problems(HEADER + "rules:\n" + rule("a", "timestamp(governance.dpia_date) < timestamp(\"2018-05-25T00:00:00Z\")")))
                .extracting(Problem::message)
                .contains("'timestamp' is not available in conditions: facts are true or false, numbers, text or lists of text"
                        + " (compare dates as text, e.g. governance.dpia_date < '2018-05-25')");
        // What facts need stays available: text functions, list macros, the conditional, arithmetic.
        KnowledgeBase knowledge = TestKnowledge.load(temp, HEADER + "rules:\n" + rule("a",
                "governance.dpia_date < \"2018-05-25\" && purpose.stated.contains(\"asylum\")"
                        + " && purpose.aims.exists(a, a.startsWith(\"border\")) && (population.count > 10 ? 1.0 : 2.0) * 3.0 > double(2)"));
        assertThat(knowledge.instrument("t").orElseThrow().rules()).hasSize(1);
    }

    @Test
    void aValueAnEnumCannotTakeIsALoadError() {
        assertThat(problems(HEADER + "rules:\n" + rule("a", "processing.biometric_mode == \"identificaton\"")))
                .extracting(Problem::message).anyMatch(m -> m.startsWith("'identificaton' is not a value of processing.biometric_mode"));
        assertThat(problems(HEADER + "rules:\n" + rule("a", "\"deterence\" in purpose.aims")))
                .extracting(Problem::message).anyMatch(m -> m.startsWith("'deterence' is not a value of purpose.aims"));
        assertThat(problems(HEADER + "rules:\n" + rule("a", "\"governance.dpia\" in undisclosed")))
                .extracting(Problem::message).anyMatch(m -> m.startsWith("unknown fact 'governance.dpia'"));
    }

    @Test
    void missingProvisionIsALoadErrorAtTheCitation() {
        String instrument = HEADER + "rules:\n" + rule("a", "processing.profiling").replace("[echr-8]", "[echr-8, echr-99]");
        List<Problem> problems = problems(instrument);
        assertThat(problems).extracting(Problem::message).containsExactly("unknown provision 'echr-99'");
        assertThat(problems.get(0).line()).isEqualTo(11);
    }

    @Test
    void cyclicReferencesAreLoadErrors() {
        List<Problem> problems = problems(HEADER + "rules:\n" + rule("a", "rule.b") + rule("b", "rule.a"));
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.startsWith("cyclic reference: rule."));
    }

    @Test
    void duplicateIdsAreLoadErrors() {
        assertThat(problems(HEADER + "rules:\n" + rule("a", "true") + rule("a", "false")))
                .extracting(Problem::message).contains("duplicate id 'a' (rules and definitions share one namespace)");
    }

    @Test
    void unknownTestAndStepAreLoadErrors() {
        String tests = """
                tests:
                  - id: privacy
                    title: Privacy
                    steps: [{ id: legality, title: Legality }]
                """;
        assertThat(problems(HEADER + tests + "rules:\n" + rule("a", "true") + "    test: privacy\n    step: necessity\n"))
                .extracting(Problem::message).containsExactly("test 'privacy' has no step 'necessity' (steps: legality)");
        assertThat(problems(HEADER + tests + "rules:\n" + rule("a", "true") + "    test: liberty\n    step: legality\n"))
                .extracting(Problem::message).containsExactly("unknown test 'liberty'");
    }

    @Test
    void schemaViolationsAreLocated() {
        List<Problem> problems = problems(HEADER + "rules:\n" + rule("a", "true").replace("severity: high", "severity: severe"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(8);
        assertThat(problems.get(0).message()).startsWith("rules.0.severity");
    }

    @Test
    void classificationsCountOnlyDeclaredRules() {
        String classification = """
                classifications:
                  - id: c
                    title: C
                    counts: [a, nope]
                    outcomes: [{ value: x, when: 'met >= 1' }]
                """;
        assertThat(problems(HEADER + "rules:\n" + rule("a", "true") + classification))
                .extracting(Problem::message).containsExactly("unknown rule 'nope'");
    }

    @Test
    void duplicateInstrumentIdsAreLoadErrors() {
        String instrument = HEADER + "rules:\n" + rule("a", "true");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TestKnowledge.load(temp, instrument, instrument));
        assertThat(e.problems()).extracting(Problem::message).containsExactly("duplicate instrument id 't'");
    }
}
