package org.asylon.app.register;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.TestResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One technology across countries: a row per deployment, a column per key verdict (the legal
 * tests' outcomes, the AI Act class, the DPIA verdict, the worst finding).
 */
@Controller
public class CompareController {

    private final RegisterService register;

    public CompareController(RegisterService register) {
        this.register = register;
    }

    /** The comparison table: columns (one per legal test), and per deployment its cells in the same order. */
    public record Comparison(String technology, List<Column> columns, List<Row> rows) {
        public Comparison {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A legal test of an instrument, with its English title. */
    public record Column(String instrumentId, String testId, String title) {
    }

    /** One deployment's verdicts; a null cell means not assessed (for example, not yet approved). */
    public record Row(DeploymentSummary deployment, List<String> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    @GetMapping("/compare")
    String compare(@RequestParam String technology, Principal principal, Model model) {
        boolean publicOnly = principal == null;
        List<DeploymentSummary> deployments = register.search(new RegisterQuery(null, technology, null, null, null, null, null,
                "jurisdiction", 1, 500, publicOnly)).items();
        Map<String, Column> testColumns = new LinkedHashMap<>();
        List<Map<String, String>> outcomes = new ArrayList<>();
        for (DeploymentSummary deployment : deployments) {
            Map<String, String> byTest = new LinkedHashMap<>();
            register.view(deployment.id(), publicOnly).ifPresent(view -> {
                for (AssessmentResult result : view.results()) {
                    for (TestResult test : result.tests()) {
                        testColumns.putIfAbsent(result.instrumentId() + "/" + test.id(),
                                new Column(result.instrumentId(), test.id(), test.title()));
                        byTest.put(result.instrumentId() + "/" + test.id(), test.outcome().id()
                                + (test.failedAt() != null ? ":" + test.failedAt() : ""));
                    }
                }
            });
            outcomes.add(byTest);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < deployments.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String column : testColumns.keySet()) {
                cells.add(outcomes.get(i).get(column));
            }
            rows.add(new Row(deployments.get(i), cells));
        }
        model.addAttribute("comparison", new Comparison(technology, new ArrayList<>(testColumns.values()), rows));
        return "compare";
    }
}
