package org.asylon.app.letter;

import java.util.ArrayList;
import java.util.List;
import org.asylon.report.PdfReport;
import org.jsoup.nodes.Entities;

/** The letter that is sent, in the recipient's language, and its translation in the writer's (null when the same). */
public record LetterPair(Letter sent, Letter translation) {

    public List<Letter> letters() {
        List<Letter> letters = new ArrayList<>(List.of(sent));
        if (translation != null) {
            letters.add(translation);
        }
        return letters;
    }

    /** Plain text: the letter to send, then its translation below a rule. */
    public String text() {
        return translation == null ? sent.text() : sent.text() + "\n" + "-".repeat(40) + "\n\n" + translation.text();
    }

    /** A printable A4 PDF with the letter and its translation side by side, Arabic shaped and laid out right to left. */
    public byte[] pdf() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(sent.language())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(Entities.escape(sent.subject()))
                .append("</title><style>td { vertical-align: top; padding: 0 4mm; } p { margin: 0 0 3mm 0; }"
                        + " .rtl { direction: rtl; text-align: right; }</style></head><body><table><tr>");
        for (Letter letter : letters()) {
            html.append("<td lang=\"").append(letter.language()).append("\" dir=\"").append(letter.direction())
                    .append("\" class=\"").append(letter.direction()).append("\" style=\"width:")
                    .append(100 / letters().size()).append("%\">");
            for (List<String> block : letter.blocks()) {
                html.append("<p>").append(String.join("<br/>", block.stream().map(Entities::escape).toList())).append("</p>");
            }
            html.append("</td>");
        }
        return PdfReport.renderPage(html.append("</tr></table></body></html>").toString());
    }
}
