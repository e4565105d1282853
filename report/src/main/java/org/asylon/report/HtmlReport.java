package org.asylon.report;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown memo as a self-contained HTML page: styles inline in the page, no scripts, no
 * fonts or anything else fetched from elsewhere. Raw HTML in data is escaped, never passed on.
 */
public final class HtmlReport {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
            h1,h2,h3,h4{line-height:1.25}h2{border-bottom:2px solid #444;padding-bottom:.2rem;margin-top:2.5rem}
            table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #888;padding:.3rem .5rem;text-align:start;vertical-align:top}
            blockquote{border-inline-start:4px solid #8a5a00;margin:1rem 0;padding:.3rem 1rem;background:#fff6e5}
            code{background:#f0f0f0;padding:0 .2rem}a{color:#0b4f9c}.footnotes{font-size:.9rem}
            @media print{body{max-width:none}a{color:inherit}}
            """;

    private final MarkdownReport markdown;

    public HtmlReport(MarkdownReport markdown) {
        this.markdown = markdown;
    }

    public String render(List<ProfileAssessment> assessments) {
        String title = assessments.isEmpty() ? "Asylon assessment" : assessments.get(0).profile().name();
        String body = RENDERER.render(PARSER.parse(markdown.render(assessments)));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " — Asylon assessment</title>\n<style>" + STYLE + "</style>\n</head>\n"
                + "<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
