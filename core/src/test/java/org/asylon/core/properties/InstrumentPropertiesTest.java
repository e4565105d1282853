package org.asylon.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.asylon.core.TestKnowledge;
import org.asylon.core.engine.Engine;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.FactType;
import org.asylon.core.fact.Polarity;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.FindingStatus;
import org.asylon.core.finding.Severity;
import org.asylon.core.finding.TestOutcome;
import org.asylon.core.finding.TestResult;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.profile.Profile;

/**
 * Properties every shipped instrument must have, checked on random profiles: knowing less never
 * turns a concern into a pass; adding a safeguard or removing a risk never makes a result graver;
 * the same input gives the same result.
 */
class InstrumentPropertiesTest {

    static KnowledgeBase knowledge;
    static Engine engine;
    static List<Instrument> instruments;

    @BeforeContainer
    static void load() {
        knowledge = KnowledgeLoader.load(TestKnowledge.PROJECT);
        engine = new Engine(knowledge, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        instruments = knowledge.allInstruments();
        assertThat(instruments).as("the knowledge base ships instruments").isNotEmpty();
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return ProfileArbitraries.profiles(knowledge.facts());
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Property(tries = 150)
    void knowingLessNeverTurnsAConcernIntoAPass(@ForAll("profiles") Profile profile, @ForAll("picks") int pick) {
        List<String> known = profile.facts().values().stream().filter(Fact::isKnown).map(Fact::key).sorted().toList();
        if (known.isEmpty()) {
            return;
        }
        String forgotten = known.get(pick % known.size());
        Profile lessKnown = profile.withFact(Fact.withState(forgotten, FactState.UNKNOWN));
        List<AssessmentResult> before = engine.assess(profile, instruments);
        List<AssessmentResult> after = engine.assess(lessKnown, instruments);
        for (int i = 0; i < before.size(); i++) {
            Map<String, FindingStatus> afterStatus = statuses(after.get(i));
            for (Finding finding : before.get(i).findings()) {
                assertThat(afterStatus.get(finding.id()))
                        .as("%s/%s was %s; with %s unknown it must not pass", before.get(i).instrumentId(), finding.id(),
                                finding.status(), forgotten)
                        .isNotNull();
            }
            for (int t = 0; t < before.get(i).tests().size(); t++) {
                TestResult was = before.get(i).tests().get(t);
                if (was.outcome() == TestOutcome.FAILS || was.outcome() == TestOutcome.UNDETERMINED) {
                    assertThat(after.get(i).tests().get(t).outcome())
                            .as("%s test %s with %s unknown", before.get(i).instrumentId(), was.id(), forgotten)
                            .isIn(TestOutcome.FAILS, TestOutcome.UNDETERMINED);
                }
            }
        }
    }

    @Property(tries = 150)
    void aSafeguardAddedOrARiskRemovedNeverMakesResultsGraver(@ForAll("profiles") Profile profile, @ForAll("picks") int pick) {
        List<FactDefinition> polar = knowledge.facts().writable().stream()
                .filter(f -> f.type() == FactType.BOOLEAN && f.polarity() != null).toList();
        FactDefinition changed = polar.get(pick % polar.size());
        boolean safer = changed.polarity() == Polarity.PROTECTIVE;
        Profile better = profile.withFact(Fact.known(changed.key(), safer));
        List<AssessmentResult> before = engine.assess(profile, instruments);
        List<AssessmentResult> after = engine.assess(better, instruments);
        for (int i = 0; i < before.size(); i++) {
            Optional<Severity> was = before.get(i).worstSeverity();
            Optional<Severity> now = after.get(i).worstSeverity();
            if (now.isPresent()) {
                assertThat(was)
                        .as("%s: setting %s to %s made the worst severity %s (was %s); fired now: %s",
                                before.get(i).instrumentId(), changed.key(), safer, now.get(), was.orElse(null),
                                after.get(i).fired().stream().map(Finding::id).toList())
                        .isPresent();
                assertThat(now.get().ordinal()).isGreaterThanOrEqualTo(was.get().ordinal());
            }
        }
    }

    @Property(tries = 50)
    void evaluationIsDeterministic(@ForAll("profiles") Profile profile) {
        assertThat(engine.assess(profile, instruments)).isEqualTo(engine.assess(profile, instruments));
    }

    private static Map<String, FindingStatus> statuses(AssessmentResult result) {
        Map<String, FindingStatus> out = new HashMap<>();
        result.findings().forEach(f -> out.put(f.id(), f.status()));
        return out;
    }
}
