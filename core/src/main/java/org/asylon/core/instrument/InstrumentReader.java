package org.asylon.core.instrument;

import static org.asylon.core.document.Nodes.items;
import static org.asylon.core.document.Nodes.text;
import static org.asylon.core.document.Nodes.texts;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asylon.core.document.Document;
import org.asylon.core.document.References;
import org.asylon.core.document.References.Kind;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.expression.Condition;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.finding.Severity;
import org.asylon.core.problem.Problems;
import tools.jackson.databind.JsonNode;

/**
 * Reads an instrument file: checks it against the schema, compiles every condition, notes its
 * citations for checking against the catalogue, and orders its parts so that each is evaluated
 * after what it reads. Cyclic references are load errors.
 */
public final class InstrumentReader {

    private final SchemaSet schemas;
    private final FactDictionary dictionary;
    private final ExpressionCompiler factCompiler;
    private final References references;

    public InstrumentReader(SchemaSet schemas, FactDictionary dictionary, ExpressionCompiler factCompiler,
                            References references) {
        this.schemas = schemas;
        this.dictionary = dictionary;
        this.factCompiler = factCompiler;
        this.references = references;
    }

    /** Reads one instrument; problems are added, and empty is returned when there are any. */
    public Optional<Instrument> read(Document document, Problems problems) {
        var invalid = schemas.validate(document, "instrument.schema.json");
        if (!invalid.isEmpty()) {
            problems.addAll(invalid);
            return Optional.empty();
        }
        int before = problems.size();
        JsonNode root = document.root();
        Parts parts = new Parts(document, problems);

        // Names first, so expressions can refer to parts declared later in the file.
        Map<String, CelType> names = new LinkedHashMap<>();
        parts.declare(root, "definitions", "rule.", SimpleType.BOOL, names);
        parts.declare(root, "rules", "rule.", SimpleType.BOOL, names);
        parts.declare(root, "classifications", "class.", SimpleType.STRING, names);
        parts.declare(root, "scores", "score.", SimpleType.DOUBLE, names);
        for (String score : new ArrayList<>(names.keySet())) {
            if (score.startsWith("score.")) {
                names.put("score_max." + score.substring(6), SimpleType.DOUBLE);
            }
        }
        ExpressionCompiler compiler = factCompiler.with(names);
        ExpressionCompiler countingCompiler = compiler.with(Map.of("met", SimpleType.INT, "open", SimpleType.INT));

        Condition appliesAsLaw = root.has("appliesAsLaw") ? parts.condition(compiler, "/appliesAsLaw") : null;

        List<Change> changelog = new ArrayList<>();
        for (JsonNode node : items(root, "changelog")) {
            changelog.add(new Change(text(node, "version"), text(node, "date"), texts(node, "changes")));
        }
        if (!changelog.isEmpty() && !changelog.get(0).version().equals(text(root, "version"))) {
            problems.add(document.problem("/changelog/0/version",
                    "the newest changelog entry (first) must be for version " + text(root, "version")));
        }

        List<Question> questions = new ArrayList<>();
        List<JsonNode> questionNodes = items(root, "questions");
        for (int i = 0; i < questionNodes.size(); i++) {
            JsonNode node = questionNodes.get(i);
            String fact = text(node, "fact");
            if (!dictionary.contains(fact)) {
                problems.add(document.problem("/questions/" + i + "/fact", "unknown fact '" + fact + "'"
                        + dictionary.suggest(fact).map(s -> "; did you mean '" + s + "'?").orElse("")));
            }
            parts.refs(node, "/questions/" + i, "glossary", Kind.GLOSSARY);
            questions.add(new Question(fact, text(node, "text"), text(node, "help"), texts(node, "glossary")));
        }

        List<LegalTest> tests = new ArrayList<>();
        Map<String, Set<String>> stepsByTest = new HashMap<>();
        List<JsonNode> testNodes = items(root, "tests");
        for (int i = 0; i < testNodes.size(); i++) {
            JsonNode node = testNodes.get(i);
            String pointer = "/tests/" + i;
            List<Step> steps = new ArrayList<>();
            Set<String> stepIds = new LinkedHashSet<>();
            List<JsonNode> stepNodes = items(node, "steps");
            for (int s = 0; s < stepNodes.size(); s++) {
                JsonNode step = stepNodes.get(s);
                if (!stepIds.add(text(step, "id"))) {
                    problems.add(document.problem(pointer + "/steps/" + s + "/id", "duplicate step '" + text(step, "id") + "'"));
                }
                steps.add(new Step(text(step, "id"), text(step, "title"), text(step, "question")));
            }
            if (stepsByTest.put(text(node, "id"), stepIds) != null) {
                problems.add(document.problem(pointer + "/id", "duplicate test '" + text(node, "id") + "'"));
            }
            if (node.has("right")) {
                references.expect(Kind.RIGHT, text(node, "right"), document, pointer + "/right");
            }
            parts.refs(node, pointer, "legalBasis", Kind.PROVISION);
            Condition engaged = node.has("engagedWhen") ? parts.condition(compiler, pointer + "/engagedWhen") : null;
            tests.add(new LegalTest(text(node, "id"), text(node, "title"), text(node, "right"), texts(node, "legalBasis"),
                    engaged, steps));
            parts.node("test." + text(node, "id"), pointer + "/id", engaged == null ? Set.of() : engaged.variables());
        }

        List<Definition> definitions = new ArrayList<>();
        List<JsonNode> definitionNodes = items(root, "definitions");
        for (int i = 0; i < definitionNodes.size(); i++) {
            JsonNode node = definitionNodes.get(i);
            String pointer = "/definitions/" + i;
            Condition when = parts.condition(compiler, pointer + "/when");
            definitions.add(new Definition(text(node, "id"), text(node, "title"), when));
            parts.node("rule." + text(node, "id"), pointer + "/id", when == null ? Set.of() : when.variables());
        }

        List<Rule> rules = new ArrayList<>();
        List<JsonNode> ruleNodes = items(root, "rules");
        for (int i = 0; i < ruleNodes.size(); i++) {
            JsonNode node = ruleNodes.get(i);
            String pointer = "/rules/" + i;
            Condition when = parts.condition(compiler, pointer + "/when");
            String test = text(node, "test");
            String step = text(node, "step");
            Set<String> reads = new LinkedHashSet<>(when == null ? Set.of() : when.variables());
            if (test != null) {
                Set<String> steps = stepsByTest.get(test);
                if (steps == null) {
                    problems.add(document.problem(pointer + "/test", "unknown test '" + test + "'"));
                } else if (!steps.contains(step)) {
                    problems.add(document.problem(pointer + "/step", "test '" + test + "' has no step '" + step
                            + "' (steps: " + String.join(", ", steps) + ")"));
                }
                reads.add("test." + test);
            }
            parts.refs(node, pointer, "legalBasis", Kind.PROVISION);
            parts.refs(node, pointer, "recommendations", Kind.RECOMMENDATION);
            rules.add(new Rule(text(node, "id"), when, Severity.fromId(text(node, "severity")), text(node, "title"),
                    text(node, "explanation"), texts(node, "legalBasis"), texts(node, "recommendations"), test, step,
                    node.has("standard") ? Standard.fromId(text(node, "standard")) : Standard.LAW));
            parts.node("rule." + text(node, "id"), pointer + "/id", reads);
        }

        List<Classification> classifications = new ArrayList<>();
        List<JsonNode> classificationNodes = items(root, "classifications");
        for (int i = 0; i < classificationNodes.size(); i++) {
            JsonNode node = classificationNodes.get(i);
            String pointer = "/classifications/" + i;
            List<String> counts = texts(node, "counts");
            Set<String> reads = new LinkedHashSet<>();
            for (int c = 0; c < counts.size(); c++) {
                if (!names.containsKey("rule." + counts.get(c))) {
                    problems.add(document.problem(pointer + "/counts/" + c, "unknown rule '" + counts.get(c) + "'"));
                }
                reads.add("rule." + counts.get(c));
            }
            List<Outcome> outcomes = new ArrayList<>();
            List<JsonNode> outcomeNodes = items(node, "outcomes");
            for (int o = 0; o < outcomeNodes.size(); o++) {
                JsonNode outcome = outcomeNodes.get(o);
                String outcomePointer = pointer + "/outcomes/" + o;
                Condition when = parts.condition(counts.isEmpty() ? compiler : countingCompiler, outcomePointer + "/when");
                if (when != null) {
                    reads.addAll(when.variables());
                }
                parts.refs(outcome, outcomePointer, "legalBasis", Kind.PROVISION);
                outcomes.add(new Outcome(text(outcome, "value"), text(outcome, "label"), when, text(outcome, "explanation"),
                        texts(outcome, "legalBasis")));
            }
            classifications.add(new Classification(text(node, "id"), text(node, "title"), counts, outcomes));
            parts.node("class." + text(node, "id"), pointer + "/id", reads);
        }

        List<Score> scores = new ArrayList<>();
        List<JsonNode> scoreNodes = items(root, "scores");
        for (int i = 0; i < scoreNodes.size(); i++) {
            JsonNode node = scoreNodes.get(i);
            String pointer = "/scores/" + i;
            Set<String> reads = new LinkedHashSet<>();
            List<ScoreItem> scoreItems = new ArrayList<>();
            List<JsonNode> itemNodes = items(node, "items");
            for (int s = 0; s < itemNodes.size(); s++) {
                Condition when = parts.condition(compiler, pointer + "/items/" + s + "/when");
                if (when != null) {
                    reads.addAll(when.variables());
                }
                scoreItems.add(new ScoreItem(text(itemNodes.get(s), "label"), when, itemNodes.get(s).get("points").asDouble()));
            }
            List<Adjustment> adjustments = new ArrayList<>();
            List<JsonNode> adjustmentNodes = items(node, "adjustments");
            for (int a = 0; a < adjustmentNodes.size(); a++) {
                Condition when = parts.condition(compiler, pointer + "/adjustments/" + a + "/when");
                if (when != null) {
                    reads.addAll(when.variables());
                }
                adjustments.add(new Adjustment(text(adjustmentNodes.get(a), "label"), when,
                        adjustmentNodes.get(a).get("factor").asDouble()));
            }
            List<Band> bands = new ArrayList<>();
            List<JsonNode> bandNodes = items(node, "bands");
            for (int b = 0; b < bandNodes.size(); b++) {
                JsonNode band = bandNodes.get(b);
                if (b > 0 && band.get("minimum").asDouble() <= bandNodes.get(b - 1).get("minimum").asDouble()) {
                    problems.add(document.problem(pointer + "/bands/" + b + "/minimum", "band minimums must increase"));
                }
                bands.add(new Band(band.get("minimum").asDouble(), text(band, "value"), text(band, "label")));
            }
            scores.add(new Score(text(node, "id"), text(node, "title"), scoreItems, adjustments, bands));
            reads.remove("score." + text(node, "id"));
            parts.node("score." + text(node, "id"), pointer + "/id", reads);
        }

        List<String> order = parts.order();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Instrument(text(root, "id"), text(root, "version"), text(root, "title"),
                text(root, "summary"), appliesAsLaw, text(root, "benchmarkNote"), changelog, questions, tests,
                definitions, rules, classifications, scores, order, document.name()));
    }

    /** Bookkeeping while reading one file: declared names, compiled conditions, the dependency graph. */
    private final class Parts {
        private final Document document;
        private final Problems problems;
        private final Map<String, Set<String>> reads = new LinkedHashMap<>();
        private final Map<String, String> pointers = new HashMap<>();

        Parts(Document document, Problems problems) {
            this.document = document;
            this.problems = problems;
        }

        void declare(JsonNode root, String list, String prefix, CelType type, Map<String, CelType> names) {
            List<JsonNode> nodes = items(root, list);
            for (int i = 0; i < nodes.size(); i++) {
                String name = prefix + text(nodes.get(i), "id");
                if (names.putIfAbsent(name, type) != null) {
                    problems.add(document.problem("/" + list + "/" + i + "/id", "duplicate id '" + text(nodes.get(i), "id") + "'"
                            + (prefix.equals("rule.") ? " (rules and definitions share one namespace)" : "")));
                }
            }
        }

        Condition condition(ExpressionCompiler compiler, String pointer) {
            String text = document.root().at(pointer).asString();
            return compiler.compile(text, document, pointer, problems).orElse(null);
        }

        void refs(JsonNode node, String pointer, String field, Kind kind) {
            List<String> ids = texts(node, field);
            for (int i = 0; i < ids.size(); i++) {
                references.expect(kind, ids.get(i), document, pointer + "/" + field + "/" + i);
            }
        }

        void node(String name, String pointer, Set<String> variables) {
            Set<String> dependencies = new LinkedHashSet<>();
            for (String variable : variables) {
                if (variable.startsWith("rule.") || variable.startsWith("class.") || variable.startsWith("score.")
                        || variable.startsWith("test.")) {
                    dependencies.add(variable);
                }
            }
            reads.put(name, dependencies);
            pointers.put(name, pointer);
        }

        /** Depth-first topological order; a cycle is reported once, at the first part on it. */
        List<String> order() {
            List<String> order = new ArrayList<>();
            Map<String, Integer> state = new HashMap<>();
            for (String name : reads.keySet()) {
                visit(name, state, order, new ArrayList<>());
            }
            return order;
        }

        private void visit(String name, Map<String, Integer> state, List<String> order, List<String> path) {
            Integer seen = state.get(name);
            if (seen != null) {
                if (seen == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
                    cycle.add(name);
                    problems.add(document.problem(pointers.get(name), "cyclic reference: " + String.join(" -> ", cycle)));
                }
                return;
            }
            state.put(name, 1);
            path.add(name);
            for (String dependency : reads.getOrDefault(name, Set.of())) {
                if (reads.containsKey(dependency)) {
                    visit(dependency, state, order, path);
                }
            }
            path.remove(path.size() - 1);
            state.put(name, 2);
            order.add(name);
        }
    }
}
