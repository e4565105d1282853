package org.asylon.app.register;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.asylon.app.assessment.AssessmentService;
import org.asylon.app.assessment.AssessmentStatus;
import org.asylon.app.web.Ui;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.report.Citations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The register (filterable list) and a deployment's page. Anonymous visitors see only what is published. */
@Controller
public class RegisterController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final RegisterService register;
    private final KnowledgeBase knowledge;
    private final Citations citations;
    private final AssessmentService assessments;
    private final TemplateEngine templates;

    public RegisterController(RegisterService register, KnowledgeBase knowledge, Citations citations,
                              AssessmentService assessments, TemplateEngine templates) {
        this.register = register;
        this.knowledge = knowledge;
        this.citations = citations;
        this.assessments = assessments;
        this.templates = templates;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/register";
    }

    @GetMapping("/register")
    ResponseEntity<String> register(@RequestParam(required = false) String q, @RequestParam(required = false) String technology,
                    @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String severity,
                    @RequestParam(required = false) String aiActClass, @RequestParam(required = false) String dpia,
                    @RequestParam(required = false) String status, @RequestParam(required = false) String sort,
                    @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer size,
                    Principal principal, java.util.Locale locale, Model model) {
        int rows = size != null && RegisterQuery.PAGE_SIZES.contains(size) ? size : RegisterQuery.DEFAULT_SIZE;
        RegisterQuery query = new RegisterQuery(q, technology, jurisdiction, severity, aiActClass, dpia, status, sort, page,
                rows, principal == null);
        Supplier<String> render = () -> {
            Map<String, Object> parameters = new HashMap<>(model.asMap());
            parameters.put("query", query);
            parameters.put("page", register.search(query));
            parameters.put("technologies", register.technologies());
            parameters.put("jurisdictions", register.jurisdictions());
            StringOutput html = new StringOutput();
            templates.render("register.jte", parameters, html);
            return html.toString();
        };
        // The most requested page: anonymous visitors get it rendered once per query and language.
        String html = principal == null ? register.publicRegisterPage(query, locale.toLanguageTag(), render) : render.get();
        return ResponseEntity.ok().contentType(HTML).body(html);
    }

    @GetMapping("/deployments/{id}")
    String deployment(@PathVariable String id, Principal principal, java.util.Locale locale, Model model) {
        RegisterService.DeploymentView view = register.view(id, principal == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", view);
        model.addAttribute("facts", FactSheet.of(view.profile(), knowledge.facts(), citations,
                knowledge.texts().in(Ui.language(locale))));
        model.addAttribute("citations", citations);
        if (principal != null) {
            model.addAttribute("outOfDate", assessments.status(id, view.summary().currentRevision()).stream()
                    .filter(AssessmentStatus::outOfDate).toList());
        }
        return "deployment";
    }
}
