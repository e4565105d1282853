package org.asylon.core.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.asylon.core.expression.Condition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.instrument.Classification;
import org.asylon.core.instrument.Definition;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.LegalTest;
import org.asylon.core.instrument.Outcome;
import org.asylon.core.instrument.Rule;
import org.asylon.core.instrument.Score;

/**
 * What the engine can know about an instrument before seeing any profile: its parts by id, the
 * facts each part reads (directly or through other parts), and which steps have rules at all.
 * Made once per instrument and reused for every profile.
 */
final class Plan {

    final Instrument instrument;
    final Map<String, Rule> rules = new HashMap<>();
    final Map<String, Definition> definitions = new HashMap<>();
    final Map<String, LegalTest> tests = new HashMap<>();
    final Map<String, Classification> classifications = new HashMap<>();
    final Map<String, Score> scores = new HashMap<>();
    /** For each part ({@code rule.x}, {@code test.x}, ...): every fact it reads. */
    final Map<String, Set<String>> reads = new HashMap<>();
    /** For each rule: the facts it reads, in dictionary order. */
    final Map<String, java.util.List<String>> ruleFacts = new HashMap<>();
    /** The parts in evaluation order, resolved once. */
    final java.util.List<Part> order = new java.util.ArrayList<>();

    /** One part of the instrument, resolved to what it is. */
    record Part(String name, Kind kind, Object target) {
        enum Kind { TEST, RULE, DEFINITION, CLASSIFICATION, SCORE }
    }
    /** For each rule of a test, its {@code test/step} key. */
    final Map<String, String> stepOfRule = new HashMap<>();
    /** {@code test/step} pairs that have at least one rule. */
    final Set<String> assessedSteps = new java.util.HashSet<>();

    Plan(Instrument instrument, FactDictionary dictionary, Map<String, Integer> factOrder) {
        this.instrument = instrument;
        instrument.rules().forEach(rule -> rules.put(rule.id(), rule));
        instrument.definitions().forEach(definition -> definitions.put(definition.id(), definition));
        instrument.tests().forEach(test -> tests.put(test.id(), test));
        instrument.classifications().forEach(c -> classifications.put(c.id(), c));
        instrument.scores().forEach(s -> scores.put(s.id(), s));
        instrument.rules().stream().filter(rule -> rule.test() != null).forEach(rule -> {
            stepOfRule.put(rule.id(), rule.test() + "/" + rule.step());
            assessedSteps.add(rule.test() + "/" + rule.step());
        });
        for (String part : instrument.evaluationOrder()) {
            reads.put(part, factsRead(variables(part), dictionary));
            String id = part.substring(part.indexOf('.') + 1);
            if (part.startsWith("test.")) {
                order.add(new Part(part, Part.Kind.TEST, tests.get(id)));
            } else if (part.startsWith("rule.") && rules.containsKey(id)) {
                order.add(new Part(part, Part.Kind.RULE, rules.get(id)));
                java.util.List<String> sorted = new java.util.ArrayList<>(reads.get(part));
                sorted.sort(java.util.Comparator.comparing(key -> factOrder.getOrDefault(key, Integer.MAX_VALUE)));
                ruleFacts.put(id, java.util.List.copyOf(sorted));
            } else if (part.startsWith("rule.")) {
                order.add(new Part(part, Part.Kind.DEFINITION, definitions.get(id)));
            } else if (part.startsWith("class.")) {
                order.add(new Part(part, Part.Kind.CLASSIFICATION, classifications.get(id)));
            } else if (part.startsWith("score.")) {
                order.add(new Part(part, Part.Kind.SCORE, scores.get(id)));
            }
        }
    }

    /** The variables a part reads, by its kind. */
    private Set<String> variables(String part) {
        String id = part.substring(part.indexOf('.') + 1);
        Set<String> variables = new LinkedHashSet<>();
        if (part.startsWith("test.")) {
            Condition engaged = tests.get(id).engaged();
            if (engaged != null) {
                variables.addAll(engaged.variables());
            }
        } else if (part.startsWith("rule.") && rules.containsKey(id)) {
            Rule rule = rules.get(id);
            variables.addAll(rule.when().variables());
            if (rule.test() != null) {
                variables.add("test." + rule.test());
            }
        } else if (part.startsWith("rule.")) {
            variables.addAll(definitions.get(id).when().variables());
        } else if (part.startsWith("class.")) {
            Classification classification = classifications.get(id);
            classification.counts().forEach(rule -> variables.add("rule." + rule));
            for (Outcome outcome : classification.outcomes()) {
                variables.addAll(outcome.when().variables());
            }
        } else if (part.startsWith("score.")) {
            Score score = scores.get(id);
            score.items().forEach(item -> variables.addAll(item.when().variables()));
            score.adjustments().forEach(adjustment -> variables.addAll(adjustment.when().variables()));
            variables.remove(part);
        }
        return variables;
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
        return java.util.Collections.unmodifiableSet(out);
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");
    private final Map<String, java.util.List<String>> templates = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An explanation split into literal text (even positions) and fact keys (odd positions),
     * parsed once per text.
     */
    java.util.List<String> template(String text) {
        return templates.computeIfAbsent(text, t -> {
            java.util.List<String> parts = new java.util.ArrayList<>();
            java.util.regex.Matcher matcher = PLACEHOLDER.matcher(t);
            int last = 0;
            while (matcher.find()) {
                parts.add(t.substring(last, matcher.start()));
                parts.add(matcher.group(1));
                last = matcher.end();
            }
            parts.add(t.substring(last));
            return java.util.List.copyOf(parts);
        });
    }

    boolean assessed(String test, String step) {
        return assessedSteps.contains(test + "/" + step);
    }
}
