package org.asylon.core.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.asylon.core.TestKnowledge;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.instrument.Classification;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.LegalTest;
import org.asylon.core.instrument.Outcome;
import org.asylon.core.instrument.Score;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;

/**
 * The direct evaluator must agree with CEL's own interpreter, truth and missing variables alike,
 * on every condition the shipped instruments contain, whatever is known.
 */
class DirectEvaluationTest {

    static KnowledgeBase knowledge;
    static List<Condition> conditions = new ArrayList<>();
    static Map<String, List<Object>> values = new HashMap<>();

    @BeforeContainer
    static void collect() {
        knowledge = KnowledgeLoader.load(TestKnowledge.PROJECT);
        for (Instrument instrument : knowledge.allInstruments()) {
            instrument.rules().forEach(rule -> conditions.add(rule.when()));
            instrument.definitions().forEach(definition -> conditions.add(definition.when()));
            for (LegalTest test : instrument.tests()) {
                if (test.engaged() != null) {
                    conditions.add(test.engaged());
                }
            }
            for (Classification classification : instrument.classifications()) {
                classification.outcomes().forEach(outcome -> conditions.add(outcome.when()));
                values.put("class." + classification.id(), new ArrayList<>(classification.outcomes().stream().map(Outcome::value).toList()));
            }
            for (Score score : instrument.scores()) {
                score.items().forEach(item -> conditions.add(item.when()));
                score.adjustments().forEach(adjustment -> conditions.add(adjustment.when()));
                values.put("score." + score.id(), List.of(0.0, score.maximum() / 2, score.maximum()));
                values.put("score_max." + score.id(), List.of(score.maximum()));
            }
            if (instrument.appliesAsLaw() != null) {
                conditions.add(instrument.appliesAsLaw());
            }
        }
        for (FactDefinition fact : knowledge.facts().all()) {
            List<String> choices = fact.choices().stream().map(Choice::id).toList();
            values.put(fact.key(), switch (fact.type()) {
                case BOOLEAN -> List.of(true, false);
                case ENUM -> List.copyOf(choices);
                case SET -> List.of(List.of(), choices.isEmpty() ? List.of("DE") : List.of(choices.get(0)),
                        choices.isEmpty() ? List.of("DE", "GB") : choices);
                case INTEGER -> List.of(0L, 6L, 20_000L);
                case NUMBER, SHARE -> List.of(0.0, 0.5, 0.79, 0.8, 1.0);
                case TEXT -> List.of("Regulation (EU) 2024/1358", "a national statute");
                case DATE -> List.of("2018", "2023-02-16");
            });
        }
        values.put("met", List.of(0L, 1L, 2L, 3L));
        values.put("open", List.of(0L, 1L, 4L));
        values.put("unknown", List.of(List.of(), List.of("governance.dpia_done")));
        values.put("undisclosed", List.of(List.of(), List.of("governance.dpia_done", "safeguards.appeal")));
        values.put("contested", List.of(List.of()));
        assertThat(conditions).hasSizeGreaterThan(100);
    }

    @Property(tries = 300)
    void directEvaluationAgreesWithCel(@ForAll long seed) {
        Random random = new Random(seed);
        Map<String, java.util.Optional<Object>> bound = new HashMap<>();
        Bindings bindings = name -> bound.computeIfAbsent(name, n -> {
            List<Object> choices = values.getOrDefault(n.startsWith("rule.") ? "rule" : n, List.of(true, false));
            // About a third of the variables are unknown.
            return random.nextInt(3) == 0 ? java.util.Optional.empty() : java.util.Optional.of(choices.get(random.nextInt(choices.size())));
        }).orElse(null);
        for (Condition condition : conditions) {
            bound.clear();
            condition.variables().forEach(bindings::value);
            Evaluation cel = condition.evaluateWithCel(bindings);
            assertThat(condition.evaluate(bindings)).as(condition.text() + " with " + bound).isEqualTo(cel);
        }
    }

    @Example
    void everyShippedConditionIsEvaluatedDirectly() {
        assertThat(conditions).allMatch(Condition::direct);
    }

    /** A pattern that is not a constant is compiled per evaluation; both evaluators must agree. */
    @Example
    void matchesWithAPatternFromAFactAgreesWithCel() {
        List<String> text = knowledge.facts().all().stream()
                .filter(fact -> fact.type() == org.asylon.core.fact.FactType.TEXT).map(FactDefinition::key).limit(2).toList();
        String source = text.get(0) + ".matches(" + text.get(1) + ")";
        org.asylon.core.problem.Problems problems = new org.asylon.core.problem.Problems();
        Condition condition = ExpressionCompiler.forFacts(knowledge.facts()).compile(source,
                org.asylon.core.document.Document.parse("test.yaml", "when: x", org.asylon.core.document.Document.Format.YAML),
                "/when", problems).orElseThrow();
        assertThat(condition.direct()).isTrue();
        for (String[] pair : new String[][] {{"Regulation (EU) 2024/1358", "2024/13(5|6)8"}, {"a statute", "^statute"},
                {"a statute", null}, {null, "x"}}) {
            Bindings bindings = name -> name.equals(text.get(0)) ? pair[0] : name.equals(text.get(1)) ? pair[1] : null;
            assertThat(condition.evaluate(bindings)).as(String.join(" ~ ", String.valueOf(pair[0]), String.valueOf(pair[1])))
                    .isEqualTo(condition.evaluateWithCel(bindings));
        }
        assertThat(condition.evaluate(name -> name.equals(text.get(0)) ? "Regulation (EU) 2024/1358" : "2024/13(5|6)8").truth())
                .isEqualTo(Truth.TRUE);
    }
}
