package org.asylon.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The HTML memo as a PDF (openhtmltopdf), with its fonts embedded: DejaVu Sans, packaged with
 * Asylon, covers Latin, Greek, Cyrillic and Arabic; right-to-left text is split and reordered
 * with ICU. Regular and bold are registered as two families, as the renderer needs. Inline SVG
 * (charts) is drawn as vector paths by Batik, its text in the system's sans-serif font.
 * {@link #renderPage} prints any self-contained page of Asylon's, such as an audit report.
 */
public final class PdfReport {

    private static final String FONTS = "/org/asylon/report/fonts/";
    private static final String PRINT_STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Asylon Sans'; font-size: 8pt; } }
            * { font-family: 'Asylon Sans', sans-serif; }
            body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
            h1, h2, h3, h4, strong, b, th { font-family: 'Asylon Sans Bold', sans-serif; font-weight: normal; }
            table { width: 100%; } th, td { font-size: 9pt; } a { color: #0b4f9c; text-decoration: none; }
            code { font-family: 'Asylon Sans', sans-serif; background: none; }
            h2 { page-break-before: auto; } h4 { page-break-after: avoid; }
            """;

    static {
        // The pages are Asylon's own; the renderer's timing notes and CSS remarks are noise on a terminal.
        XRLog.setLoggingEnabled(false);
    }

    private final HtmlReport html;

    public PdfReport(HtmlReport html) {
        this.html = html;
    }

    public byte[] render(List<ProfileAssessment> assessments) {
        return renderPage(html.render(assessments));
    }

    /**
     * A self-contained HTML page (no external resources) as a PDF, with the packaged fonts and
     * right-to-left shaping. The print defaults (A4, page numbers, fonts) come last, so they win
     * over the page's own rules.
     */
    public static byte[] renderPage(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.head().appendElement("style").text(PRINT_STYLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), "Asylon Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "Asylon Sans Bold", 400, FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(TextDirection.LTR);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF report", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        InputStream in = PdfReport.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("font " + name + " is missing from the build");
        }
        return in;
    }
}
