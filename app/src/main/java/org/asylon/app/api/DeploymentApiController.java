package org.asylon.app.api;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.app.register.RegisterQuery;
import org.asylon.app.register.RegisterService;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.report.Citations;
import org.asylon.report.JsonReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The team API (signed in or with a token): every deployment, published or not, and adding one
 * from a profile. Errors are RFC 9457 problem details; invalid profiles list every problem.
 */
@RestController
@RequestMapping(path = "/api/v1/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeploymentApiController {

    private final RegisterService register;
    private final JsonReport json;

    public DeploymentApiController(RegisterService register, Citations citations) {
        this.register = register;
        this.json = new JsonReport(citations);
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        var result = register.search(new RegisterQuery(null, null, null, null, null, null, null, "name", page,
                Math.min(size, Pages.MAX_SIZE), false));
        return Pages.of(result, d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id());
            item.put("name", d.name());
            item.put("published", d.published());
            item.put("revision", d.currentRevision());
            item.put("reviewState", d.reviewState());
            item.put("worstSeverity", d.worstSeverity());
            return item;
        });
    }

    @GetMapping("/{id}")
    ObjectNode one(@PathVariable String id) {
        var view = register.view(id, false)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no deployment '" + id + "'"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", id);
        body.put("revision", view.summary().currentRevision());
        body.put("reviewState", view.summary().reviewState());
        ArrayNode results = body.putArray("results");
        view.results().forEach(result -> results.add(json.result(view.profile(), result)));
        return body;
    }

    @PostMapping(consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Object> add(@RequestBody String profile, @RequestParam(defaultValue = "false") boolean publish, Principal principal) {
        try {
            String id = register.importProfile("profile.yaml", profile, publish, principal.getName()).id();
            return ResponseEntity.created(URI.create("/api/v1/deployments/" + id)).body(Map.of("id", id));
        } catch (InvalidInputException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    e.problems().size() + " problem(s) in the profile; nothing was stored");
            problem.setTitle("Invalid profile");
            List<Map<String, Object>> problems = e.problems().stream().map(p -> Map.<String, Object>of(
                    "line", p.line(), "column", p.column(), "message", p.message())).toList();
            problem.setProperty("problems", problems);
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
