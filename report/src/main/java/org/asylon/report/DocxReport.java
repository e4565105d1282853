package org.asylon.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The memo as an editable Word document: the Markdown memo's structure (headings, paragraphs,
 * lists, tables, links) rendered with Apache POI, its footnotes as real Word footnotes.
 */
public final class DocxReport {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final int[] HEADING_SIZES = {20, 16, 13, 12, 11, 11};

    private final MarkdownReport markdown;

    public DocxReport(MarkdownReport markdown) {
        this.markdown = markdown;
    }

    public byte[] render(List<ProfileAssessment> assessments) {
        Node root = PARSER.parse(markdown.render(assessments));
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(document, root).write();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word report", e);
        }
    }

    /** Inline formatting in effect. */
    private record Style(boolean bold, boolean italic, boolean code) {
        static final Style PLAIN = new Style(false, false, false);
    }

    private static final class Writer {
        private final XWPFDocument document;
        private final Node root;
        private final Map<String, FootnoteDefinition> definitions = new HashMap<>();
        private final Map<String, XWPFFootnote> written = new HashMap<>();
        private XWPFFootnotes footnotes;

        Writer(XWPFDocument document, Node root) {
            this.document = document;
            this.root = root;
        }

        void write() {
            for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof FootnoteDefinition definition) {
                    definitions.put(definition.getLabel(), definition);
                }
            }
            for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
                block(node);
            }
        }

        private void block(Node node) {
            if (node instanceof Heading heading) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setSpacingBefore(heading.getLevel() <= 2 ? 240 : 160);
                inlines(paragraph, heading, new Style(true, false, false), HEADING_SIZES[heading.getLevel() - 1]);
            } else if (node instanceof Paragraph) {
                inlines(document.createParagraph(), node, Style.PLAIN, 0);
            } else if (node instanceof BulletList) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setIndentationLeft(360);
                        paragraph.setIndentationHanging(240);
                        paragraph.createRun().setText("• ");
                        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                            inlines(paragraph, child, Style.PLAIN, 0);
                        }
                    }
                }
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setIndentationLeft(360);
                    inlines(paragraph, child, new Style(false, true, false), 0);
                }
            } else if (node instanceof TableBlock table) {
                table(table);
            } else if (node instanceof ThematicBreak) {
                document.createParagraph().setPageBreak(true);
            }
        }

        private void table(TableBlock block) {
            List<List<TableCell>> rows = new java.util.ArrayList<>();
            for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<TableCell> cells = new java.util.ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add((TableCell) cell);
                    }
                    rows.add(cells);
                }
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = document.createTable(rows.size(), columns);
            table.setWidth("100%");
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    TableCell source = rows.get(r).get(c);
                    inlines(cell.getParagraphs().get(0), source, new Style(source.isHeader(), false, false), 9);
                }
            }
            document.createParagraph();
        }

        private void inlines(XWPFParagraph paragraph, Node parent, Style style, int size) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                inline(paragraph, node, style, size);
            }
        }

        private void inline(XWPFParagraph paragraph, Node node, Style style, int size) {
            if (node instanceof Text text) {
                run(paragraph.createRun(), text.getLiteral(), style, size);
            } else if (node instanceof Code code) {
                run(paragraph.createRun(), code.getLiteral(), new Style(style.bold(), style.italic(), true), size);
            } else if (node instanceof Emphasis) {
                inlines(paragraph, node, new Style(style.bold(), true, style.code()), size);
            } else if (node instanceof StrongEmphasis) {
                inlines(paragraph, node, new Style(true, style.italic(), style.code()), size);
            } else if (node instanceof Link link) {
                XWPFRun run = paragraph.createHyperlinkRun(link.getDestination());
                run(run, plainText(link), style, size);
                run.setColor("0B4F9C");
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            } else if (node instanceof FootnoteReference reference) {
                XWPFFootnote footnote = footnote(reference.getLabel());
                if (footnote != null) {
                    paragraph.addFootnoteReference(footnote);
                }
            } else if (node instanceof SoftLineBreak) {
                run(paragraph.createRun(), " ", style, size);
            } else if (node instanceof HardLineBreak) {
                paragraph.createRun().addBreak();
            } else if (node instanceof Paragraph) {
                inlines(paragraph, node, style, size);
            }
        }

        /** A footnote is written once, at its first reference, with its definition's text. */
        private XWPFFootnote footnote(String label) {
            XWPFFootnote existing = written.get(label);
            if (existing != null) {
                return existing;
            }
            FootnoteDefinition definition = definitions.get(label);
            if (definition == null) {
                return null;
            }
            if (footnotes == null) {
                footnotes = document.createFootnotes();
            }
            XWPFFootnote footnote = footnotes.createFootnote();
            XWPFParagraph paragraph = footnote.createParagraph();
            for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
                inlines(paragraph, child, Style.PLAIN, 9);
            }
            written.put(label, footnote);
            return footnote;
        }

        private static void run(XWPFRun run, String text, Style style, int size) {
            run.setText(text);
            run.setBold(style.bold());
            run.setItalic(style.italic());
            if (style.code()) {
                run.setFontFamily("Consolas");
            }
            if (size > 0) {
                run.setFontSize(size);
            }
        }

        private static String plainText(Node node) {
            StringBuilder out = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    out.append(text.getLiteral());
                } else if (child instanceof Code code) {
                    out.append(code.getLiteral());
                } else {
                    out.append(plainText(child));
                }
            }
            return out.toString();
        }
    }
}
