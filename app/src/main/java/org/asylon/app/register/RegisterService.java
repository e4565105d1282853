package org.asylon.app.register;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.asylon.app.assessment.AssessmentService;
import org.asylon.app.storage.AuditTrail;
import org.asylon.core.document.Document;
import org.asylon.core.fact.Fact;
import org.asylon.core.problem.InvalidInputException;
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
    private final RegisterCache cache;

    public RegisterService(RegisterRepository repository, AssessmentService assessments, KnowledgeBase knowledge,
                           AuditTrail audit, Clock clock, RegisterCache cache) {
        this.repository = repository;
        this.cache = cache;
        this.assessments = assessments;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads, stores and assesses a new deployment; the profile text is kept exactly as given. */
    @Transactional
    public Profile importProfile(String fileName, String yaml, boolean published, String actor) {
        Document document = Document.parse(fileName, yaml, Document.Format.YAML);
        Profile profile = knowledge.profileReader().read(document);
        if (repository.exists(profile.id())) {
            throw new InvalidInputException(document.problem("/id", "a deployment with id '" + profile.id()
                    + "' exists already; edit it instead"));
        }
        DeploymentSummary summary = summary(profile, published);
        repository.insert(summary, yaml, profile.digest(), actor, clock.instant());
        AssessmentService.Verdicts verdicts = assessments.assessAndStore(profile.id(), 1, profile, actor);
        repository.updateVerdicts(profile.id(), verdicts.worstSeverity(), verdicts.aiActClass(), verdicts.dpia());
        audit.record(actor, "create", "deployment", profile.id(), null, "revision 1" + (published ? ", published" : ""));
        return profile;
    }

    /**
     * Stores an edited profile as the deployment's next revision and updates the register's verdicts. The edit must
     * start from the current version; otherwise nothing is stored and the conflict says what the
     * current text is, so the editor can compare.
     */
    @Transactional
    public Profile revise(String id, String yaml, int expectedVersion, String actor) {
        DeploymentSummary current = repository.find(id, false).orElseThrow(() -> new java.util.NoSuchElementException(id));
        Document document = Document.parse(id + ".yaml", yaml, Document.Format.YAML);
        Profile profile = knowledge.profileReader().read(document);
        if (!profile.id().equals(id)) {
            throw new InvalidInputException(document.problem("/id", "the id cannot change (it is '" + id + "')"));
        }
        String currentYaml = repository.profileYaml(id, current.currentRevision()).orElseThrow();
        int revision = current.currentRevision() + 1;
        if (current.version() != expectedVersion
                || !repository.revise(summary(profile, current.published()), expectedVersion, revision, yaml, profile.digest(),
                actor, clock.instant())) {
            throw new EditConflict(currentYaml, current.version());
        }
        if (current.approved()) {
            audit.record(actor, "approval withdrawn", "deployment", id, "approved revision " + current.approvedRevision(),
                    "revision " + revision + " saved");
        }
        // The register shows the new revision's verdicts at once; the stored assessment stays with the
        // revision it was made on until someone re-runs the instruments, so the change can be reviewed.
        AssessmentService.Verdicts verdicts = assessments.verdicts(assessments.assess(profile));
        repository.updateVerdicts(id, verdicts.worstSeverity(), verdicts.aiActClass(), verdicts.dpia());
        audit.record(actor, "revise", "deployment", id, "revision " + current.currentRevision() + " " + digest(currentYaml),
                "revision " + revision + " " + profile.digest());
        return profile;
    }

    /** Someone else changed the deployment since the editor loaded it. */
    public static final class EditConflict extends RuntimeException {
        private final String currentYaml;
        private final int currentVersion;

        EditConflict(String currentYaml, int currentVersion) {
            super("the deployment changed since it was opened for editing");
            this.currentYaml = currentYaml;
            this.currentVersion = currentVersion;
        }

        public String currentYaml() {
            return currentYaml;
        }

        public int currentVersion() {
            return currentVersion;
        }

        /** A unified diff from the current text to the refused one, to show what would be overwritten. */
        public List<String> diffAgainst(String yours) {
            List<String> current = currentYaml.lines().toList();
            List<String> refused = yours.lines().toList();
            return com.github.difflib.UnifiedDiffUtils.generateUnifiedDiff("current", "yours", current,
                    com.github.difflib.DiffUtils.diff(current, refused), 2);
        }
    }

    public List<RegisterRepository.Revision> revisions(String id) {
        return repository.revisions(id);
    }

    /** The text of one revision. */
    public Optional<String> revisionYaml(String id, int revision) {
        return repository.profileYaml(id, revision);
    }

    /** Why a review step was refused. */
    public static final class ReviewRefused extends RuntimeException {
        public ReviewRefused(String messageKey) {
            super(messageKey);
        }
    }

    /** Asks for review of the current revision (from draft or after being returned). */
    @Transactional
    public void requestReview(String id, int version, String actor) {
        DeploymentSummary current = repository.find(id, false).orElseThrow(() -> new java.util.NoSuchElementException(id));
        String from = current.reviewState();
        if (!from.equals("draft") && !from.equals("returned") || !repository.review(id, version, from, "in_review", null, null)) {
            throw new ReviewRefused("review.refused.state");
        }
        audit.record(actor, "review requested", "deployment", id, from, "in_review, revision " + current.currentRevision());
    }

    /**
     * Approves or returns the revision under review. The reviewer must not be the author of the
     * revision (four eyes); an approval names the exact revision it approves.
     */
    @Transactional
    public void decide(String id, int version, boolean approve, String comment, String reviewer) {
        DeploymentSummary current = repository.find(id, false).orElseThrow(() -> new java.util.NoSuchElementException(id));
        if (!current.reviewState().equals("in_review")) {
            throw new ReviewRefused("review.refused.state");
        }
        String author = repository.revisionAuthor(id, current.currentRevision()).orElse("");
        if (author.equals(reviewer)) {
            throw new ReviewRefused("review.refused.ownWork");
        }
        String to = approve ? "approved" : "returned";
        if (!repository.review(id, version, "in_review", to, approve ? current.currentRevision() : null,
                comment == null || comment.isBlank() ? null : comment.strip())) {
            throw new ReviewRefused("review.refused.state");
        }
        audit.record(reviewer, approve ? "approved" : "returned", "deployment", id, "in_review",
                to + ", revision " + current.currentRevision() + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
    }

    /** The stored text of the current revision, for editing. */
    public Optional<String> currentYaml(String id) {
        return repository.find(id, false).flatMap(summary -> repository.profileYaml(id, summary.currentRevision()));
    }

    private static String digest(String text) {
        return org.asylon.core.document.Digests.sha256(text);
    }

    public RegisterPage search(RegisterQuery query) {
        return cache.page(query, () -> repository.search(query));
    }

    public Optional<DeploymentView> view(String id, boolean publishedOnly) {
        return repository.find(id, publishedOnly).map(summary -> {
            String yaml = repository.profileYaml(id, summary.currentRevision()).orElseThrow();
            Profile profile = knowledge.profileReader().read(Document.parse(id + ".yaml", yaml, Document.Format.YAML));
            // The public sees an assessment only once a reviewer has approved this very revision.
            boolean showResults = !publishedOnly || summary.approved();
            return new DeploymentView(summary, profile, showResults ? assessments.assess(profile) : List.of());
        });
    }

    /** Technologies present in the register, for filter choices. */
    /** The register page for anonymous visitors in a language, rendered by {@code render} once until a deployment changes. */
    public String publicRegisterPage(RegisterQuery query, String language, java.util.function.Supplier<String> render) {
        return cache.publicHtml(query, language, render);
    }

    public List<String> technologies() {
        return cache.technologies(() -> repository.distinct("technologies"));
    }

    /** Jurisdictions present in the register, for filter choices. */
    public List<String> jurisdictions() {
        return cache.jurisdictions(() -> repository.distinct("jurisdictions"));
    }

    private static DeploymentSummary summary(Profile profile, boolean published) {
        Fact categories = profile.fact("technology.categories");
        @SuppressWarnings("unchecked")
        List<String> technologies = categories.isKnown() ? (List<String>) categories.value() : List.of();
        return new DeploymentSummary(profile.id(), profile.name(), published, 1, 0, profile.status(), profile.jurisdictions(),
                technologies, String.join("; ", profile.operators().stream().map(Operator::name).toList()),
                String.join("; ", profile.vendors().stream().map(Vendor::name).toList()), null, null, null, java.time.Instant.EPOCH,
                "draft", null, null);
    }
}
