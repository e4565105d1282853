package org.asylon.audit.report;

import java.util.List;
import org.asylon.audit.AuditResult;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The Markdown memo as one self-contained HTML page, with SVG charts drawn inline. */
public final class HtmlAuditReport {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
            + "line-height:1.45;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}"
            + "th,td{border:1px solid #ccc;padding:.25rem .5rem}td{font-variant-numeric:tabular-nums}"
            + "figure{margin:0 0 .5rem}h3{margin-top:1.5rem}";

    private final MarkdownAuditReport markdown;

    public HtmlAuditReport(MarkdownAuditReport markdown) {
        this.markdown = markdown;
    }

    public String render(AuditResult result) {
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        String body = renderer.render(parser.parse(markdown.render(result)));
        String title = result.spec().title() != null ? result.spec().title()
                : "Disparity audit of " + MarkdownAuditReport.fileName(result.provenance().inputFile());
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.escape(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
