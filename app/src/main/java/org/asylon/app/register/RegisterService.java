package org.asylon.app.register;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.asylon.app.assessment.AssessmentService;
import org.asylon.app.storage.AuditTrail;
import org.asylon.core.document.Document;
import org.asylon.core.fact.Fact;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Operator;
import org.asylon.core.profile.Profile;
import org.asylon.core.profile.Vendor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds deployments to the register and gives the current view of one. */
@Service
public class RegisterService {

    /** A deployment as shown: its register row, its current profile, and its current results. */
    public record DeploymentView(DeploymentSummary summary, Profile profile, List<AssessmentResult> results) {
    }

    private final RegisterRepository repository;
    private final AssessmentService assessments;
    private final KnowledgeBase knowledge;
    private final AuditTrail audit;
    private final Clock clock;

    public RegisterService(RegisterRepository repository, AssessmentService assessments, KnowledgeBase knowledge,
                           AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.assessments = assessments;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads, stores and assesses a new deployment; the profile text is kept exactly as given. */
    @Transactional
    public Profile importProfile(String fileName, String yaml, boolean published, String actor) {
        Profile profile = knowledge.profileReader().read(Document.parse(fileName, yaml, Document.Format.YAML));
        DeploymentSummary summary = summary(profile, published);
        repository.insert(summary, yaml, profile.digest(), actor, clock.instant());
        AssessmentService.Verdicts verdicts = assessments.assessAndStore(profile.id(), 1, profile, actor);
        repository.updateVerdicts(profile.id(), verdicts.worstSeverity(), verdicts.aiActClass(), verdicts.dpia());
        audit.record(actor, "create", "deployment", profile.id(), null, "revision 1" + (published ? ", published" : ""));
        return profile;
    }

    public RegisterPage search(RegisterQuery query) {
        return repository.search(query);
    }

    public Optional<DeploymentView> view(String id, boolean publishedOnly) {
        return repository.find(id, publishedOnly).map(summary -> {
            String yaml = repository.profileYaml(id, summary.currentRevision()).orElseThrow();
            Profile profile = knowledge.profileReader().read(Document.parse(id + ".yaml", yaml, Document.Format.YAML));
            return new DeploymentView(summary, profile, assessments.assess(profile));
        });
    }

    public List<String> technologies() {
        return repository.distinct("technologies");
    }

    public List<String> jurisdictions() {
        return repository.distinct("jurisdictions");
    }

    private static DeploymentSummary summary(Profile profile, boolean published) {
        Fact categories = profile.fact("technology.categories");
        @SuppressWarnings("unchecked")
        List<String> technologies = categories.isKnown() ? (List<String>) categories.value() : List.of();
        return new DeploymentSummary(profile.id(), profile.name(), published, 1, 0, profile.status(), profile.jurisdictions(),
                technologies, String.join("; ", profile.operators().stream().map(Operator::name).toList()),
                String.join("; ", profile.vendors().stream().map(Vendor::name).toList()), null, null, null, java.time.Instant.EPOCH);
    }
}
