package org.asylon.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.asylon.core.TestKnowledge;
import org.asylon.core.fact.Confidence;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.Share;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {

    static KnowledgeBase knowledge;

    @BeforeAll
    static void load(@TempDir Path temp) {
        knowledge = TestKnowledge.load(temp);
    }

    private static List<Problem> problems(String yaml) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TestKnowledge.profile(knowledge, yaml));
        assertThat(e).as("expected the profile to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void readsEveryFormOfFact() {
        Profile profile = TestKnowledge.profile(knowledge, """
                id: test-case
                name: Test case
                jurisdictions: [DE]
                operators: [{ name: Office, type: asylum_authority }]
                sources: [{ id: local-note, type: other, title: A note, date: 2025-01 }]
                facts:
                  processing:
                    profiling: true
                    biometric_mode: { value: identification, confidence: high, sources: [{ ref: local-note, locator: p. 2 }] }
                  governance:
                    dpia_done: { state: undisclosed, sources: [local-note], note: Refused. }
                  necessity:
                    success_share: { value: { count: 36, total: 100 }, asOf: 2018-12 }
                  purpose:
                    aims: [border_management, deterrence]
                  population:
                    count: 120000
                """);
        assertThat(profile.fact("processing.profiling")).isEqualTo(Fact.known("processing.profiling", true));
        Fact mode = profile.fact("processing.biometric_mode");
        assertThat(mode.value()).isEqualTo("identification");
        assertThat(mode.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(mode.sources().get(0).locator()).isEqualTo("p. 2");
        assertThat(profile.fact("governance.dpia_done").state()).isEqualTo(FactState.UNDISCLOSED);
        assertThat(profile.fact("necessity.success_share").value()).isEqualTo(Share.ofCounts(36, 100));
        assertThat(profile.fact("purpose.aims").value()).isEqualTo(List.of("border_management", "deterrence"));
        assertThat(profile.fact("population.count").value()).isEqualTo(120000L);
        // Unwritten facts are unknown, never false.
        assertThat(profile.fact("safeguards.appeal").state()).isEqualTo(FactState.UNKNOWN);
    }

    @Test
    void unknownFactIsNamedWithASuggestionAndItsPosition() {
        List<Problem> problems = problems("id: t\nname: T\nfacts:\n  processing:\n    profilng: true\n");
        assertThat(problems).containsExactly(new Problem("profile.yaml", 5, 5,
                "unknown fact 'processing.profilng'; did you mean 'processing.profiling'?",
                new Problem.Detail("profile.unknownFactSuggested", List.of("processing.profilng", "processing.profiling"))));
    }

    @Test
    void unknownSectionIsNamed() {
        assertThat(problems("id: t\nname: T\nfacts:\n  procesing: {}\n").get(0).message()).startsWith("unknown section 'procesing'");
    }

    @Test
    void wrongTypeAndDisallowedValueAreLocated() {
        List<Problem> problems = problems("""
                id: t
                name: T
                facts:
                  processing:
                    profiling: "yes"
                    biometric_mode: facial
                """);
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(5, 6);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).startsWith("facts.processing."));
    }

    @Test
    void stateAndValueMustAgree() {
        assertThat(problems("id: t\nname: T\nfacts:\n  processing:\n    profiling: { state: unknown, value: true }\n"))
                .extracting(Problem::message).anyMatch(m -> m.contains("has no value"));
        assertThat(problems("id: t\nname: T\nfacts:\n  processing:\n    profiling: { state: known }\n"))
                .extracting(Problem::message).containsExactly("processing.profiling: a known fact needs a value");
    }

    @Test
    void unknownSourceAndBadCodesAndImpossibleSharesAreProblems() {
        List<Problem> problems = problems("""
                id: t
                name: T
                jurisdictions: [XX]
                facts:
                  processing:
                    profiling: { value: true, sources: [no-such-source] }
                  necessity:
                    success_share: { value: { count: 5, total: 4 } }
                """);
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "'XX' is not an ISO 3166-1 alpha-2 country code (or EU)",
                "unknown source 'no-such-source' (not in knowledge/catalogue/sources.yaml nor in this profile's sources)",
                "necessity.success_share: count 5 is larger than total 4");
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(3, 6, 8);
        // Each kind of problem carries the values its message names, so that pages can word it in other languages.
        assertThat(problems).extracting(Problem::detail).containsExactlyInAnyOrder(
                new Problem.Detail("profile.jurisdiction", List.of("XX")),
                new Problem.Detail("profile.unknownSource", List.of("no-such-source")),
                new Problem.Detail("profile.countAboveTotal", List.of("necessity.success_share", "5", "4")));
    }

    @Test
    void aValueWithAnotherStateAndASchemaBreachCarryTheirKind() {
        assertThat(problems("id: t\nname: T\nfacts:\n  processing:\n    profiling: { state: undisclosed, value: true }\n"))
                .extracting(Problem::detail)
                .containsExactly(new Problem.Detail("profile.valueWithState", List.of("processing.profiling", "undisclosed")));
        Problem schema = problems("id: t\nname: T\nfacts:\n  retention:\n    days: -5\n").get(0);
        assertThat(schema.message()).isEqualTo("facts.retention.days: must have a minimum value of 0");
        assertThat(schema.detail()).isEqualTo(new Problem.Detail("schema.minimum", List.of("facts.retention.days", "0")));
    }

    @Test
    void missingRequiredFieldsAreReported() {
        assertThat(problems("facts: {}\n")).extracting(Problem::message).anyMatch(m -> m.contains("id"));
    }
}
