package org.asylon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylon.core.document.Document;
import org.asylon.core.engine.Engine;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PDF reports, opened again with PDFBox: the memo's text is there and the fonts are embedded. */
class PdfReportTest {

    static KnowledgeBase knowledge;
    static PdfReport pdf;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.load(Path.of("..", "knowledge"));
        pdf = new PdfReport(new HtmlReport(new MarkdownReport(new Citations(knowledge.catalogue()))));
    }

    private static byte[] render(Profile profile, String instrument) {
        Engine engine = new Engine(knowledge, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        return pdf.render(List.of(new ProfileAssessment(profile, engine.assess(profile, List.of(knowledge.instrument(instrument).orElseThrow())))));
    }

    @Test
    void aCaseMemoBecomesAPdfWithItsTextAndEmbeddedFonts() throws Exception {
        Profile profile = knowledge.profileReader().read(Path.of("..", "knowledge", "cases", "de-bamf-phone-data-extraction.yaml"));
        byte[] bytes = render(profile, "rights-test");
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Phone data extraction in German asylum procedures (BAMF)")
                    .contains("Open questions").contains("36 of 100 (36%)");
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).as("every font on the page").contains("DejaVu");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void arabicTextIsRenderedWithAnEmbeddedArabicFont() throws Exception {
        Profile profile = knowledge.profileReader().read(Document.parse("ar.yaml", """
                id: arabic-name
                name: نظام التعرف على الوجوه
                summary: يستخدم هذا النظام على الحدود.
                jurisdictions: [DE]
                """, Document.Format.YAML));
        byte[] bytes = render(profile, "dpia-screening");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            // Shaped Arabic is stored as presentation forms; the extracted text keeps the letters (normalised here).
            String normalised = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            assertThat(normalised).containsAnyOf("التعرف", "فرعتلا");
        }
    }
}
