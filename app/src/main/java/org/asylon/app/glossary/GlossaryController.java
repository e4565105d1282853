package org.asylon.app.glossary;

import java.util.Comparator;
import java.util.List;
import org.asylon.core.catalogue.GlossaryTerm;
import org.asylon.core.knowledge.KnowledgeBase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary of the knowledge base, one anchor per term ({@code #g-<id>}), linked from forms and reports. */
@Controller
public class GlossaryController {

    private final List<GlossaryTerm> terms;

    public GlossaryController(KnowledgeBase knowledge) {
        this.terms = knowledge.catalogue().glossary().values().stream()
                .sorted(Comparator.comparing(term -> term.term().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        model.addAttribute("terms", terms);
        return "glossary";
    }
}
