package org.asylon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.asylon.core.engine.Engine;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.profile.Profile;
import org.junit.jupiter.api.Test;

/** Word reports, opened again with POI: headings, tables, links and real footnotes are there. */
class DocxReportTest {

    @Test
    void aCaseMemoBecomesAnEditableWordDocument() throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.load(Path.of("..", "knowledge"));
        Profile profile = knowledge.profileReader().read(Path.of("..", "knowledge", "cases", "de-bamf-phone-data-extraction.yaml"));
        Engine engine = new Engine(knowledge, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        var results = engine.assess(profile, List.of(knowledge.instrument("rights-test").orElseThrow()));
        MarkdownReport markdown = new MarkdownReport(new Citations(knowledge.catalogue()));
        byte[] bytes = new DocxReport(markdown).render(List.of(new ProfileAssessment(profile, results)));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Phone data extraction in German asylum procedures (BAMF)")
                    .contains("Open questions").contains("36 of 100 (36%)");
            assertThat(document.getTables()).isNotEmpty();
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(run -> run instanceof XWPFHyperlinkRun)).isTrue();
            // The memo's footnotes, one Word footnote each (its two separators come on top).
            long notes = markdown.render(List.of(new ProfileAssessment(profile, results))).lines()
                    .filter(line -> line.matches("\\[\\^\\d+]: .*")).count();
            assertThat(document.getFootnotes().stream().filter(f -> f.getParagraphs().stream().anyMatch(p -> !p.getText().isBlank())).count()).isEqualTo(notes);
        }
    }
}
