package org.asylon.app.editor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asylon.app.register.RegisterService;
import org.asylon.app.web.PageMessages;
import org.asylon.core.problem.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The profile form: one page per deployment, new or existing. A save becomes the deployment's
 * next immutable revision through {@link RegisterService}; problems come back next to their
 * fields with every value kept; drafts are autosaved per person and restored on return.
 */
@Controller
public class ProfileFormController {

    /** The draft key of a deployment not yet created. */
    static final String NEW = "";

    private final RegisterService register;
    private final FormPages pages;
    private final DraftRepository drafts;
    private final PageMessages messages;
    private final Clock clock;

    public ProfileFormController(RegisterService register, FormPages pages, DraftRepository drafts, PageMessages messages,
                                 Clock clock) {
        this.register = register;
        this.pages = pages;
        this.drafts = drafts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/deployments/new")
    String newForm(Principal principal, Model model) {
        var draft = drafts.find(principal.getName(), NEW);
        FormValues values = draft.map(DraftRepository.Draft::values).orElse(new FormValues(Map.of()));
        return show(model, pages.page("new", null, 0, values, Map.of(),
                draft.map(DraftRepository.Draft::savedAt).orElse(null), null));
    }

    @GetMapping("/deployments/{id}/edit")
    String editForm(@PathVariable String id, Principal principal, Model model) {
        var view = register.view(id, false).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var draft = drafts.find(principal.getName(), id);
        FormValues values = draft.map(DraftRepository.Draft::values).orElseGet(() -> pages.values(view.profile()));
        // A draft keeps the version it was started from, so a save over a newer revision is a conflict.
        int version = draft.map(DraftRepository.Draft::baseVersion).orElse(view.summary().version());
        return show(model, pages.page("edit", id, version, values, Map.of(),
                draft.map(DraftRepository.Draft::savedAt).orElse(null), null));
    }

    @PostMapping("/deployments/new")
    String create(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean publish, Principal principal,
                  Locale locale, Model model, HttpServletResponse response) {
        FormValues values = values(request);
        Map<String, List<ProfileForms.Message>> missing = required(values);
        ProfileForms.Conversion conversion = pages.forms().toYaml(values, null);
        if (!missing.isEmpty() || !conversion.ok()) {
            return invalid("new", null, 0, values, merged(missing, conversion.errors()), locale, model, response);
        }
        try {
            register.importProfile("profile.yaml", conversion.yaml(), publish, principal.getName());
        } catch (InvalidInputException e) {
            return invalid("new", null, 0, values, pages.forms().place(e.problems(), conversion.yaml()), locale, model, response);
        }
        drafts.delete(principal.getName(), NEW);
        return "redirect:/deployments/" + values.value(Fields.ID);
    }

    @PostMapping("/deployments/{id}/edit")
    String revise(@PathVariable String id, HttpServletRequest request, @RequestParam int version, Principal principal,
                  Locale locale, Model model, HttpServletResponse response) {
        String base = register.currentYaml(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FormValues values = values(request).with(Fields.ID, id);
        Map<String, List<ProfileForms.Message>> missing = required(values);
        ProfileForms.Conversion conversion = pages.forms().toYaml(values, base);
        if (!missing.isEmpty() || !conversion.ok()) {
            return invalid("edit", id, version, values, merged(missing, conversion.errors()), locale, model, response);
        }
        try {
            register.revise(id, conversion.yaml(), version, principal.getName());
        } catch (InvalidInputException e) {
            return invalid("edit", id, version, values, pages.forms().place(e.problems(), conversion.yaml()), locale, model, response);
        } catch (RegisterService.EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, pages.page("edit", id, conflict.currentVersion(), values, Map.of(), null,
                    conflict.diffAgainst(conversion.yaml())));
        }
        drafts.delete(principal.getName(), id);
        return "redirect:/deployments/" + id;
    }

    /**
     * Keeps the form as it is. Scripts post here in the background and get 204; without
     * scripts the "save draft" button posts here and comes back to the form.
     */
    @PostMapping({"/deployments/new/draft", "/deployments/{id}/edit/draft"})
    ResponseEntity<Void> saveDraft(@PathVariable(required = false) String id, HttpServletRequest request,
                                   @RequestParam(defaultValue = "0") int version, Principal principal) {
        String key = key(id);
        drafts.save(principal.getName(), key, version, values(request), clock.instant());
        if ("fetch".equals(request.getHeader("X-Asylon-Autosave"))) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", formPath(id)).build();
    }

    @PostMapping({"/deployments/new/draft/discard", "/deployments/{id}/edit/draft/discard"})
    String discardDraft(@PathVariable(required = false) String id, Principal principal) {
        drafts.delete(principal.getName(), key(id));
        return "redirect:" + formPath(id);
    }

    private String key(String id) {
        if (id == null) {
            return NEW;
        }
        if (register.currentYaml(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return id;
    }

    private static String formPath(String id) {
        return id == null ? "/deployments/new" : "/deployments/" + id + "/edit";
    }

    private static FormValues values(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return FormValues.ofRequest(request.getParameterMap(), csrf == null ? "_csrf" : csrf.getParameterName());
    }

    private static Map<String, List<ProfileForms.Message>> required(FormValues values) {
        Map<String, List<ProfileForms.Message>> missing = new LinkedHashMap<>();
        for (String field : List.of(Fields.ID, Fields.NAME)) {
            if (values.value(field).isEmpty()) {
                missing.put(field, List.of(new ProfileForms.Message("form.error.required", List.of(), null)));
            }
        }
        return missing;
    }

    private static Map<String, List<ProfileForms.Message>> merged(Map<String, List<ProfileForms.Message>> first,
                                                                 Map<String, List<ProfileForms.Message>> second) {
        Map<String, List<ProfileForms.Message>> all = new LinkedHashMap<>(first);
        second.forEach(all::putIfAbsent);
        return all;
    }

    private String invalid(String mode, String id, int version, FormValues values, Map<String, List<ProfileForms.Message>> errors,
                           Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        Map<String, List<String>> texts = new LinkedHashMap<>();
        errors.forEach((field, list) -> texts.put(field, list.stream().map(message -> message.key() == null ? message.text()
                : messages.getOrElse(message.key(), message.args().toArray(), message.text() == null ? message.key() : message.text(),
                        locale)).toList()));
        return show(model, pages.page(mode, id, version, values, texts, null, null));
    }

    private static String show(Model model, FormPage page) {
        model.addAttribute("form", page);
        return "profile-form";
    }
}
