package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.asylon.core.expression.Bindings;
import org.asylon.core.expression.Condition;
import org.asylon.core.expression.Evaluation;
import org.asylon.core.expression.Truth;
import org.asylon.core.fact.Fact;
import org.asylon.core.finding.Application;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.ClassificationResult;
import org.asylon.core.finding.FactUse;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.FindingStatus;
import org.asylon.core.finding.Provenance;
import org.asylon.core.finding.ScoreResult;
import org.asylon.core.finding.StepOutcome;
import org.asylon.core.finding.StepResult;
import org.asylon.core.finding.TestOutcome;
import org.asylon.core.finding.TestResult;
import org.asylon.core.instrument.Adjustment;
import org.asylon.core.instrument.Band;
import org.asylon.core.instrument.Classification;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.LegalTest;
import org.asylon.core.instrument.Outcome;
import org.asylon.core.instrument.Rule;
import org.asylon.core.instrument.Score;
import org.asylon.core.instrument.ScoreItem;
import org.asylon.core.instrument.Step;
import org.asylon.core.knowledge.KnowledgeBase;

/**
 * One instrument applied to one profile. Parts are evaluated in the instrument's dependency
 * order; each part's three-valued result is bound as a variable for the parts that read it,
 * and each undecided part remembers exactly which facts it lacks.
 */
final class Evaluator implements Bindings {

    private final Plan plan;
    private final Instrument instrument;
    private final ProfileFacts facts;
    private final KnowledgeBase knowledge;
    private final String evaluatedAt;
    /** Values of this instrument's own parts (rules, classifications, scores) and counters. */
    private final Map<String, Object> local = new HashMap<>();
    /** For each evaluated part: its truth (rules, tests) and the facts it lacks when undecided. */
    private final Map<String, Evaluation> parts = new HashMap<>();
    private final Map<String, ClassificationResult> classifications = new LinkedHashMap<>();
    private final Map<String, ScoreResult> scores = new LinkedHashMap<>();

    Evaluator(Plan plan, ProfileFacts facts, KnowledgeBase knowledge, String evaluatedAt) {
        this.plan = plan;
        this.instrument = plan.instrument;
        this.facts = facts;
        this.knowledge = knowledge;
        this.evaluatedAt = evaluatedAt;
        for (Score score : instrument.scores()) {
            local.put("score_max." + score.id(), score.maximum());
        }
    }

    @Override
    public Object value(String name) {
        Object own = local.get(name);
        return own != null ? own : facts.value(name);
    }

    AssessmentResult run() {
        for (Plan.Part part : plan.order) {
            switch (part.kind()) {
                case TEST -> {
                    Condition engaged = ((LegalTest) part.target()).engaged();
                    store(part.name(), engaged == null ? Evaluation.TRUE : engaged.evaluate(this));
                }
                case RULE -> evaluateRule(part.name(), (Rule) part.target());
                case DEFINITION -> store(part.name(), ((org.asylon.core.instrument.Definition) part.target()).when().evaluate(this));
                case CLASSIFICATION -> evaluateClassification(part.name(), (Classification) part.target());
                case SCORE -> evaluateScore(part.name(), (Score) part.target());
            }
        }

        List<Finding> findings = new ArrayList<>();
        for (Rule rule : instrument.rules()) {
            Evaluation evaluation = parts.get("rule." + rule.id());
            if (evaluation.truth() != Truth.FALSE) {
                findings.add(finding(rule, evaluation));
            }
        }
        findings.sort(Comparator.comparing(Finding::status).thenComparing(Finding::severity));

        Application application = Application.LAW;
        List<FactUse> applicationMissing = List.of();
        if (instrument.appliesAsLaw() != null) {
            Evaluation applies = instrument.appliesAsLaw().evaluate(this);
            application = switch (applies.truth()) {
                case TRUE -> Application.LAW;
                case FALSE -> Application.BENCHMARK;
                case UNKNOWN -> Application.UNDETERMINED;
            };
            applicationMissing = facts.uses(missingFacts(applies.missing()));
        }

        Provenance provenance = new Provenance(Engine.version(), knowledge.digest(), instrument.id(),
                instrument.version(), instrument.file(), facts.profile().file(), facts.profile().digest(), evaluatedAt);
        return new AssessmentResult(facts.profile().id(), facts.profile().name(), instrument.id(), instrument.version(),
                instrument.title(), application, instrument.benchmarkNote(), applicationMissing, findings,
                testResults(findings), classifications, scores, provenance);
    }

