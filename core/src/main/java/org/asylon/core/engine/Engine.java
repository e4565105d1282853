package org.asylon.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final FactIndex factIndex;
    /** Plans by instrument id; a plan is reused only for the very instrument it was made for. */
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    /**
     * The variables of the profile assessed last: callers that assess one profile against
     * instruments one at a time reuse them. Profiles are immutable, so identity is enough.
     */
    private volatile ProfileFacts lastFacts;

    public Engine(KnowledgeBase knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
        this.factIndex = new FactIndex(knowledge.facts());
    }

    public AssessmentResult assess(Profile profile, Instrument instrument) {
        return assess(profile, List.of(instrument)).get(0);
    }

    public List<AssessmentResult> assess(Profile profile, List<Instrument> instruments) {
        ProfileFacts facts = lastFacts;
        if (facts == null || facts.profile() != profile) {
            facts = new ProfileFacts(profile, factIndex, knowledge.catalogue());
            lastFacts = facts;
        }
        String at = clock.instant().toString();
        List<AssessmentResult> results = new ArrayList<>(instruments.size());
        for (Instrument instrument : instruments) {
            Plan plan = plans.get(instrument.id());
            if (plan == null || plan.instrument != instrument) {
                plan = new Plan(instrument, knowledge.facts(), factIndex);
                plans.put(instrument.id(), plan);
            }
            results.add(new Evaluator(plan, facts, knowledge, at).run());
        }
        return List.copyOf(results);
    }

    /** The version of Asylon that produced a result, from the build. */
    public static String version() {
        return Version.VALUE;
    }
}
