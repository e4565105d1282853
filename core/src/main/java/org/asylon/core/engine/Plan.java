package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.asylon.core.expression.Condition;
import org.asylon.core.expression.Variable;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.instrument.Classification;
import org.asylon.core.instrument.Definition;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.LegalTest;
import org.asylon.core.instrument.Outcome;
import org.asylon.core.instrument.Rule;
import org.asylon.core.instrument.Score;

/**
 * What the engine can know about an instrument before seeing any profile: its parts in
 * evaluation order, the facts each part reads (directly or through other parts), and which steps
 * have rules at all. Every name the instrument binds itself (parts, score maxima, the counters
 * {@code met} and {@code open}) gets a slot, so an evaluation keeps its values in an array;
 * the profile's variables follow, numbered by the {@link FactIndex}.
 * Made once per instrument and reused for every profile.
 */
final class Plan {

    /** One part of the instrument, resolved to what it is and where its value is kept. */
    record Part(String name, Kind kind, Object target, int slot, int testSlot, int[] counted, int[] factsRead,
                Explanation explanation, int step) {
        enum Kind { TEST, RULE, DEFINITION, CLASSIFICATION, SCORE }
    }

    final Instrument instrument;
    /** The parts in evaluation order. */
    final List<Part> order = new ArrayList<>();
    /** The rules' parts, gravest first, else in the order the instrument lists them. */
    final List<Part> rulesBySeverity = new ArrayList<>();
    /** The tests' slots in the order the instrument lists them. */
    final int[] testSlots;
    /** For each test: the index of its first step among all tests' steps, in the instrument's order. */
    final int[] firstStep;
    /** The number of steps of all tests. */
    final int steps;
    /** For each step (by its index among all tests' steps): whether any rule assesses it. */
    final boolean[] assessed;
    final int metSlot;
    final int openSlot;
    /** Values bound before any part is evaluated (score maxima); copied by each evaluation. */
    private final Object[] initial;
    /** Slots by name: the instrument's own names, then the profile's variables. */
    private final Map<String, Integer> slots = new HashMap<>();
    private final int[] slotById;
    /** For each part ({@code rule.x}, {@code test.x}, ...): every fact it reads. */
    private final Map<String, Set<String>> reads = new HashMap<>();

    private final FactIndex facts;

