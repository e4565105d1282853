package org.asylon.core.instrument;

import java.util.List;
import org.asylon.core.expression.Condition;

/**
 * A legal test written as data: questions for forms, rules yielding findings, structured tests,
 * classifications and scores. {@code appliesAsLaw}, when given, says when the instrument's law
 * binds the deployment; elsewhere its results are a benchmark. {@code evaluationOrder} lists the
 * rules, definitions, tests, classifications and scores ({@code rule.x}, {@code test.x},
 * {@code class.x}, {@code score.x}) so that each comes after everything it reads.
 */
public record Instrument(
        String id,
        String version,
        String title,
        String summary,
        Condition appliesAsLaw,
        String benchmarkNote,
        List<Change> changelog,
        List<Question> questions,
        List<LegalTest> tests,
        List<Definition> definitions,
        List<Rule> rules,
        List<Classification> classifications,
        List<Score> scores,
        List<String> evaluationOrder,
        String file) {

    public Instrument {
        changelog = List.copyOf(changelog);
        questions = List.copyOf(questions);
        tests = List.copyOf(tests);
        definitions = List.copyOf(definitions);
        rules = List.copyOf(rules);
        classifications = List.copyOf(classifications);
        scores = List.copyOf(scores);
        evaluationOrder = List.copyOf(evaluationOrder);
    }

    public java.util.Optional<LegalTest> test(String id) {
        return tests.stream().filter(test -> test.id().equals(id)).findFirst();
    }
}
