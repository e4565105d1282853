package org.asylon.report;

import java.util.List;
import org.asylon.core.catalogue.Provision;
import org.asylon.core.fact.Share;
import org.asylon.core.fact.SourceRef;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.ClassificationResult;
import org.asylon.core.finding.FactUse;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.ScoreResult;
import org.asylon.core.finding.StepResult;
import org.asylon.core.finding.TestResult;
import org.asylon.core.profile.Profile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stable JSON form of assessment results, documented in docs/json-output.md. Field names
 * and shapes only change with a new {@code format} number.
 */
public final class JsonReport {

    public static final int FORMAT = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Citations citations;

    public JsonReport(Citations citations) {
        this.citations = citations;
    }

    public String render(List<ProfileAssessment> assessments, String asylonVersion) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("asylon", asylonVersion);
        ArrayNode results = root.putArray("results");
        for (ProfileAssessment assessment : assessments) {
            for (AssessmentResult result : assessment.results()) {
                results.add(result(assessment.profile(), result));
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    public ObjectNode result(Profile profile, AssessmentResult result) {
        ObjectNode node = NODES.objectNode();
        ObjectNode profileNode = node.putObject("profile");
        profileNode.put("id", result.profileId());
        profileNode.put("name", result.profileName());
        ObjectNode instrument = node.putObject("instrument");
        instrument.put("id", result.instrumentId());
        instrument.put("version", result.instrumentVersion());
        instrument.put("title", result.instrumentTitle());
        node.put("application", result.application().id());
        if (result.benchmarkNote() != null) {
            node.put("benchmarkNote", result.benchmarkNote());
        }
        node.set("applicationMissing", facts(profile, result.applicationMissing()));
        result.worstSeverity().ifPresentOrElse(s -> node.put("worstSeverity", s.id()), () -> node.putNull("worstSeverity"));
        node.put("undeterminedCount", result.undeterminedCount());
        ArrayNode findings = node.putArray("findings");
        result.findings().forEach(finding -> findings.add(finding(profile, finding)));
        ArrayNode tests = node.putArray("tests");
        result.tests().forEach(test -> tests.add(test(profile, test)));
        ObjectNode classifications = node.putObject("classifications");
        result.classifications().forEach((id, c) -> classifications.set(id, classification(profile, c)));
        ObjectNode scores = node.putObject("scores");
        result.scores().forEach((id, s) -> scores.set(id, score(profile, s)));
        ObjectNode provenance = node.putObject("provenance");
        provenance.put("asylonVersion", result.provenance().asylonVersion());
        provenance.put("knowledgeHash", result.provenance().knowledgeHash());
        provenance.put("instrumentId", result.provenance().instrumentId());
        provenance.put("instrumentVersion", result.provenance().instrumentVersion());
        provenance.put("profileHash", result.provenance().profileHash());
        provenance.put("evaluatedAt", result.provenance().evaluatedAt());
        return node;
    }

    private ObjectNode finding(Profile profile, Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("id", finding.id());
        node.put("severity", finding.severity().id());
        node.put("status", finding.status().id());
        node.put("title", finding.title());
        node.put("explanation", finding.explanation());
        node.put("standard", finding.standard().id());
        if (finding.test() != null) {
            node.put("test", finding.test());
            node.put("step", finding.step());
        }
        node.put("condition", finding.condition());
        node.set("legalBasis", provisions(finding.legalBasis()));
        ArrayNode recommendations = node.putArray("recommendations");
        for (String id : finding.recommendations()) {
            ObjectNode recommendation = recommendations.addObject();
            recommendation.put("id", id);
            citations.recommendation(id).ifPresent(r -> recommendation.put("title", r.title()));
        }
        node.set("facts", facts(profile, finding.facts()));
        node.set("missing", facts(profile, finding.missing()));
        return node;
    }

    private ArrayNode provisions(List<String> ids) {
        ArrayNode array = NODES.arrayNode();
        for (String id : ids) {
            ObjectNode provision = array.addObject();
            provision.put("id", id);
            citations.provision(id).ifPresent(p -> putProvision(provision, p));
        }
        return array;
    }

    private static void putProvision(ObjectNode node, Provision provision) {
        node.put("citation", provision.citation());
        node.put("title", provision.title());
        node.put("url", provision.url());
    }

    private ArrayNode facts(Profile profile, List<FactUse> uses) {
        ArrayNode array = NODES.arrayNode();
        for (FactUse use : uses) {
            ObjectNode fact = array.addObject();
            fact.put("key", use.key());
            fact.put("label", use.label());
            fact.put("state", use.state().id());
            if (use.value() != null) {
                fact.set("value", value(use.value()));
            }
            if (!use.valueLabels().isEmpty()) {
                ArrayNode labels = fact.putArray("valueLabels");
                use.valueLabels().forEach(labels::add);
            }
            if (use.confidence() != null) {
                fact.put("confidence", use.confidence().id());
            }
            if (use.note() != null) {
                fact.put("note", use.note());
            }
            ArrayNode sources = fact.putArray("sources");
            for (SourceRef ref : use.sources()) {
                ObjectNode source = sources.addObject();
                source.put("ref", ref.ref());
                if (ref.locator() != null) {
                    source.put("locator", ref.locator());
                }
                citations.source(profile, ref.ref()).filter(s -> !s.confidential()).ifPresent(s -> {
                    source.put("title", s.title());
                    if (s.url() != null) {
                        source.put("url", s.url());
                    }
                });
            }
        }
        return array;
    }

    private static tools.jackson.databind.JsonNode value(Object value) {
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Share share) {
            ObjectNode node = NODES.objectNode();
            if (share.count() != null) {
                node.put("count", share.count());
                node.put("total", share.total());
            }
            node.put("fraction", share.fraction());
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(String.valueOf(item)));
            return array;
        }
        return NODES.stringNode(String.valueOf(value));
    }