    /** A rule in a test fires only where the test's right is engaged (Kleene conjunction). */
    private void evaluateRule(String part, Rule rule) {
        Evaluation when = rule.when().evaluate(this);
        if (rule.test() != null) {
            Evaluation engaged = parts.get("test." + rule.test());
            Truth truth = engaged.truth().and(when.truth());
            Set<String> missing = new LinkedHashSet<>();
            if (truth == Truth.UNKNOWN) {
                if (engaged.truth() == Truth.UNKNOWN) {
                    missing.addAll(engaged.missing());
                }
                if (when.truth() == Truth.UNKNOWN) {
                    missing.addAll(when.missing());
                }
            }
            when = new Evaluation(truth, missing);
        }
        store(part, when);
    }

    private void evaluateClassification(String part, Classification classification) {
        int met = 0;
        int open = 0;
        Set<String> openMissing = new LinkedHashSet<>();
        List<String> counted = new ArrayList<>();
        for (String ruleId : classification.counts()) {
            Evaluation evaluation = parts.get("rule." + ruleId);
            if (evaluation.truth() == Truth.TRUE) {
                met++;
                counted.add(ruleId);
            } else if (evaluation.truth() == Truth.UNKNOWN) {
                open++;
                openMissing.addAll(evaluation.missing());
            }
        }
        boolean counting = !classification.counts().isEmpty();
        if (counting) {
            local.put("met", (long) met);
            local.put("open", (long) open);
        }
        List<String> candidates = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>(openMissing);
        Outcome chosen = null;
        for (Outcome outcome : classification.outcomes()) {
            Evaluation evaluation = outcome.when().evaluate(this);
            if (evaluation.truth() == Truth.TRUE) {
                candidates.add(outcome.value());
                if (candidates.size() == 1) {
                    chosen = outcome;
                }
                break;
            }
            if (evaluation.truth() == Truth.UNKNOWN) {
                candidates.add(outcome.value());
                missing.addAll(evaluation.missing());
            }
        }
        if (counting) {
            local.remove("met");
            local.remove("open");
        }
        boolean determined = chosen != null;
        if (determined) {
            local.put(part, chosen.value());
        }
        parts.put(part, new Evaluation(determined ? Truth.TRUE : Truth.UNKNOWN, determined ? Set.of() : missingFacts(missing)));
        classifications.put(classification.id(), new ClassificationResult(classification.id(), classification.title(),
                determined ? chosen.value() : null, determined ? chosen.label() : null,
                determined ? render(chosen.explanation()) : null, candidates,
                determined ? chosen.legalBasis() : List.of(), counting ? met : null, counting ? open : null,
                counted, facts.uses(missingFacts(missing))));
    }

    /** Scores are intervals: undecided items widen the interval instead of counting as zero. */
    private void evaluateScore(String part, Score score) {
        double low = 0;
        double high = 0;
        Set<String> missing = new LinkedHashSet<>();
        for (ScoreItem item : score.items()) {
            Evaluation evaluation = item.when().evaluate(this);
            if (evaluation.truth() == Truth.TRUE) {
                low += item.points();
                high += item.points();
            } else if (evaluation.truth() == Truth.UNKNOWN) {
                low += Math.min(item.points(), 0);
                high += Math.max(item.points(), 0);
                missing.addAll(evaluation.missing());
            }
        }
        for (Adjustment adjustment : score.adjustments()) {
            Evaluation evaluation = adjustment.when().evaluate(this);
            if (evaluation.truth() == Truth.TRUE) {
                low *= adjustment.factor();
                high *= adjustment.factor();
            } else if (evaluation.truth() == Truth.UNKNOWN) {
                double adjustedLow = low * adjustment.factor();
                double adjustedHigh = high * adjustment.factor();
                low = Math.min(low, adjustedLow);
                high = Math.max(high, adjustedHigh);
                missing.addAll(evaluation.missing());
            }
        }
        String lowBand = band(score.bands(), low);
        String highBand = band(score.bands(), high);
        List<String> candidateBands = new ArrayList<>();
        boolean inRange = false;
        for (Band band : score.bands()) {
            inRange |= band.value().equals(lowBand);
            if (inRange) {
                candidateBands.add(band.value());
            }
            if (band.value().equals(highBand)) {
                break;
            }
        }
        boolean determined = low == high;
        if (determined) {
            local.put(part, low);
        }
        Set<String> missingFacts = missingFacts(missing);
        parts.put(part, new Evaluation(determined ? Truth.TRUE : Truth.UNKNOWN, determined ? Set.of() : missingFacts));
        String decidedBand = lowBand != null && lowBand.equals(highBand) ? lowBand : null;
        scores.put(score.id(), new ScoreResult(score.id(), score.title(), low, high, score.maximum(), decidedBand,
                candidateBands, facts.uses(missingFacts)));
    }

