package org.asylon.app.platform;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.asylon.report.PdfReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small PDF once the platform is ready, on a background thread of low priority, so
 * that the first export does not pay for loading the renderer's classes (PDF writer, layout,
 * right-to-left shaping, SVG) and reading the packaged fonts. Readiness never waits for it, and a
 * failure is only logged: exports then load the renderer themselves, as they would without it.
 */
@Component
public class PdfWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PdfWarmUp.class);

    /** Latin and Arabic, regular and bold, a table and a chart: what reports hold. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Asylon</title></head>
            <body>
            <h1>Asylon warm-up</h1>
            <p>Right to privacy, <strong>data protection</strong> and non-discrimination.</p>
            <p dir="rtl" lang="ar">الحق في الخصوصية وحماية البيانات وعدم التمييز.</p>
            <table><tr><th>Finding</th><td>high</td></tr></table>
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10" fill="#0b4f9c"/></svg>
            </body></html>
            """;

    private final Supplier<byte[]> render;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    public PdfWarmUp() {
        this(() -> PdfReport.renderPage(PAGE));
    }

    PdfWarmUp(Supplier<byte[]> render) {
        this.render = render;
    }

    @EventListener(ApplicationReadyEvent.class)
    void platformReady() {
        Thread thread = new Thread(this::run, "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run() {
        try {
            result.complete(render.get());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The PDF renderer could not be warmed up; the first PDF export will be slower: {}", e.toString());
            result.completeExceptionally(e);
        }
    }

    /** The PDF the warm-up rendered, or why it failed; incomplete while it runs. */
    public CompletableFuture<byte[]> result() {
        return result;
    }
}
