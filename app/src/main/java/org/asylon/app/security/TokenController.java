package org.asylon.app.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's API tokens: create (shown once), list, revoke. */
@Controller
public class TokenController {

    private final ApiTokens tokens;

    public TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Authentication authentication, Model model) {
        return page(authentication, model, null, null);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, @RequestParam String role, Authentication authentication, Model model) {
        List<String> allowed = roles(authentication);
        if (name.isBlank() || name.length() > 100 || !allowed.contains(role)) {
            return page(authentication, model, null, "tokens.invalid");
        }
        String token = tokens.create(authentication.getName(), name.strip(), Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)));
        return page(authentication, model, token, null);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
        return "redirect:/account/tokens";
    }

    private String page(Authentication authentication, Model model, String created, String message) {
        model.addAttribute("tokens", tokens.of(authentication.getName()));
        model.addAttribute("roles", roles(authentication));
        model.addAttribute("created", created);
        model.addAttribute("message", message);
        return "tokens";
    }

    /** The roles a token may carry: those of its creator. */
    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5).toLowerCase(java.util.Locale.ROOT))
                .filter(r -> Arrays.stream(Role.values()).anyMatch(v -> v.id().equals(r))).sorted().toList();
    }
}
