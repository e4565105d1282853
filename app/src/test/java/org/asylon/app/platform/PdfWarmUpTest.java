package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylon.core.engine.Engine;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.report.Citations;
import org.junit.jupiter.api.Test;

/** The PDF warm-up renders its page with the packaged fonts, and a failing warm-up stays a warning. */
class PdfWarmUpTest {

    @Test
    void rendersLatinAndArabicWithThePackagedFontsAndADocumentedDeploymentsMemo() throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.load(TestPlatform.KNOWLEDGE);
        PdfWarmUp warmUp = new PdfWarmUp(knowledge, new Engine(knowledge, Clock.systemUTC()), new Citations(knowledge.catalogue()));
        warmUp.run();
        byte[] pdf = warmUp.result().get(0, TimeUnit.SECONDS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Asylon warm-up", "data protection");
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSans")).anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void aFailureIsKeptAsTheResultAndNotThrown() {
        PdfWarmUp warmUp = new PdfWarmUp(() -> {
            throw new IllegalStateException("font missing");
        });
        assertThatCode(warmUp::run).doesNotThrowAnyException();
        assertThat(warmUp.result()).isCompletedExceptionally();
    }
}
