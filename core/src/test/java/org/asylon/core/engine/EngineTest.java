package org.asylon.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.asylon.core.TestKnowledge;
import org.asylon.core.fact.FactState;
import org.asylon.core.finding.Application;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.ClassificationResult;
import org.asylon.core.finding.FactUse;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.FindingStatus;
import org.asylon.core.finding.ScoreResult;
import org.asylon.core.finding.Severity;
import org.asylon.core.finding.StepOutcome;
import org.asylon.core.finding.TestOutcome;
import org.asylon.core.finding.TestResult;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's semantics on a small instrument whose expected results are worked out by hand
 * in each test: three-valued rules, legal tests, counting classifications and interval scores.
 */
class EngineTest {

    static final String INSTRUMENT = """
            id: t
            version: 1.0.0
            title: Engine test
            appliesAsLaw: jurisdiction.eu
            changelog: [{ version: 1.0.0, date: 2026-11-27, changes: [First.] }]
            tests:
              - id: privacy
                title: Privacy
                right: privacy
                legalBasis: [echr-8]
                engagedWhen: data.device_contents
                steps: [{ id: legality, title: Legality }, { id: necessity, title: Necessity }]
            definitions:
              - id: weak_law
                when: '!purpose.law_foreseeable || !purpose.law_safeguards'
            rules:
              - { id: weak_law_fails, when: rule.weak_law, severity: high, title: W, explanation: W, legalBasis: [echr-8], test: privacy, step: legality }
              - id: ineffective
                when: necessity.success_share < 0.5
                severity: critical
                title: I
                explanation: Only {{necessity.success_share}} of uses served the aim.
                legalBasis: [charter-52-1]
                test: privacy
                step: necessity
              - { id: no_appeal, when: '!safeguards.appeal', severity: medium, title: A, explanation: A, legalBasis: [echr-13] }
              - id: profiling_without_review
                when: "processing.profiling && decisions.human_review != 'meaningful'"
                severity: high
                title: P
                explanation: P
                legalBasis: [gdpr-22]
            classifications:
              - id: dpia
                title: DPIA
                counts: [weak_law_fails, ineffective, no_appeal]
                outcomes:
                  - { value: required, when: 'met >= 2' }
                  - { value: likely, when: 'met + open >= 2' }
                  - { value: not_indicated, when: 'true' }
              - id: mode
                title: Mode
                outcomes:
                  - { value: remote, when: processing.remote_biometric }
                  - { value: local, when: 'true' }
            scores:
              - id: mitigation
                title: Mitigation
                items:
                  - { when: safeguards.appeal, points: 2 }
                  - { when: safeguards.notice, points: 2 }
              - id: impact
                title: Impact
                items:
                  - { when: data.device_contents, points: 4 }
                  - { when: processing.profiling, points: 3 }
                  - { when: population.children, points: 3 }
                adjustments:
                  - { when: 'score.mitigation >= 0.8 * score_max.mitigation', factor: 0.85 }
                bands:
                  - { minimum: 0, value: low }
                  - { minimum: 4, value: moderate }
                  - { minimum: 7, value: high }
            """;

    static KnowledgeBase knowledge;
    static Engine engine;

    @BeforeAll
    static void load(@TempDir Path temp) {
        knowledge = TestKnowledge.load(temp, INSTRUMENT);
        engine = new Engine(knowledge, engineClock());
    }

    static AssessmentResult assess(String facts) {
        Profile profile = TestKnowledge.profile(knowledge, "id: p\nname: P\n" + facts);
        return engine.assess(profile, knowledge.instrument("t").orElseThrow());
    }

