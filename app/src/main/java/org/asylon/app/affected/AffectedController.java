package org.asylon.app.affected;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.asylon.app.letter.LetterLanguage;
import org.asylon.app.letter.RequestCatalogue;
import org.asylon.app.register.RegisterQuery;
import org.asylon.app.register.RegisterService;
import org.asylon.core.knowledge.KnowledgeBase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages for the people on the receiving end of a system, and those who help them: the published
 * deployments in plain words, each with the person's rights, whom to write to, and a request letter.
 */
@Controller
public class AffectedController {

    private final RegisterService register;
    private final KnowledgeBase knowledge;
    private final RequestCatalogue requests;
    private final Clock clock;

    public AffectedController(RegisterService register, KnowledgeBase knowledge, RequestCatalogue requests, Clock clock) {
        this.register = register;
        this.knowledge = knowledge;
        this.requests = requests;
        this.clock = clock;
    }

    /** Few enough rows that the page stays light on a slow connection. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/plain")
    String index(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Principal principal,
                 Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("page", register.search(new RegisterQuery(text, null, null, null, null, null, null, "name", page,
                PAGE_SIZE, principal == null)));
        return "plain/index";
    }

    @GetMapping("/plain/{id}")
    String deployment(@PathVariable String id, Principal principal, Locale locale, Model model) {
        RegisterService.DeploymentView view = register.view(id, principal == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("plain", PlainPage.of(view, knowledge.facts(), knowledge.catalogue().glossary(), requests,
                readerLanguage(requests, locale), LocalDate.now(clock)));
        return "plain/deployment";
    }

    /** The reader's language for legal citations, English when the knowledge has no letters in it. */
    public static LetterLanguage readerLanguage(RequestCatalogue requests, Locale locale) {
        return requests.language(locale.getLanguage()).or(() -> requests.language("en")).orElseThrow();
    }
}
