package org.asylon.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.asylon.core.catalogue.CatalogueReader;
import org.asylon.core.document.Document;
import org.asylon.core.document.References;
import org.asylon.app.letter.RequestCatalogueReader;
import org.asylon.core.knowledge.Expectations;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problems;
import org.asylon.core.instrument.InstrumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code asylon validate}: checks profiles, instruments and expectation files (and, by loading
 * it, the whole knowledge base with its translations). Directories are searched for YAML and JSON files.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check profiles, instruments and the knowledge base; report every problem with file, line and column.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or directories (default: the knowledge directory).")
    List<Path> files = new ArrayList<>();

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeBase base = knowledge.loadInFull();
        Path root = base.directory().toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        for (Path file : files.isEmpty() ? List.of(base.directory()) : files) {
            if (!Files.exists(file)) {
                throw new UsageException("no such file or directory: " + file);
            }
            targets.addAll(expand(file));
        }
        Problems problems = new Problems();
        int checked = 0;
        boolean requests = false;
        for (Path file : targets) {
            Path absolute = file.toAbsolutePath().normalize();
            checked++;
            if (absolute.startsWith(root.resolve("requests"))) {
                requests = true; // contacts, laws and letters are checked together, below
                continue;
            }
            if (absolute.startsWith(root.resolve("schema")) || absolute.startsWith(root.resolve("catalogue"))
                    || absolute.startsWith(root.resolve("instruments")) || absolute.startsWith(root.resolve("translations"))) {
                continue; // checked when the knowledge base loaded
            }
            try {
                Document document = Document.read(file);
                if (document.root().has("rules")) {
                    References references = new References();
                    new InstrumentReader(base.schemas(), base.facts(), base.compiler(), references).read(document, problems);
                    problems.addAll(references.unresolved(base.catalogue()::ids));
                } else if (document.root().has("case") && document.root().has("instruments")) {
                    problems.addAll(Expectations.check(document, base, root.resolve("cases")));
                } else {
                    base.profileReader().read(document);
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (requests) {
            try {
                RequestCatalogueReader.read(root);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        PrintWriter out = spec.commandLine().getOut();
        out.println("valid: " + checked + (checked == 1 ? " file" : " files") + ", knowledge base with "
                + base.instruments().size() + " instruments, " + base.catalogue().provisions().size() + " provisions, "
                + base.facts().all().size() + " facts, translations into " + String.join(", ", base.texts().languages()));
        return 0;
    }

    private static List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(CatalogueReader::isDataFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
