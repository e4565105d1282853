package org.asylon.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the one-time administrator set-up. */
@Controller
public class LoginController {

    private final AdminSetup setup;

    public LoginController(AdminSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("message", locked != null ? "login.locked" : error != null ? "login.failed" : logout != null ? "login.out" : null);
        return "login";
    }

    @GetMapping("/setup")
    String setupForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("open", setup.setupOpen());
        model.addAttribute("message", null);
        return "setup";
    }

    @PostMapping("/setup")
    String setup(@RequestParam String token, @RequestParam String username, @RequestParam String password, Model model) {
        String message = null;
        if (password.length() < AdminSetup.MINIMUM_PASSWORD_LENGTH) {
            message = "setup.short";
        } else if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            message = "setup.username";
        } else if (!setup.complete(token, username, password)) {
            message = "setup.token";
        }
        if (message == null) {
            return "redirect:/login";
        }
        model.addAttribute("token", token);
        model.addAttribute("open", setup.setupOpen());
        model.addAttribute("message", message);
        return "setup";
    }
}
