package org.asylon.app.assessment;

import java.time.Clock;
import java.util.List;
import org.asylon.core.engine.Engine;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.ClassificationResult;
import org.asylon.core.finding.Severity;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;
import org.asylon.report.Citations;
import org.asylon.report.JsonReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every instrument on a profile revision and stores each result. The register's verdict
 * columns come from the classifications named in configuration, not from code.
 */
@Service
public class AssessmentService {

    /** The verdicts the register shows for a deployment. */
    public record Verdicts(String worstSeverity, String aiActClass, String dpia) {
    }

    private final Engine engine;
    private final KnowledgeBase knowledge;
    private final AssessmentRepository repository;
    private final JsonReport json;
    private final Clock clock;
    private final String aiActClassification;
    private final String dpiaClassification;

    public AssessmentService(Engine engine, KnowledgeBase knowledge, AssessmentRepository repository, Citations citations,
                             Clock clock,
                             @Value("${asylon.register.ai-act-classification:ai-act/ai_act_class}") String aiActClassification,
                             @Value("${asylon.register.dpia-classification:dpia-screening/dpia}") String dpiaClassification) {
        this.engine = engine;
        this.knowledge = knowledge;
        this.repository = repository;
        this.json = new JsonReport(citations);
        this.clock = clock;
        this.aiActClassification = aiActClassification;
        this.dpiaClassification = dpiaClassification;
    }

    public List<AssessmentResult> assess(Profile profile) {
        return engine.assess(profile, knowledge.allInstruments());
    }

    /** Assesses a stored revision, keeps every result, and returns the register verdicts. */
    public Verdicts assessAndStore(String deploymentId, int revision, Profile profile, String actor) {
        List<AssessmentResult> results = assess(profile);
        store(deploymentId, revision, profile, results, actor);
        return verdicts(results);
    }

    private void store(String deploymentId, int revision, Profile profile, List<AssessmentResult> results, String actor) {
        JsonMapper mapper = JsonMapper.builder().build();
        for (AssessmentResult result : results) {
            repository.insert(deploymentId, revision, result.instrumentId(), result.instrumentVersion(), knowledge.digest(),
                    result.worstSeverity().map(Severity::id).orElse(null),
                    mapper.writeValueAsString(json.result(profile, result)), actor, clock.instant());
        }
    }

    /**
     * Where each instrument's latest stored run stands against the current revision and
     * knowledge, and what changed between that run and the one before it.
     */
    public List<AssessmentStatus> status(String deploymentId, int currentRevision) {
        List<AssessmentRepository.StoredAssessment> stored = repository.latestTwoPerInstrument(deploymentId);
        List<AssessmentStatus> statuses = new java.util.ArrayList<>();
        for (var instrument : knowledge.allInstruments()) {
            List<AssessmentRepository.StoredAssessment> runs = stored.stream()
                    .filter(run -> run.instrumentId().equals(instrument.id())).toList();
            AssessmentRepository.StoredAssessment latest = runs.isEmpty() ? null : runs.get(0);
            AssessmentRepository.StoredAssessment previous = runs.size() > 1 ? runs.get(1) : null;
            statuses.add(new AssessmentStatus(instrument.id(), instrument.title(), instrument.version(), latest, previous,
                    latest != null && latest.revision() != currentRevision,
                    latest != null && !latest.instrumentVersion().equals(instrument.version()),
                    latest != null && !latest.knowledgeDigest().equals(knowledge.digest())));
        }
        return statuses;
    }

    /** Runs the chosen instruments on a stored revision and keeps each result. */
    public void run(String deploymentId, int revision, Profile profile, List<String> instrumentIds, String actor) {
        List<org.asylon.core.instrument.Instrument> chosen = knowledge.allInstruments().stream()
                .filter(instrument -> instrumentIds.contains(instrument.id())).toList();
        store(deploymentId, revision, profile, engine.assess(profile, chosen), actor);
    }

    public Verdicts verdicts(List<AssessmentResult> results) {
        String worst = results.stream().flatMap(r -> r.worstSeverity().stream()).min(java.util.Comparator.naturalOrder())
                .map(Severity::id).orElse(null);
        return new Verdicts(worst, classification(results, aiActClassification), classification(results, dpiaClassification));
    }

    private static String classification(List<AssessmentResult> results, String reference) {
        String instrument = reference.substring(0, reference.indexOf('/'));
        String id = reference.substring(reference.indexOf('/') + 1);
        return results.stream().filter(r -> r.instrumentId().equals(instrument))
                .map(r -> r.classifications().get(id)).filter(c -> c != null && c.determined())
                .map(ClassificationResult::value).findFirst().orElse(null);
    }
}
