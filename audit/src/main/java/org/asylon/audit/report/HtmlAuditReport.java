package org.asylon.audit.report;

import java.util.List;
import java.util.Set;
import org.asylon.audit.AuditResult;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

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
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).nodeRendererFactory(DataAsText::new).build();
        String body = renderer.render(parser.parse(markdown.render(result)));
        String title = result.spec().title() != null ? result.spec().title()
                : "Disparity audit of " + MarkdownAuditReport.fileName(result.provenance().inputFile());
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.escape(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /**
     * Values from the data (group names, decision values) are text, never markup, even where they
     * look like HTML: only the report's own charts ({@code <figure>} blocks) pass through as HTML.
     */
    private static final class DataAsText implements NodeRenderer {
        private final HtmlWriter html;

        DataAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class, HtmlBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof HtmlBlock block) {
                html.line();
                if (block.getLiteral().startsWith("<figure>")) {
                    html.raw(block.getLiteral());
                } else {
                    html.tag("p");
                    html.text(block.getLiteral());
                    html.tag("/p");
                }
                html.line();
            } else {
                html.text(((HtmlInline) node).getLiteral());
            }
        }
    }
}