    Plan(Instrument instrument, FactDictionary dictionary, FactIndex facts) {
        this.instrument = instrument;
        this.facts = facts;
        Map<String, Rule> rulesById = new HashMap<>();
        Map<String, Definition> definitions = new HashMap<>();
        Map<String, LegalTest> tests = new HashMap<>();
        Map<String, Classification> classifications = new HashMap<>();
        Map<String, Score> scores = new HashMap<>();
        instrument.rules().forEach(rule -> rulesById.put(rule.id(), rule));
        instrument.definitions().forEach(definition -> definitions.put(definition.id(), definition));
        instrument.tests().forEach(test -> tests.put(test.id(), test));
        instrument.classifications().forEach(c -> classifications.put(c.id(), c));
        instrument.scores().forEach(s -> scores.put(s.id(), s));
        for (String part : instrument.evaluationOrder()) {
            slots.put(part, slots.size());
        }
        metSlot = slot("met", true);
        openSlot = slot("open", true);
        Map<String, Object> constants = new HashMap<>();
        for (Score score : instrument.scores()) {
            constants.put("score_max." + score.id(), score.maximum());
            slot("score_max." + score.id(), true);
        }
        initial = new Object[slots.size()];
        constants.forEach((name, value) -> initial[slots.get(name)] = value);
        facts.forEachVariable((name, variable) -> slots.putIfAbsent(name, initial.length + variable));
        slotById = Variable.all().stream().mapToInt(variable -> slot(variable.name())).toArray();

        Map<String, Part> partsByName = new HashMap<>();
        for (String name : instrument.evaluationOrder()) {
            String id = name.substring(name.indexOf('.') + 1);
            Part part;
            if (name.startsWith("test.")) {
                Condition engaged = tests.get(id).engaged();
                reads.put(name, factsRead(engaged == null ? Set.of() : engaged.variables(), dictionary));
                part = new Part(name, Part.Kind.TEST, tests.get(id), slot(name, false), -1, null, null, null, -1);
            } else if (name.startsWith("rule.") && rulesById.containsKey(id)) {
                Rule rule = rulesById.get(id);
                Set<String> variables = new LinkedHashSet<>(rule.when().variables());
                if (rule.test() != null) {
                    variables.add("test." + rule.test());
                }
                reads.put(name, factsRead(variables, dictionary));
                int[] factsRead = reads.get(name).stream().mapToInt(facts::indexOf).filter(i -> i >= 0).sorted().toArray();
                part = new Part(name, Part.Kind.RULE, rule, slot(name, false),
                        rule.test() == null ? -1 : slot("test." + rule.test(), false), null, factsRead,
                        rule.explanation() == null ? null : explanation(rule.explanation()),
                        rule.test() == null ? -1 : stepIndex(instrument, rule.test(), rule.step()));
            } else if (name.startsWith("rule.")) {
                reads.put(name, factsRead(definitions.get(id).when().variables(), dictionary));
                part = new Part(name, Part.Kind.DEFINITION, definitions.get(id), slot(name, false), -1, null, null, null, -1);
            } else if (name.startsWith("class.")) {
                Classification classification = classifications.get(id);
                Set<String> variables = new LinkedHashSet<>();
                classification.counts().forEach(rule -> variables.add("rule." + rule));
                classification.outcomes().stream().map(Outcome::when).forEach(when -> variables.addAll(when.variables()));
                reads.put(name, factsRead(variables, dictionary));
                int[] counted = classification.counts().stream().mapToInt(rule -> slot("rule." + rule, false)).toArray();
                part = new Part(name, Part.Kind.CLASSIFICATION, classification, slot(name, false), -1, counted, null, null, -1);
            } else {
                Score score = scores.get(id);
                Set<String> variables = new LinkedHashSet<>();
                score.items().forEach(item -> variables.addAll(item.when().variables()));
                score.adjustments().forEach(adjustment -> variables.addAll(adjustment.when().variables()));
                variables.remove(name);
                reads.put(name, factsRead(variables, dictionary));
                part = new Part(name, Part.Kind.SCORE, score, slot(name, false), -1, null, null, null, -1);
            }
            order.add(part);
            partsByName.put(name, part);
        }
        instrument.rules().forEach(rule -> rulesBySeverity.add(partsByName.get("rule." + rule.id())));
        rulesBySeverity.sort(Comparator.comparing(part -> ((Rule) part.target()).severity()));
        firstStep = new int[instrument.tests().size()];
        int step = 0;
        for (int t = 0; t < firstStep.length; t++) {
            firstStep[t] = step;
            step += instrument.tests().get(t).steps().size();
        }
        steps = step;
        assessed = new boolean[steps];
        for (Part rule : rulesBySeverity) {
            if (rule.step() >= 0) {
                assessed[rule.step()] = true;
            }
        }
        testSlots = instrument.tests().stream().mapToInt(test -> slot("test." + test.id(), false)).toArray();
    }

    /** The index of a test's step among all tests' steps (see {@link #firstStep}). */
    private static int stepIndex(Instrument instrument, String test, String step) {
        int index = 0;
        for (LegalTest each : instrument.tests()) {
            for (var eachStep : each.steps()) {
                if (each.id().equals(test) && eachStep.id().equals(step)) {
                    return index;
                }
                index++;
            }
        }
        return -1;
    }

    /**
     * The slot of a variable: below {@link #size()} a name the instrument binds itself; from
     * there on a profile variable, at {@code size()} plus its {@link FactIndex#variable index};
     * -1 for a name neither binds.
     */
    int slot(String name) {
        Integer slot = slots.get(name);
        return slot == null ? -1 : slot;
    }

    /** The same by a numbered variable: an array index for every variable known when planned. */
    int slot(Variable variable) {
        int id = variable.id();
        return id < slotById.length ? slotById[id] : slot(variable.name());
    }

    /** Whether a slot at or above {@link #size()} holds a fact (rather than a state list). */
    boolean isFact(int slot) {
        int variable = slot - initial.length;
        return variable >= 0 && variable < facts.size();
    }

    private int slot(String name, boolean add) {
        if (add) {
            slots.putIfAbsent(name, slots.size());
        }
        return slots.get(name);
    }

    int size() {
        return initial.length;
    }

    Object[] initialValues() {
        return initial.clone();
    }

    private Set<String> factsRead(Set<String> variables, FactDictionary dictionary) {
        Set<String> out = new TreeSet<>();
        for (String variable : variables) {
            Set<String> viaPart = reads.get(variable);
            if (viaPart != null) {
                out.addAll(viaPart);
            } else if (dictionary.contains(variable)) {
                out.add(variable);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private final Map<String, Explanation> explanations = new ConcurrentHashMap<>();

    /** An explanation parsed for its placeholders, once per text. */
    Explanation explanation(String text) {
        return explanations.computeIfAbsent(text, t -> new Explanation(t, facts));
    }
}
