package org.asylon.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.translation.KnowledgeTexts;
import org.asylon.core.translation.KnowledgeTexts.Coverage;
import org.asylon.core.translation.TextKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code asylon translations}: how much of the knowledge texts each language translates, and
 * with {@code --missing} the English texts still to translate, written as a translation file.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Show, per language and kind of text, how many knowledge texts are translated; "
                + "with --missing, print the untranslated English texts as a translation file to fill in.")
final class TranslationsCommand implements Callable<Integer> {

    @Option(names = "--missing", paramLabel = "LANG", description = "Print the texts not yet translated into LANG (fr, es, ar, ...).")
    String missing;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "With --missing: only this kind (glossary, rights, technologies, facts, provisions, instruments, recommendations).")
    String kind;

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (kind != null && !TextKeys.KINDS.contains(kind)) {
            throw new UsageException("unknown kind '" + kind + "'; the kinds are " + String.join(", ", TextKeys.KINDS));
        }
        if (kind != null && missing == null) {
            throw new UsageException("--kind needs --missing LANG");
        }
        KnowledgeBase base = knowledge.load();
        PrintWriter out = spec.commandLine().getOut();
        if (missing != null) {
            if (!missing.matches("[a-z]{2,3}") || missing.equals(KnowledgeTexts.ENGLISH)) {
                throw new UsageException("not a language to translate into: '" + missing + "'");
            }
            printMissing(base.texts().missing(missing, kind), out);
        } else {
            printCoverage(base.texts(), out);
        }
        return 0;
    }

    private static void printCoverage(KnowledgeTexts texts, PrintWriter out) {
        if (texts.languages().isEmpty()) {
            out.println("no translations (English only)");
            return;
        }
        out.printf("%-8s %-16s %10s %6s%n", "language", "kind", "translated", "");
        for (Coverage coverage : texts.coverage()) {
            out.printf("%-8s %-16s %10s %5d%%%n", coverage.language(), coverage.kind(),
                    coverage.translated() + "/" + coverage.total(),
                    coverage.total() == 0 ? 100 : coverage.translated() * 100 / coverage.total());
        }
    }

    /** The file format of docs/translations.md, with the English text in place of each translation. */
    private void printMissing(Map<String, String> english, PrintWriter out) {
        out.println("# " + english.size() + " texts not yet translated into '" + missing + "': replace each English text");
        out.println("language: " + missing);
        out.println(english.isEmpty() ? "texts: {}" : "texts:");
        english.forEach((key, text) -> {
            out.println("  " + key + ": " + (text.contains("\n") ? "|-" : ">-"));
            text.lines().forEach(line -> out.println(line.isEmpty() ? "" : "    " + line));
        });
    }
}
