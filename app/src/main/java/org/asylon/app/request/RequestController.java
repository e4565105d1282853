package org.asylon.app.request;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.asylon.core.problem.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The team's request tracker: requests sent per deployment, deadlines, answers and follow-up. Never public. */
@Controller
public class RequestController {

    private final RequestService requests;

    public RequestController(RequestService requests) {
        this.requests = requests;
    }

    /** What the tracker pages show. */
    public record Tracker(List<TrackedRequest> requests, String deployment, java.time.LocalDate today) {
        public long overdue() {
            return requests.stream().filter(r -> r.status(today).equals("overdue")).count();
        }
    }

    @GetMapping("/requests")
    String list(@RequestParam(required = false) String deployment, Model model) {
        model.addAttribute("tracker", new Tracker(requests.list(deployment), deployment, requests.today()));
        return "requests/list";
    }

    @GetMapping("/requests/new")
    String newForm(@RequestParam(defaultValue = "") String deployment, Model model) {
        return form(new RequestService.NewRequest(deployment, "access", "", "", requests.today().toString(), "one-month-plus-two", ""),
                List.of(), model);
    }

    @PostMapping("/requests")
    String create(@RequestParam(defaultValue = "") String deployment, @RequestParam(defaultValue = "") String kind,
                  @RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String legalBasis,
                  @RequestParam(defaultValue = "") String sentOn, @RequestParam(defaultValue = "") String deadline,
                  @RequestParam(defaultValue = "") String dueOn, Principal principal, Model model, HttpServletResponse response) {
        RequestService.NewRequest form = new RequestService.NewRequest(deployment, kind, recipient, legalBasis, sentOn, deadline, dueOn);
        try {
            return "redirect:/requests/" + requests.create(form, principal.getName());
        } catch (RequestService.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, refused.problems(), model);
        }
    }

    private String form(RequestService.NewRequest form, List<String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("rules", requests.deadlineRules());
        return "requests/new";
    }

    @GetMapping("/requests/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, List.of(), model);
    }

    private String detail(long id, List<String> problems, Model model) {
        try {
            model.addAttribute("request", requests.find(id));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("today", requests.today());
        model.addAttribute("problems", problems);
        model.addAttribute("factKeys", requests.factKeys());
        return "requests/detail";
    }

    @PostMapping("/requests/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "") String answeredOn, @RequestParam(defaultValue = "") String note,
                  Principal principal, Model model, HttpServletResponse response) {
        return change(id, () -> requests.answer(id, answer, answeredOn, note, principal.getName()), model, response);
    }

    @PostMapping("/requests/{id}/extend")
    String extend(@PathVariable long id, @RequestParam(defaultValue = "") String until, Principal principal, Model model,
                  HttpServletResponse response) {
        return change(id, () -> requests.extend(id, until, principal.getName()), model, response);
    }

    @PostMapping("/requests/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(defaultValue = "") String followUp,
                    @RequestParam(defaultValue = "") String note, Principal principal, Model model, HttpServletResponse response) {
        return change(id, () -> requests.followUp(id, followUp, note, principal.getName()), model, response);
    }

    @PostMapping("/requests/{id}/undisclose")
    String undisclose(@PathVariable long id, @RequestParam(defaultValue = "") String fact, Principal principal, Model model,
                      HttpServletResponse response) {
        return change(id, () -> requests.undisclose(id, fact, principal.getName()), model, response);
    }

    private String change(long id, Runnable action, Model model, HttpServletResponse response) {
        try {
            action.run();
            return "redirect:/requests/" + id;
        } catch (RequestService.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(id, refused.problems(), model);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(id, invalid.problems().stream().map(Object::toString).toList(), model);
        }
    }
}
