package org.asylon.app.register;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The advanced editor: adding a deployment and revising its profile as YAML, as in the knowledge
 * base (the form in {@code editor} is the usual way). Problems are
 * shown next to the text with their line and column, and the text is kept; an edit based on an
 * outdated version is refused with a diff against the current text.
 */
@Controller
public class EditController {

    private final RegisterService register;

    public EditController(RegisterService register) {
        this.register = register;
    }

    /** What the editing page shows. */
    public record EditForm(String mode, String id, String yaml, int version, List<Problem> problems, List<String> conflict) {
        public EditForm {
            problems = List.copyOf(problems);
            conflict = conflict == null ? null : List.copyOf(conflict);
        }
    }

    @GetMapping("/deployments/new/yaml")
    String newForm(Model model) {
        model.addAttribute("form", new EditForm("new", null, "", 0, List.of(), null));
        return "edit";
    }

    @PostMapping("/deployments/new/yaml")
    String create(@RequestParam String profile, @RequestParam(defaultValue = "false") boolean publish, Principal principal,
                  Model model, HttpServletResponse response) {
        try {
            String id = register.importProfile("profile.yaml", profile, publish, principal.getName()).id();
            return "redirect:/deployments/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", new EditForm("new", null, profile, 0, e.problems(), null));
            return "edit";
        }
    }

    @GetMapping("/deployments/{id}/edit/yaml")
    String editForm(@PathVariable String id, Model model) {
        var view = register.view(id, false).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String yaml = register.currentYaml(id).orElseThrow();
        model.addAttribute("form", new EditForm("edit", id, yaml, view.summary().version(), List.of(), null));
        return "edit";
    }

    @PostMapping("/deployments/{id}/edit/yaml")
    String revise(@PathVariable String id, @RequestParam String profile, @RequestParam int version, Principal principal,
                  Model model, HttpServletResponse response) {
        if (register.currentYaml(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            register.revise(id, profile, version, principal.getName());
            return "redirect:/deployments/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", new EditForm("edit", id, profile, version, e.problems(), null));
        } catch (RegisterService.EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("form", new EditForm("edit", id, profile, conflict.currentVersion(), List.of(),
                    conflict.diffAgainst(profile)));
        }
        return "edit";
    }
}
