package org.asylon.app.register;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.asylon.core.engine.Engine;
import org.asylon.report.Citations;
import org.asylon.report.DocxReport;
import org.asylon.report.HtmlReport;
import org.asylon.report.JsonReport;
import org.asylon.report.MarkdownReport;
import org.asylon.report.PdfReport;
import org.asylon.report.ProfileAssessment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A deployment's current assessment as a downloadable report: PDF, Word, Markdown, HTML or JSON. */
@RestController
public class ReportController {

    private final RegisterService register;
    private final Citations citations;

    public ReportController(RegisterService register, Citations citations) {
        this.register = register;
        this.citations = citations;
    }

    @GetMapping("/deployments/{id}/report.{format}")
    ResponseEntity<byte[]> report(@PathVariable String id, @PathVariable String format, Principal principal) {
        RegisterService.DeploymentView view = register.view(id, principal == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ProfileAssessment> assessment = List.of(new ProfileAssessment(view.profile(), view.results()));
        if (format.equals("pdf")) {
            return download(new PdfReport(new HtmlReport(new MarkdownReport(citations))).render(assessment),
                    MediaType.APPLICATION_PDF, id, format);
        }
        if (format.equals("docx")) {
            return download(new DocxReport(new MarkdownReport(citations)).render(assessment),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), id, format);
        }
        String text;
        MediaType type;
        switch (format) {
            case "md" -> {
                text = new MarkdownReport(citations).render(assessment);
                type = new MediaType("text", "markdown", StandardCharsets.UTF_8);
            }
            case "html" -> {
                text = new HtmlReport(new MarkdownReport(citations)).render(assessment);
                type = new MediaType("text", "html", StandardCharsets.UTF_8);
            }
            case "json" -> {
                text = new JsonReport(citations).render(assessment, Engine.version());
                type = MediaType.APPLICATION_JSON;
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(text.getBytes(StandardCharsets.UTF_8), type, id, format);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String id, String format) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(id + "-assessment." + format).build().toString())
                .body(body);
    }
}
