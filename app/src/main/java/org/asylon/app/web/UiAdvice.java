package org.asylon.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.translation.KnowledgeTexts;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link Ui} helper to every page model as {@code ui}. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class UiAdvice {

    private final PageMessages messages;
    private final KnowledgeTexts knowledgeTexts;

    public UiAdvice(PageMessages messages, KnowledgeBase knowledge) {
        this.messages = messages;
        this.knowledgeTexts = knowledge.texts();
    }

    @ModelAttribute("ui")
    Ui ui(Locale locale, Principal principal, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        java.util.Set<String> roles = new java.util.HashSet<>();
        if (principal instanceof org.springframework.security.core.Authentication authentication) {
            authentication.getAuthorities().forEach(authority -> {
                String name = authority.getAuthority();
                if (name.startsWith("ROLE_")) {
                    roles.add(name.substring(5).toLowerCase(java.util.Locale.ROOT));
                }
            });
        }
        return new Ui(messages, locale, principal == null ? null : principal.getName(), request.getRequestURI(),
                () -> csrf == null ? "_csrf" : csrf.getParameterName(),
                () -> csrf == null ? "" : csrf.getToken(), roles, knowledgeTexts.in(Ui.language(locale)));
    }
}
