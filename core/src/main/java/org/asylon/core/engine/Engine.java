package org.asylon.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;

/**
 * Applies instruments to a profile. Stateless apart from the knowledge base and the clock used
 * for provenance; the same inputs and clock give the same result.
 */
public final class Engine {

    private final KnowledgeBase knowledge;
    private final Clock clock;

    public Engine(KnowledgeBase knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    public AssessmentResult assess(Profile profile, Instrument instrument) {
        return assess(profile, List.of(instrument)).get(0);
    }

    public List<AssessmentResult> assess(Profile profile, List<Instrument> instruments) {
        ProfileFacts facts = new ProfileFacts(profile, knowledge.facts(), knowledge.catalogue());
        String at = clock.instant().toString();
        List<AssessmentResult> results = new ArrayList<>(instruments.size());
        for (Instrument instrument : instruments) {
            results.add(new Evaluator(instrument, facts, knowledge, at).run());
        }
        return List.copyOf(results);
    }

    /** The version of Asylon that produced a result, from the build. */
    public static String version() {
        return Version.VALUE;
    }
}