    private static String band(List<Band> bands, double value) {
        String found = null;
        for (Band band : bands) {
            if (value >= band.minimum()) {
                found = band.value();
            }
        }
        return found;
    }

    /** Binds a boolean part's value and remembers the facts it lacks, expanded to facts. */
    private void store(String part, Evaluation evaluation) {
        if (evaluation.truth() != Truth.UNKNOWN) {
            local.put(part, evaluation.truth() == Truth.TRUE);
        }
        parts.put(part, evaluation.missing().isEmpty() ? evaluation
                : new Evaluation(evaluation.truth(), missingFacts(evaluation.missing())));
    }

    /** Expands missing variables to facts: a missing part stands for the facts it lacks. */
    private Set<String> missingFacts(Set<String> variables) {
        if (variables.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String variable : variables) {
            Evaluation part = parts.get(variable);
            if (part != null) {
                out.addAll(part.missing());
            } else if (knowledge.facts().contains(variable)) {
                out.add(variable);
            }
        }
        return out;
    }

    private Finding finding(Rule rule, Evaluation evaluation) {
        FindingStatus status = evaluation.truth() == Truth.TRUE ? FindingStatus.FIRED : FindingStatus.UNDETERMINED;
        return new Finding(rule.id(), status, rule.severity(), rule.title(), render(rule.explanation()),
                rule.standard(), rule.legalBasis(), rule.recommendations(), rule.test(), rule.step(),
                rule.when().text(), facts.knownUses(plan.ruleFacts.get(rule.id())), facts.uses(evaluation.missing()));
    }

    /** Fills {{fact.key}} placeholders with the fact's value, or says it is not known. */
    private String render(String text) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        List<String> parts = plan.template(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
            } else {
                Fact fact = facts.fact(parts.get(i));
                out.append(fact.isKnown() ? display(fact.value()) : "(" + fact.state().id() + ")");
            }
        }
        return out.toString();
    }

    static String display(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private List<TestResult> testResults(List<Finding> findings) {
        List<TestResult> results = new ArrayList<>();
        Map<String, List<Finding>> byStep = new HashMap<>();
        for (Finding finding : findings) {
            String step = plan.stepOfRule.get(finding.id());
            if (step != null) {
                byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(finding);
            }
        }
        for (LegalTest test : instrument.tests()) {
            Evaluation engaged = parts.get("test." + test.id());
            List<StepResult> steps = new ArrayList<>();
            String failedAt = null;
            String undecidedAt = null;
            for (Step step : test.steps()) {
                List<Finding> inStep = byStep.getOrDefault(test.id() + "/" + step.id(), List.of());
                StepOutcome outcome;
                if (!plan.assessed(test.id(), step.id()) || engaged.truth() == Truth.FALSE) {
                    outcome = StepOutcome.NOT_ASSESSED;
                } else if (inStep.stream().anyMatch(f -> f.status() == FindingStatus.FIRED)) {
                    outcome = StepOutcome.FAILED;
                    failedAt = failedAt == null ? step.id() : failedAt;
                } else if (!inStep.isEmpty()) {
                    outcome = StepOutcome.UNDETERMINED;
                    undecidedAt = undecidedAt == null ? step.id() : undecidedAt;
                } else {
                    outcome = StepOutcome.PASSED;
                }
                steps.add(new StepResult(step.id(), step.title(), outcome, inStep.stream().map(Finding::id).toList()));
            }
            TestOutcome outcome;
            if (engaged.truth() == Truth.FALSE) {
                outcome = TestOutcome.NOT_ENGAGED;
            } else if (failedAt != null) {
                outcome = TestOutcome.FAILS;
            } else if (undecidedAt != null || engaged.truth() == Truth.UNKNOWN) {
                outcome = TestOutcome.UNDETERMINED;
            } else {
                outcome = TestOutcome.PASSES;
            }
            results.add(new TestResult(test.id(), test.title(), test.right(), test.legalBasis(), outcome,
                    failedAt, steps, facts.uses(engaged.missing())));
        }
        return results;
    }
}
