package org.asylon.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.asylon.report.PdfReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The team's disparity audits: take in a data file, map its columns, follow the run, read and attach the result. */
@Controller
public class AuditController {

    /** Seconds between reloads of the page of a running audit. */
    static final int REFRESH_SECONDS = 2;

    private final AuditRuns runs;

    public AuditController(AuditRuns runs) {
        this.runs = runs;
    }

    /** What the list page shows: earlier runs, and the intake form with its problems. */
    public record Intake(List<AuditRun> runs, FieldErrors errors, String path, long maxMegabytes,
                         String importDirectory) {
    }

    /** What the mapping page shows. */
    public record MappingPage(AuditRun run, AuditMapping mapping, FieldErrors errors) {
    }

    /** What the page of one run shows. */
    public record RunPage(AuditRun run, Double progress, String report, List<AuditRunRepository.Deployment> deployments,
                          FieldErrors errors) {
    }

    @GetMapping("/audits")
    String list(@RequestParam(required = false) String tooLarge, Model model) {
        return intake(tooLarge == null ? Map.of() : Map.of("file", new AuditMapping.FieldError("audit.error.tooLarge",
                List.of(runs.maxUploadBytes() / (1024 * 1024)))), "", model);
    }

    @PostMapping("/audits")
    String take(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String path,
                Principal principal, Model model, HttpServletResponse response) {
        try {
            long id;
            if (file != null && !file.isEmpty()) {
                try (var content = file.getInputStream()) {
                    id = runs.upload(file.getOriginalFilename(), content, principal.getName());
                }
            } else if (!path.isBlank()) {
                id = runs.importFile(path, principal.getName());
            } else if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                throw new AuditRuns.Refused("file", "audit.error.emptyFile", file.getOriginalFilename());
            } else {
                throw new AuditRuns.Refused("file", "audit.error.noInput");
            }
            return "redirect:/audits/" + id + "/mapping";
        } catch (AuditRuns.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return intake(refused.errors(), path, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String intake(Map<String, AuditMapping.FieldError> errors, String path, Model model) {
        model.addAttribute("intake", new Intake(runs.list(), new FieldErrors(errors), path, runs.maxUploadBytes() / (1024 * 1024),
                runs.importDirectory().toString()));
        return "audits/list";
    }

    @GetMapping("/audits/{id}/mapping")
    String mapping(@PathVariable long id, Model model) {
        AuditRun run = run(id);
        return mapping(run, run.mappingOrDefaults(), Map.of(), model);
    }

    /** The mapping form; its fields bind to the mapping's components by name (absent ones take their defaults). */
    @PostMapping("/audits/{id}/mapping")
    String map(@PathVariable long id, AuditMapping mapping, Principal principal, Model model,
               HttpServletResponse response) {
        run(id);
        try {
            runs.start(id, mapping, principal.getName());
            return "redirect:/audits/" + id;
        } catch (AuditRuns.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return mapping(run(id), mapping, refused.errors(), model);
        }
    }

    /** Runs the audit as an uploaded audit spec file says, instead of the mapping form. */
    @PostMapping("/audits/{id}/spec")
    String spec(@PathVariable long id, @RequestParam(required = false) MultipartFile spec, Principal principal,
                Model model, HttpServletResponse response) throws IOException {
        AuditRun run = run(id);
        byte[] content = new byte[0];
        if (spec != null) {
            // One byte more than a spec may have is enough to refuse a larger file without reading it whole.
            try (var in = spec.getInputStream()) {
                content = in.readNBytes(AuditRuns.MAX_SPEC_BYTES + 1);
            }
        }
        try {
            runs.start(id, spec == null ? null : spec.getOriginalFilename(), content, principal.getName());
            return "redirect:/audits/" + id;
        } catch (AuditRuns.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return mapping(run, run.mappingOrDefaults(), refused.errors(), model);
        }
    }

    private static String mapping(AuditRun run, AuditMapping mapping, Map<String, AuditMapping.FieldError> errors,
                                  Model model) {
        model.addAttribute("page", new MappingPage(run, mapping, new FieldErrors(errors)));
        return "audits/mapping";
    }

    @GetMapping("/audits/{id}")
    String show(@PathVariable long id, Model model, HttpServletResponse response) {
        return show(run(id), Map.of(), model, response);
    }

    private String show(AuditRun run, Map<String, AuditMapping.FieldError> errors, Model model,
                        HttpServletResponse response) {
        if (run.status() == AuditRun.Status.MAPPING) {
            return "redirect:/audits/" + run.id() + "/mapping";
        }
        if (run.status().inProgress()) {
            // The page reloads itself by the HTTP header (no script needed); the page also has a link to reload.
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        String report = run.status() == AuditRun.Status.DONE ? body(runs.report(run.id(), "html")) : null;
        var progress = runs.progress(run.id());
        model.addAttribute("page", new RunPage(run, progress.isPresent() ? progress.getAsDouble() : null, report,
                runs.deployments(), new FieldErrors(errors)));
        return "audits/run";
    }

    @PostMapping("/audits/{id}/attach")
    String attach(@PathVariable long id, @RequestParam(defaultValue = "") String deployment, Principal principal,
                  Model model, HttpServletResponse response) {
        AuditRun run = run(id);
        try {
            runs.attach(id, deployment, principal.getName());
            return "redirect:/deployments/" + deployment;
        } catch (AuditRuns.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(run, refused.errors(), model, response);
        }
    }

    @GetMapping("/audits/{id}/report.{format}")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String format) {
        AuditRun run = run(id);
        if (run.status() != AuditRun.Status.DONE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return switch (format) {
            case "pdf" -> download(PdfReport.renderPage(runs.report(id, "html")), MediaType.APPLICATION_PDF, id, format);
            case "md" -> download(text(runs.report(id, "md")), new MediaType("text", "markdown", StandardCharsets.UTF_8),
                    id, format);
            case "html" -> download(text(runs.report(id, "html")), new MediaType("text", "html", StandardCharsets.UTF_8),
                    id, format);
            case "json" -> download(text(runs.report(id, "json")), MediaType.APPLICATION_JSON, id, format);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    private AuditRun run(long id) {
        try {
            return runs.find(id);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The report's body, to show inside the platform's page (its own style sheet is for the download). */
    static String body(String page) {
        int start = page.indexOf("<body>");
        int end = page.lastIndexOf("</body>");
        return start < 0 || end < start ? page : page.substring(start + "<body>".length(), end);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, long id, String format) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-" + id + "." + format).build().toString())
                .body(body);
    }
}
