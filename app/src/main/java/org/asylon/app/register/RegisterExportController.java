package org.asylon.app.register;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register, as filtered, for spreadsheets (CSV) and programs (JSON). */
@RestController
public class RegisterExportController {

    static final List<String> COLUMNS = List.of("id", "name", "status", "jurisdictions", "technologies", "operators", "vendors",
            "worst_severity", "ai_act_class", "dpia", "revision", "updated_at");
    private static final int MAX_ROWS = 100_000;

    private final RegisterService register;

    public RegisterExportController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/register.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String q, @RequestParam(required = false) String technology,
                               @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String severity,
                               @RequestParam(required = false) String aiActClass, @RequestParam(required = false) String dpia,
                               @RequestParam(required = false) String status, Principal principal) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (DeploymentSummary d : rows(q, technology, jurisdiction, severity, aiActClass, dpia, status, principal)) {
                printer.printRecord(row(d).values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toString(), "register.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/register.json")
    ResponseEntity<List<Map<String, Object>>> json(@RequestParam(required = false) String q,
                                                   @RequestParam(required = false) String technology,
                                                   @RequestParam(required = false) String jurisdiction,
                                                   @RequestParam(required = false) String severity,
                                                   @RequestParam(required = false) String aiActClass,
                                                   @RequestParam(required = false) String dpia,
                                                   @RequestParam(required = false) String status, Principal principal) {
        List<Map<String, Object>> body = new ArrayList<>();
        for (DeploymentSummary d : rows(q, technology, jurisdiction, severity, aiActClass, dpia, status, principal)) {
            Map<String, Object> row = new LinkedHashMap<>(row(d));
            row.put("jurisdictions", d.jurisdictions());
            row.put("technologies", d.technologies());
            body.add(row);
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("register.json").build().toString()).body(body);
    }

    private List<DeploymentSummary> rows(String q, String technology, String jurisdiction, String severity, String aiActClass,
                                         String dpia, String status, Principal principal) {
        return register.search(new RegisterQuery(q, technology, jurisdiction, severity, aiActClass, dpia, status, "name", 1,
                MAX_ROWS, principal == null)).items();
    }

    private static Map<String, Object> row(DeploymentSummary d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("name", d.name());
        row.put("status", d.status());
        row.put("jurisdictions", String.join(" ", d.jurisdictions()));
        row.put("technologies", String.join(" ", d.technologies()));
        row.put("operators", d.operators());
        row.put("vendors", d.vendors());
        row.put("worst_severity", d.worstSeverity());
        row.put("ai_act_class", d.aiActClass());
        row.put("dpia", d.dpia());
        row.put("revision", d.currentRevision());
        row.put("updated_at", d.updatedAt().toString());
        return row;
    }

    private static ResponseEntity<byte[]> download(String text, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
