package org.asylon.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.asylon.core.fact.FactDefinition;
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
    private final Map<String, Integer> factOrder = new HashMap<>();
    /** Plans by instrument id; a plan is reused only for the very instrument it was made for. */
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    public Engine(KnowledgeBase knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
        for (FactDefinition definition : knowledge.facts().all()) {
            factOrder.put(definition.key(), factOrder.size());
        }
    }

    public AssessmentResult assess(Profile profile, Instrument instrument) {
        return assess(profile, List.of(instrument)).get(0);
    }

    public List<AssessmentResult> assess(Profile profile, List<Instrument> instruments) {
        ProfileFacts facts = new ProfileFacts(profile, knowledge.facts(), factOrder, knowledge.catalogue());
        String at = clock.instant().toString();
        List<AssessmentResult> results = new ArrayList<>(instruments.size());
        for (Instrument instrument : instruments) {
            Plan plan = plans.get(instrument.id());
            if (plan == null || plan.instrument != instrument) {
                plan = new Plan(instrument, knowledge.facts(), factOrder);
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
