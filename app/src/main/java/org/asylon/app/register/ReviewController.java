package org.asylon.app.register;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Review and sign-off: draft → in review → approved, or returned with comments. */
@Controller
public class ReviewController {

    private final RegisterService register;

    public ReviewController(RegisterService register) {
        this.register = register;
    }

    @PostMapping("/deployments/{id}/review/request")
    String request(@PathVariable String id, @RequestParam int version, Principal principal, RedirectAttributes redirect) {
        return act(id, redirect, () -> register.requestReview(id, version, principal.getName()));
    }

    @PostMapping("/deployments/{id}/review/decide")
    String decide(@PathVariable String id, @RequestParam int version, @RequestParam String decision,
                  @RequestParam(required = false) String comment, Principal principal, RedirectAttributes redirect) {
        if (!decision.equals("approve") && !decision.equals("return")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return act(id, redirect, () -> register.decide(id, version, decision.equals("approve"), comment, principal.getName()));
    }

    private String act(String id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (RegisterService.ReviewRefused refused) {
            redirect.addFlashAttribute("reviewMessage", refused.getMessage());
        }
        return "redirect:/deployments/" + id;
    }
}
