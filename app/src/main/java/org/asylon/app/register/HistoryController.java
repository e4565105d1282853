package org.asylon.app.register;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A deployment's revisions, and the difference between any two of them. Signed-in users only. */
@Controller
public class HistoryController {

    private final RegisterService register;

    public HistoryController(RegisterService register) {
        this.register = register;
    }

    /** What the history page shows: the revisions, and a diff when two are chosen. */
    public record History(String id, String name, List<RegisterRepository.Revision> revisions, Integer from, Integer to,
                          List<String> diff) {
        public History {
            revisions = List.copyOf(revisions);
            diff = diff == null ? null : List.copyOf(diff);
        }
    }

    @GetMapping("/deployments/{id}/history")
    String history(@PathVariable String id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Principal principal, Model model) {
        var view = register.view(id, false).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> diff = null;
        if (from != null && to != null) {
            String before = register.revisionYaml(id, from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            String after = register.revisionYaml(id, to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            List<String> beforeLines = before.lines().toList();
            diff = UnifiedDiffUtils.generateUnifiedDiff("revision " + from, "revision " + to, beforeLines,
                    DiffUtils.diff(beforeLines, after.lines().toList()), 3);
        }
        model.addAttribute("history", new History(id, view.summary().name(), register.revisions(id), from, to, diff));
        return "history";
    }
}