    static Finding finding(AssessmentResult result, String id) {
        return result.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    static java.util.List<String> keys(java.util.List<FactUse> uses) {
        return uses.stream().map(FactUse::key).toList();
    }

    @Test
    void withNothingKnownNothingPassesAndEveryGapIsNamed() {
        AssessmentResult result = assess("");
        assertThat(result.application()).isEqualTo(Application.UNDETERMINED);
        assertThat(keys(result.applicationMissing())).containsExactly("jurisdiction.eu");
        assertThat(result.fired()).isEmpty();
        assertThat(result.undetermined()).extracting(Finding::id)
                .containsExactlyInAnyOrder("weak_law_fails", "ineffective", "no_appeal", "profiling_without_review");
        // The rule's own facts plus the test's engagement fact, exactly.
        assertThat(keys(finding(result, "weak_law_fails").missing()))
                .containsExactlyInAnyOrder("data.device_contents", "purpose.law_foreseeable", "purpose.law_safeguards");
        assertThat(keys(finding(result, "profiling_without_review").missing()))
                .containsExactlyInAnyOrder("processing.profiling", "decisions.human_review");
        // 0 met, 3 open: "met >= 2" is false, "met + open >= 2" holds.
        ClassificationResult dpia = result.classifications().get("dpia");
        assertThat(dpia.value()).isEqualTo("likely");
        assertThat(dpia.met()).isZero();
        assertThat(dpia.open()).isEqualTo(3);
        ClassificationResult mode = result.classifications().get("mode");
        assertThat(mode.determined()).isFalse();
        assertThat(mode.candidates()).containsExactly("remote", "local");
        assertThat(keys(mode.missing())).containsExactly("processing.remote_biometric");
        // Every item may or may not hold: impact is 0 to 4 + 3 + 3 = 10; the adjustment may or may not apply.
        ScoreResult impact = result.scores().get("impact");
        assertThat(impact.low()).isEqualTo(0.0);
        assertThat(impact.high()).isEqualTo(10.0);
        assertThat(impact.band()).isNull();
        assertThat(impact.candidateBands()).containsExactly("low", "moderate", "high");
        TestResult privacy = result.tests().get(0);
        assertThat(privacy.outcome()).isEqualTo(TestOutcome.UNDETERMINED);
        assertThat(keys(privacy.missing())).containsExactly("data.device_contents");
    }

    @Test
    void knownFactsDecideAndExplain() {
        AssessmentResult result = assess("""
                jurisdictions: [DE]
                facts:
                  data: { device_contents: true }
                  purpose: { law_foreseeable: false }
                  necessity: { success_share: { count: 36, total: 100 } }
                  safeguards: { appeal: true, notice: true }
                  processing: { profiling: false }
                  population: { children: false }
                """);
        assertThat(result.application()).isEqualTo(Application.LAW);
        assertThat(result.fired()).extracting(Finding::id).containsExactly("ineffective", "weak_law_fails");
        assertThat(result.undetermined()).isEmpty();
        assertThat(result.worstSeverity()).contains(Severity.CRITICAL);
        Finding weakLaw = finding(result, "weak_law_fails");
        // "!false || x" holds whatever the safeguards fact is, so only the known facts are cited.
        assertThat(keys(weakLaw.facts())).containsExactlyInAnyOrder("data.device_contents", "purpose.law_foreseeable");
        assertThat(finding(result, "ineffective").explanation()).isEqualTo("Only 36 of 100 (36%) of uses served the aim.");
        assertThat(result.classifications().get("dpia").value()).isEqualTo("required");
        assertThat(result.classifications().get("dpia").counted()).containsExactly("weak_law_fails", "ineffective");
        // Mitigation 2 + 2 = 4 of 4; 4 >= 0.8 * 4, so impact (4 + 0 + 0) is multiplied by 0.85 = 3.4: band "low".
        assertThat(result.scores().get("mitigation").low()).isEqualTo(4.0);
        ScoreResult impact = result.scores().get("impact");
        assertThat(impact.low()).isEqualTo(3.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(impact.determined()).isTrue();
        assertThat(impact.band()).isEqualTo("low");
        TestResult privacy = result.tests().get(0);
        assertThat(privacy.outcome()).isEqualTo(TestOutcome.FAILS);
        assertThat(privacy.failedAt()).isEqualTo("legality");
        assertThat(privacy.steps()).extracting(s -> s.outcome()).containsExactly(StepOutcome.FAILED, StepOutcome.FAILED);
    }

    @Test
    void aTestPassesOnlyWhenEveryStepIsShownToBeMet() {
        AssessmentResult result = assess("""
                jurisdictions: [DE]
                facts:
                  data: { device_contents: true }
                  purpose: { law_foreseeable: true, law_safeguards: true }
                  necessity: { success_share: 0.9 }
                """);
        assertThat(result.tests().get(0).outcome()).isEqualTo(TestOutcome.PASSES);
    }

    @Test
    void rulesOfATestThatIsNotEngagedDoNotFire() {
        AssessmentResult result = assess("""
                facts:
                  data: { device_contents: false }
                  purpose: { law_foreseeable: false }
                """);
        assertThat(result.tests().get(0).outcome()).isEqualTo(TestOutcome.NOT_ENGAGED);
        assertThat(finding(result, "weak_law_fails")).isNull();
    }

    @Test
    void outsideTheEuResultsAreABenchmark() {
        assertThat(assess("jurisdictions: [GB]\n").application()).isEqualTo(Application.BENCHMARK);
    }

    @Test
    void undisclosedAndContestedFactsAreMissingWithTheirState() {
        AssessmentResult result = assess("""
                facts:
                  safeguards:
                    appeal: { state: undisclosed }
                  processing:
                    profiling: { state: contested, claims: [{ value: true }, { value: false }] }
                """);
        Finding appeal = finding(result, "no_appeal");
        assertThat(appeal.status()).isEqualTo(FindingStatus.UNDETERMINED);
        assertThat(appeal.missing()).extracting(FactUse::state).containsExactly(FactState.UNDISCLOSED);
        assertThat(finding(result, "profiling_without_review").missing())
                .filteredOn(use -> use.key().equals("processing.profiling"))
                .extracting(FactUse::state).containsExactly(FactState.CONTESTED);
    }

    @Test
    void evaluationIsDeterministic() {
        String facts = "jurisdictions: [FR]\nfacts:\n  data: { device_contents: true }\n";
        assertThat(assess(facts)).isEqualTo(assess(facts));
    }

    /**
     * One engine is shared by the web platform's threads, and it reuses the variables of the
     * profile it saw last: threads interleaving two profiles must each get exactly the result a
     * lone call gives.
     */
    @Test
    void concurrentAssessmentsOfInterleavedProfilesMatchSequentialOnes() throws Exception {
        String one = "jurisdictions: [FR]\nfacts:\n  data: { device_contents: true }\n  safeguards: { appeal: false }\n";
        String two = "jurisdictions: [US]\nfacts:\n  processing: { profiling: true }\n  necessity: { success_share: 0.2 }\n";
        Profile first = TestKnowledge.profile(knowledge, "id: p1\nname: P1\n" + one);
        Profile second = TestKnowledge.profile(knowledge, "id: p2\nname: P2\n" + two);
        var instrument = knowledge.instrument("t").orElseThrow();
        AssessmentResult expectedFirst = new Engine(knowledge, engineClock()).assess(first, instrument);
        AssessmentResult expectedSecond = new Engine(knowledge, engineClock()).assess(second, instrument);
        assertThat(expectedFirst).isNotEqualTo(expectedSecond);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < 400; i++) {
                boolean odd = i % 2 == 1;
                futures.add(pool.submit(() -> odd
                        ? engine.assess(second, instrument).equals(expectedSecond)
                        : engine.assess(first, instrument).equals(expectedFirst)));
            }
            for (var future : futures) {
                assertThat(future.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Clock engineClock() {
        return Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void provenanceNamesVersionsAndDigests() {
        AssessmentResult result = assess("");
        assertThat(result.provenance().instrumentId()).isEqualTo("t");
        assertThat(result.provenance().instrumentVersion()).isEqualTo("1.0.0");
        assertThat(result.provenance().knowledgeHash()).hasSize(64).isEqualTo(knowledge.digest());
        assertThat(result.provenance().profileHash()).hasSize(64);
        assertThat(result.provenance().evaluatedAt()).isEqualTo("2026-11-27T00:00:00Z");
        assertThat(Map.of("v", result.provenance().asylonVersion())).doesNotContainValue(null);
    }
}
