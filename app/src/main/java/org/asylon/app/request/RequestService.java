package org.asylon.app.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.asylon.app.letter.DeadlineRule;
import org.asylon.app.letter.RequestCatalogue;
import org.asylon.app.letter.RequestKind;
import org.asylon.app.register.RegisterService;
import org.asylon.app.storage.AuditTrail;
import org.asylon.core.knowledge.KnowledgeBase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records requests, their answers and follow-up; a refusal can make a fact undisclosed in a new profile revision. */
@Service
public class RequestService {

    /** What the team tracks besides the requests of a letter: complaints to an authority. */
    public static final List<String> KINDS = java.util.stream.Stream.concat(RequestKind.ALL.stream(), java.util.stream.Stream.of("complaint")).toList();
    public static final List<String> ANSWERS = List.of("granted", "partial", "refused", "silence");
    public static final List<String> FOLLOW_UPS = List.of("appeal", "complaint", "none");
    /** Deadline choices besides the rules in the knowledge base: a date typed in, or none. */
    public static final String OWN_DATE = "date";
    public static final String NO_DEADLINE = "none";

    /** The form of a new request, as typed. */
    public record NewRequest(String deployment, String kind, String recipient, String legalBasis, String sentOn,
                             String deadline, String dueOn) {
    }

    /** Why a change was refused: message keys of the {@code affected} bundle, one per problem. */
    public static final class Refused extends RuntimeException {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join(", ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final RequestRepository repository;
    private final RequestCatalogue catalogue;
    private final RegisterService register;
    private final KnowledgeBase knowledge;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestService(RequestRepository repository, RequestCatalogue catalogue, RegisterService register,
                          KnowledgeBase knowledge, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.register = register;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<TrackedRequest> list(String deployment) {
        return repository.list(deployment == null || deployment.isBlank() ? null : deployment);
    }

    public TrackedRequest find(long id) {
        return repository.find(id).orElseThrow(() -> new NoSuchElementException("request " + id));
    }

    public List<DeadlineRule> deadlineRules() {
        return catalogue.deadlines().values().stream().sorted(java.util.Comparator.comparing(DeadlineRule::id)).toList();
    }

    @Transactional
    public long create(NewRequest form, String actor) {
        List<String> problems = new ArrayList<>();
        if (register.view(form.deployment(), false).isEmpty()) {
            problems.add("requests.error.deployment");
        }
        if (!KINDS.contains(form.kind())) {
            problems.add("requests.error.kind");
        }
        if (blank(form.recipient())) {
            problems.add("requests.error.recipient");
        }
        if (blank(form.legalBasis())) {
            problems.add("requests.error.legalBasis");
        }
        LocalDate sent = date(form.sentOn(), "requests.error.sentOn", problems);
        LocalDate due = null;
        LocalDate extended = null;
        if (OWN_DATE.equals(form.deadline())) {
            due = date(form.dueOn(), "requests.error.dueOn", problems);
        } else if (!NO_DEADLINE.equals(form.deadline())) {
            DeadlineRule rule = catalogue.deadlines().get(form.deadline());
            if (rule == null) {
                problems.add("requests.error.deadline");
            } else if (sent != null) {
                due = rule.due(sent).due();
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        long id = repository.insert(form.deployment(), form.kind(), form.recipient().strip(), form.legalBasis().strip(), sent, due,
                extended, actor, clock.instant());
        audit.record(actor, "request recorded", "deployment", form.deployment(), null,
                "request " + id + ": " + form.kind() + " to " + form.recipient().strip() + ", sent " + sent + (due == null ? "" : ", due " + due));
        return id;
    }

    @Transactional
    public void answer(long id, String answer, String answeredOn, String note, String actor) {
        TrackedRequest request = find(id);
        List<String> problems = new ArrayList<>();
        if (!ANSWERS.contains(answer)) {
            problems.add("requests.error.answer");
        }
        LocalDate on = date(answeredOn, "requests.error.answeredOn", problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        repository.answer(id, answer, on, blank(note) ? null : note.strip(), clock.instant());
        audit.record(actor, "request answered", "deployment", request.deploymentId(), request.answer(), "request " + id + ": " + answer + " on " + on);
    }

    @Transactional
    public void extend(long id, String until, String actor) {
        TrackedRequest request = find(id);
        List<String> problems = new ArrayList<>();
        LocalDate date = date(until, "requests.error.extendedUntil", problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        repository.extend(id, date, clock.instant());
        audit.record(actor, "request deadline extended", "deployment", request.deploymentId(), String.valueOf(request.deadline()),
                "request " + id + ": until " + date);
    }

    @Transactional
    public void followUp(long id, String followUp, String note, String actor) {
        TrackedRequest request = find(id);
        if (!FOLLOW_UPS.contains(followUp)) {
            throw new Refused(List.of("requests.error.followUp"));
        }
        repository.followUp(id, followUp, blank(note) ? null : note.strip(), clock.instant());
        audit.record(actor, "request follow-up", "deployment", request.deploymentId(), request.followUp(), "request " + id + ": " + followUp);
    }

    /**
     * Turns a fact of the deployment into {@code undisclosed}, citing the refusal as its source, as
     * a new revision of the profile through the register (assessed, and back to draft for review).
     */
    @Transactional
    public void undisclose(long id, String factKey, String actor) {
        TrackedRequest request = find(id);
        if (!request.refused()) {
            throw new Refused(List.of("requests.error.notRefused"));
        }
        if (knowledge.facts().find(factKey).filter(f -> !f.derived()).isEmpty()) {
            throw new Refused(List.of("requests.error.fact"));
        }
        RegisterService.DeploymentView view = register.view(request.deploymentId(), false).orElseThrow();
        String yaml = register.currentYaml(request.deploymentId()).orElseThrow();
        register.revise(request.deploymentId(), Refusals.undisclose(yaml, factKey, request), view.summary().version(), actor);
        repository.undisclosed(id, factKey, clock.instant());
    }

    public List<String> factKeys() {
        return knowledge.facts().writable().stream().map(f -> f.key()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String value, String problem, List<String> problems) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return null;
        }
    }
}