    private ObjectNode test(Profile profile, TestResult test) {
        ObjectNode node = NODES.objectNode();
        node.put("id", test.id());
        node.put("title", test.title());
        if (test.right() != null) {
            node.put("right", test.right());
        }
        node.put("outcome", test.outcome().id());
        if (test.failedAt() != null) {
            node.put("failedAt", test.failedAt());
        }
        node.set("legalBasis", provisions(test.legalBasis()));
        ArrayNode steps = node.putArray("steps");
        for (StepResult step : test.steps()) {
            ObjectNode stepNode = steps.addObject();
            stepNode.put("id", step.id());
            stepNode.put("title", step.title());
            stepNode.put("outcome", step.outcome().id());
            ArrayNode findings = stepNode.putArray("findings");
            step.findings().forEach(findings::add);
        }
        node.set("missing", facts(profile, test.missing()));
        return node;
    }

    private ObjectNode classification(Profile profile, ClassificationResult c) {
        ObjectNode node = NODES.objectNode();
        node.put("title", c.title());
        if (c.value() != null) {
            node.put("value", c.value());
            node.put("label", c.label());
            if (c.explanation() != null) {
                node.put("explanation", c.explanation());
            }
        } else {
            node.putNull("value");
        }
        ArrayNode candidates = node.putArray("candidates");
        c.candidates().forEach(candidates::add);
        if (c.met() != null) {
            node.put("met", c.met());
            node.put("open", c.open());
            ArrayNode counted = node.putArray("counted");
            c.counted().forEach(counted::add);
        }
        node.set("legalBasis", provisions(c.legalBasis()));
        node.set("missing", facts(profile, c.missing()));
        return node;
    }

    private ObjectNode score(Profile profile, ScoreResult s) {
        ObjectNode node = NODES.objectNode();
        node.put("title", s.title());
        node.put("low", s.low());
        node.put("high", s.high());
        node.put("maximum", s.maximum());
        if (s.band() != null) {
            node.put("band", s.band());
        } else {
            node.putNull("band");
        }
        ArrayNode bands = node.putArray("candidateBands");
        s.candidateBands().forEach(bands::add);
        node.set("missing", facts(profile, s.missing()));
        return node;
    }
}
