package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.expression.Bindings;
import org.asylon.core.expression.Condition;
import org.asylon.core.expression.Evaluation;
import org.asylon.core.expression.Truth;
import org.asylon.core.expression.Variable;
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
import org.asylon.core.instrument.Definition;
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
    /** Values of the names the instrument binds itself (parts, score maxima, counters), by slot. */
    private final Object[] values;
    /** For each evaluated part, by slot: its truth. */
    private final Truth[] truths;
    /** For each undecided part, by slot: the facts it lacks, by fact index (else null). */
    private final FactSet[] lacking;
    private final Map<String, ClassificationResult> classifications = new LinkedHashMap<>();
    private final Map<String, ScoreResult> scores = new LinkedHashMap<>();

    Evaluator(Plan plan, ProfileFacts facts, KnowledgeBase knowledge, String evaluatedAt) {
        this.plan = plan;
        this.instrument = plan.instrument;
        this.facts = facts;
        this.knowledge = knowledge;
        this.evaluatedAt = evaluatedAt;
        this.values = plan.initialValues();
        this.truths = new Truth[plan.size()];
        this.lacking = new FactSet[plan.size()];
    }

    @Override
    public Object value(String name) {
        return valueAt(plan.slot(name));
    }

    @Override
    public Object value(Variable variable) {
        return valueAt(plan.slot(variable));
    }

    private Object valueAt(int slot) {
        if (slot < 0) {
            return null;
        }
        return slot < values.length ? values[slot] : facts.value(slot - values.length);
    }

    AssessmentResult run() {
        for (Plan.Part part : plan.order) {
            switch (part.kind()) {
                case TEST -> {
                    Condition engaged = ((LegalTest) part.target()).engaged();
                    store(part.slot(), engaged == null ? Evaluation.TRUE : engaged.evaluate(this));
                }
                case RULE -> evaluateRule(part);
                case DEFINITION -> store(part.slot(), ((Definition) part.target()).when().evaluate(this));
                case CLASSIFICATION -> evaluateClassification(part);
                case SCORE -> evaluateScore(part.slot(), (Score) part.target());
            }
        }

        // Fired findings first, then undetermined ones, each gravest first (rules already in that order).
        List<Finding> findings = new ArrayList<>(plan.rulesBySeverity.size());
        @SuppressWarnings("unchecked")
        List<Finding>[] byStep = new List[plan.steps];
        for (Truth wanted : List.of(Truth.TRUE, Truth.UNKNOWN)) {
            for (Plan.Part rule : plan.rulesBySeverity) {
                if (truths[rule.slot()] == wanted) {
                    Finding finding = finding(rule);
                    findings.add(finding);
                    if (rule.step() >= 0) {
                        if (byStep[rule.step()] == null) {
                            byStep[rule.step()] = new ArrayList<>(4);
                        }
                        byStep[rule.step()].add(finding);
                    }
                }
            }
        }

        Application application = Application.LAW;
        List<FactUse> applicationMissing = List.of();
        if (instrument.appliesAsLaw() != null) {
            Evaluation applies = instrument.appliesAsLaw().evaluate(this);
            application = switch (applies.truth()) {
                case TRUE -> Application.LAW;
                case FALSE -> Application.BENCHMARK;
                case UNKNOWN -> Application.UNDETERMINED;
            };
            applicationMissing = facts.uses(lackedBy(applies, null));
        }

        Provenance provenance = new Provenance(Engine.version(), knowledge.digest(), instrument.id(),
                instrument.version(), instrument.file(), facts.profile().file(), facts.profile().digest(), evaluatedAt);
        return new AssessmentResult(facts.profile().id(), facts.profile().name(), instrument.id(), instrument.version(),
                instrument.title(), application, instrument.benchmarkNote(), applicationMissing, findings,
                testResults(byStep), classifications, scores, provenance);
    }

    /**
     * A rule in a test fires only where the test's right is engaged (Kleene conjunction): an
     * unengaged test makes it false; an undecided one leaves it undecided, lacking the facts of
     * both.
     */
    private void evaluateRule(Plan.Part part) {
        Evaluation when = ((Rule) part.target()).when().evaluate(this);
        Truth engaged = part.testSlot() < 0 ? Truth.TRUE : truths[part.testSlot()];
        if (engaged == Truth.FALSE) {
            store(part.slot(), Evaluation.FALSE);
        } else if (engaged == Truth.UNKNOWN && when.truth() != Truth.FALSE) {
            truths[part.slot()] = Truth.UNKNOWN;
            lacking[part.slot()] = lackedBy(when, lacking[part.testSlot()]);
        } else {
            store(part.slot(), when);
        }
    }

    private void evaluateClassification(Plan.Part part) {
        Classification classification = (Classification) part.target();
        int met = 0;
        int open = 0;
        FactSet missing = null;
        List<String> counted = new ArrayList<>();
        for (int i = 0; i < part.counted().length; i++) {
            int rule = part.counted()[i];
            if (truths[rule] == Truth.TRUE) {
                met++;
                counted.add(classification.counts().get(i));
            } else if (truths[rule] == Truth.UNKNOWN) {
                open++;
                missing = union(missing, lacking[rule]);
            }
        }
        boolean counting = !classification.counts().isEmpty();
        if (counting) {
            values[plan.metSlot] = (long) met;
            values[plan.openSlot] = (long) open;
        }
        List<String> candidates = new ArrayList<>();
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
                missing = lackedBy(evaluation, missing);
            }
        }
        values[plan.metSlot] = null;
        values[plan.openSlot] = null;
        boolean determined = chosen != null;
        if (determined) {
            values[part.slot()] = chosen.value();
        }
        truths[part.slot()] = determined ? Truth.TRUE : Truth.UNKNOWN;
        lacking[part.slot()] = determined ? null : missing;
        classifications.put(classification.id(), new ClassificationResult(classification.id(), classification.title(),
                determined ? chosen.value() : null, determined ? chosen.label() : null,
                determined ? render(chosen.explanation()) : null, candidates,
                determined ? chosen.legalBasis() : List.of(), counting ? met : null, counting ? open : null,
                counted, facts.uses(missing)));
    }

    /** Scores are intervals: undecided items widen the interval instead of counting as zero. */
    private void evaluateScore(int slot, Score score) {
        double low = 0;
        double high = 0;
        FactSet missing = null;
        for (ScoreItem item : score.items()) {
            Evaluation evaluation = item.when().evaluate(this);
            if (evaluation.truth() == Truth.TRUE) {
                low += item.points();
                high += item.points();
            } else if (evaluation.truth() == Truth.UNKNOWN) {
                low += Math.min(item.points(), 0);
                high += Math.max(item.points(), 0);
                missing = lackedBy(evaluation, missing);
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
                missing = lackedBy(evaluation, missing);
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
            values[slot] = low;
        }
        truths[slot] = determined ? Truth.TRUE : Truth.UNKNOWN;
        lacking[slot] = determined ? null : missing;
        String decidedBand = lowBand != null && lowBand.equals(highBand) ? lowBand : null;
        scores.put(score.id(), new ScoreResult(score.id(), score.title(), low, high, score.maximum(), decidedBand,
                candidateBands, facts.uses(missing)));
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

    /** Binds a boolean part's value and remembers the facts it lacks. */
    private void store(int slot, Evaluation evaluation) {
        truths[slot] = evaluation.truth();
        if (evaluation.truth() != Truth.UNKNOWN) {
            values[slot] = evaluation.truth() == Truth.TRUE;
        } else {
            lacking[slot] = lackedBy(evaluation, null);
        }
    }

    /**
     * The facts lacked through an evaluation's missing variables, added to {@code to} (which is
     * not changed): a missing part stands for the facts it lacks.
     */
    private FactSet lackedBy(Evaluation evaluation, FactSet to) {
        FactSet out = to == null ? null : to.copy();
        for (int i = 0; i < evaluation.missingCount(); i++) {
            int slot = plan.slot(evaluation.missingVariable(i));
            if (slot >= 0 && slot < values.length) {
                out = union(out, lacking[slot]);
            } else if (plan.isFact(slot)) {
                out = out == null ? new FactSet(facts.size()) : out;
                out.add(slot - values.length);
            }
        }
        return out;
    }

    /** The union of two sets, changing only a set this evaluator made for itself ({@code into}). */
    private static FactSet union(FactSet into, FactSet more) {
        if (more == null) {
            return into;
        }
        if (into == null) {
            return more.copy();
        }
        into.addAll(more);
        return into;
    }

    private Finding finding(Plan.Part part) {
        Rule rule = (Rule) part.target();
        boolean fired = truths[part.slot()] == Truth.TRUE;
        return new Finding(rule.id(), fired ? FindingStatus.FIRED : FindingStatus.UNDETERMINED, rule.severity(),
                rule.title(), part.explanation() == null ? rule.explanation() : part.explanation().render(facts), rule.standard(), rule.legalBasis(),
                rule.recommendations(), rule.test(), rule.step(), rule.when().text(),
                facts.knownUses(part.factsRead()), fired ? List.of() : facts.uses(lacking[part.slot()]));
    }

    /** Fills {{fact.key}} placeholders with the fact's value, or says it is not known. */
    private String render(String text) {
        return text == null || !text.contains("{{") ? text : plan.explanation(text).render(facts);
    }

    private static boolean anyFired(List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.status() == FindingStatus.FIRED) {
                return true;
            }
        }
        return false;
    }

    /** The legal tests' outcomes, from the findings of each step ({@code byStep}, see {@link Plan#firstStep}). */
    private List<TestResult> testResults(List<Finding>[] byStep) {
        List<TestResult> results = new ArrayList<>(plan.testSlots.length);
        for (int t = 0; t < plan.testSlots.length; t++) {
            LegalTest test = instrument.tests().get(t);
            Truth engaged = truths[plan.testSlots[t]];
            List<StepResult> steps = new ArrayList<>();
            String failedAt = null;
            String undecidedAt = null;
            for (int s = 0; s < test.steps().size(); s++) {
                Step step = test.steps().get(s);
                List<Finding> inStep = byStep[plan.firstStep[t] + s] == null ? List.of() : byStep[plan.firstStep[t] + s];
                StepOutcome outcome;
                if (!plan.assessed[plan.firstStep[t] + s] || engaged == Truth.FALSE) {
                    outcome = StepOutcome.NOT_ASSESSED;
                } else if (anyFired(inStep)) {
                    outcome = StepOutcome.FAILED;
                    failedAt = failedAt == null ? step.id() : failedAt;
                } else if (!inStep.isEmpty()) {
                    outcome = StepOutcome.UNDETERMINED;
                    undecidedAt = undecidedAt == null ? step.id() : undecidedAt;
                } else {
                    outcome = StepOutcome.PASSED;
                }
                String[] ids = new String[inStep.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = inStep.get(i).id();
                }
                steps.add(new StepResult(step.id(), step.title(), outcome, List.of(ids)));
            }
            TestOutcome outcome;
            if (engaged == Truth.FALSE) {
                outcome = TestOutcome.NOT_ENGAGED;
            } else if (failedAt != null) {
                outcome = TestOutcome.FAILS;
            } else if (undecidedAt != null || engaged == Truth.UNKNOWN) {
                outcome = TestOutcome.UNDETERMINED;
            } else {
                outcome = TestOutcome.PASSES;
            }
            results.add(new TestResult(test.id(), test.title(), test.right(), test.legalBasis(), outcome,
                    failedAt, steps, facts.uses(lacking[plan.testSlots[t]])));
        }
        return results;
    }
}
