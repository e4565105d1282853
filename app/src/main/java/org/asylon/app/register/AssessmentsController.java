package org.asylon.app.register;

import java.security.Principal;
import java.util.List;
import org.asylon.app.assessment.AssessmentService;
import org.asylon.app.assessment.AssessmentStatus;
import org.asylon.app.storage.AuditTrail;
import org.asylon.app.web.Ui;
import org.asylon.core.document.Document;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;
import org.asylon.report.Citations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Running instruments on a revision and keeping the result; which stored results are out of date
 * (facts, instrument or knowledge changed), and what changed between an instrument's last two runs,
 * with the facts that changed between their revisions.
 */
@Controller
public class AssessmentsController {

    /** One instrument's runs and the facts that changed between the revisions they assessed. */
    public record InstrumentRuns(AssessmentStatus status, List<FactSheet.Change> facts) {
    }

    private final RegisterService register;
    private final AssessmentService assessments;
    private final KnowledgeBase knowledge;
    private final Citations citations;
    private final AuditTrail audit;

    public AssessmentsController(RegisterService register, AssessmentService assessments, KnowledgeBase knowledge,
                                 Citations citations, AuditTrail audit) {
        this.register = register;
        this.assessments = assessments;
        this.knowledge = knowledge;
        this.citations = citations;
        this.audit = audit;
    }

    @GetMapping("/deployments/{id}/assessments")
    String page(@PathVariable String id, java.util.Locale locale, Model model) {
        var view = register.view(id, false).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        java.util.Map<Integer, FactSheet> sheets = new java.util.HashMap<>();
        List<InstrumentRuns> runs = assessments.status(id, view.summary().currentRevision()).stream()
                .map(status -> new InstrumentRuns(status, status.previous() == null
                        || status.previous().revision() == status.latest().revision() ? List.of()
                        : sheets.computeIfAbsent(status.previous().revision(), r -> sheet(id, r, locale))
                        .changesTo(sheets.computeIfAbsent(status.latest().revision(), r -> sheet(id, r, locale)))))
                .toList();
        model.addAttribute("summary", view.summary());
        model.addAttribute("runs", runs);
        model.addAttribute("revisions", register.revisions(id));
        return "assessments";
    }

    @PostMapping("/deployments/{id}/assessments")
    String run(@PathVariable String id, @RequestParam(name = "instrument", required = false) List<String> instruments,
               @RequestParam int revision, Principal principal, RedirectAttributes redirect) {
        register.revisionYaml(id, revision).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> chosen = instruments == null ? List.of()
                : instruments.stream().filter(instrumentId -> knowledge.instrument(instrumentId).isPresent()).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("assessMessage", "assess.noneChosen");
            return "redirect:/deployments/" + id + "/assessments";
        }
        assessments.run(id, revision, profile(id, revision), chosen, principal.getName());
        audit.record(principal.getName(), "assess", "deployment", id, null,
                "revision " + revision + ": " + String.join(", ", chosen));
        return "redirect:/deployments/" + id + "/assessments#changes";
    }

    private Profile profile(String id, int revision) {
        String yaml = register.revisionYaml(id, revision).orElseThrow();
        return knowledge.profileReader().read(Document.parse(id + ".yaml", yaml, Document.Format.YAML));
    }

    private FactSheet sheet(String id, int revision, java.util.Locale locale) {
        return FactSheet.of(profile(id, revision), knowledge.facts(), citations, knowledge.texts().in(Ui.language(locale)));
    }
}
