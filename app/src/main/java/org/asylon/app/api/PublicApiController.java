package org.asylon.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.app.register.RegisterQuery;
import org.asylon.app.register.RegisterService;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.report.Citations;
import org.asylon.report.JsonReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The research API over the public register: published deployments and their current results,
 * in the documented JSON result shape (docs/json-output.md), paginated.
 */
@RestController
@RequestMapping(path = "/api/v1/public", produces = MediaType.APPLICATION_JSON_VALUE)
public class PublicApiController {

    private final RegisterService register;
    private final KnowledgeBase knowledge;
    private final JsonReport json;

    public PublicApiController(RegisterService register, KnowledgeBase knowledge, Citations citations) {
        this.register = register;
        this.knowledge = knowledge;
        this.json = new JsonReport(citations);
    }

    @GetMapping("/deployments")
    Map<String, Object> deployments(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size,
                                    @RequestParam(required = false) String q, @RequestParam(required = false) String technology,
                                    @RequestParam(required = false) String jurisdiction) {
        var result = register.search(new RegisterQuery(q, technology, jurisdiction, null, null, null, null, "name", page,
                Math.min(size, Pages.MAX_SIZE), true));
        return Pages.of(result, d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id());
            item.put("name", d.name());
            item.put("status", d.status());
            item.put("jurisdictions", d.jurisdictions());
            item.put("technologies", d.technologies());
            item.put("worstSeverity", d.worstSeverity());
            item.put("aiActClass", d.aiActClass());
            item.put("dpia", d.dpia());
            item.put("url", "/deployments/" + d.id());
            return item;
        });
    }

    @GetMapping("/deployments/{id}")
    ObjectNode deployment(@PathVariable String id) {
        RegisterService.DeploymentView view = register.view(id, true)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published deployment '" + id + "'"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", view.summary().id());
        body.put("name", view.summary().name());
        body.put("revision", view.summary().currentRevision());
        body.put("knowledgeHash", knowledge.digest());
        ArrayNode results = body.putArray("results");
        view.results().forEach(result -> results.add(json.result(view.profile(), result)));
        return body;
    }

    @GetMapping("/instruments")
    List<Map<String, Object>> instruments() {
        return knowledge.allInstruments().stream().map(instrument -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", instrument.id());
            item.put("version", instrument.version());
            item.put("title", instrument.title());
            item.put("rules", instrument.rules().size());
            return item;
        }).toList();
    }
}
