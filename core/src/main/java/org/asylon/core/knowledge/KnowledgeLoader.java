package org.asylon.core.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.catalogue.CatalogueReader;
import org.asylon.core.document.Digests;
import org.asylon.core.document.Document;
import org.asylon.core.document.References;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactDictionaryReader;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.InstrumentReader;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;
import org.asylon.core.profile.ProfileSchema;
import org.asylon.core.translation.EnglishTexts;
import org.asylon.core.translation.KnowledgeTexts;
import org.asylon.core.translation.TranslationReader;

/**
 * Loads a knowledge directory ({@code schema/}, {@code catalogue/}, {@code instruments/},
 * {@code translations/}).
 * Either everything loads and every cross-reference resolves, or an
 * {@link InvalidInputException} lists every problem with its file, line and column.
 */
public final class KnowledgeLoader {

    private KnowledgeLoader() {
    }

    public static KnowledgeBase load(Path directory) {
        return load(directory, true);
    }

    /**
     * Loads the knowledge base, with or without the translations of its texts: commands that
     * only write English (assessing a profile, listing facts) need not read and check them. The
     * digest covers every file either way.
     */
    public static KnowledgeBase load(Path directory, boolean withTranslations) {
        return load(directory, withTranslations, null);
    }

    /**
     * Loads the knowledge base, keeping a snapshot of what passed every check in the directory
     * {@code snapshots} (none when null): the next load of the same files by the same code
     * restores its documents and checked conditions instead of parsing and checking them again
     * ({@link KnowledgeSnapshot}).
     */
    public static KnowledgeBase load(Path directory, boolean withTranslations, Path snapshots) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(Problem.inFile(directory.toString(), "no such knowledge directory"));
        }
        // The schema library takes a while to start: let it start while the files are digested.
        CompletableFuture<SchemaSet> schemaLoading = CompletableFuture.supplyAsync(() -> SchemaSet.load(directory.resolve("schema")));
        String digest = digest(directory);
        Optional<KnowledgeSnapshot> snapshot = snapshots == null ? Optional.empty()
                : KnowledgeSnapshot.find(snapshots, directory, digest, withTranslations);
        KnowledgeSnapshot source = snapshot.orElseGet(() -> KnowledgeSnapshot.recording(directory));
        Problems problems = new Problems();
        References references = new References();
        // Loading the expression language's checker takes as long as reading the catalogue: overlap them.
        CompletableFuture<Void> warmUp = snapshot.isPresent() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(ExpressionCompiler::warmUp);
        SchemaSet schemas = join(schemaLoading);
        // Translation files need nothing else to be read and schema-checked: read them meanwhile.
        Problems translationProblems = new Problems();
        TranslationReader translationReader = new TranslationReader(schemas, translationProblems, source);
        CompletableFuture<List<TranslationReader.LanguageFiles>> translationFiles = withTranslations
                ? CompletableFuture.supplyAsync(() -> translationReader.parse(directory.resolve("translations")))
                : null;

        Catalogue catalogue = new CatalogueReader(schemas, problems, references, source).read(directory.resolve("catalogue"));
        List<Document> factFiles = new java.util.ArrayList<>();
        for (Path file : dataFiles(directory.resolve("catalogue"))) {
            String name = file.getFileName().toString();
            if (name.equals("facts.yaml") || name.startsWith("facts-")) {
                try {
                    factFiles.add(source.read(file));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (factFiles.isEmpty()) {
            problems.add(Problem.inFile(directory.resolve("catalogue").resolve("facts.yaml").toString(), "no such file"));
        }
        problems.throwIfAny();
        FactDictionary facts = new FactDictionaryReader(schemas, problems, references).read(factFiles, catalogue.technologies());
        schemas = schemas.with(Map.of(ProfileSchema.FILE_NAME, ProfileSchema.generate(facts)));
        warmUp.join();
        ExpressionCompiler compiler = ExpressionCompiler.forFacts(facts,
                snapshot.map(KnowledgeSnapshot::expressions).orElse(Map.of()));

        // Instruments compile independently, so they compile in parallel; they are kept in file order.
        InstrumentReader reader = new InstrumentReader(schemas, facts, compiler, references);
        record Read(Document document, Optional<Instrument> instrument) {
        }
        List<Read> read = dataFiles(directory.resolve("instruments")).parallelStream().map(file -> {
            try {
                Document document = source.read(file);
                Problems own = new Problems();
                Optional<Instrument> instrument = reader.read(document, own);
                problems.addAll(own.list());
                return new Read(document, instrument);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                return new Read(null, Optional.<Instrument>empty());
            }
        }).toList();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        for (Read each : read) {
            each.instrument().ifPresent(instrument -> {
                if (instruments.putIfAbsent(instrument.id(), instrument) != null) {
                    problems.add(each.document().problem("/id", "duplicate instrument id '" + instrument.id() + "'"));
                }
            });
        }

        problems.addAll(references.unresolved(catalogue::ids));
        problems.throwIfAny();

        List<Document> instrumentFiles = read.stream().filter(each -> each.instrument().isPresent()).map(Read::document).toList();
        Map<String, String> english = EnglishTexts.of(catalogue, facts, instrumentFiles);
        KnowledgeTexts texts = withTranslations ? translationReader.resolve(translationFiles.join(), english)
                : KnowledgeTexts.englishOnly(english);
        translationProblems.throwIfAny();

        if (snapshots != null && !source.complete()) {
            source.write(snapshots, digest, withTranslations, compiler.checkedExpressions());
        }
        return new KnowledgeBase(directory, facts, catalogue, instruments, schemas, compiler, texts, digest);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static List<Path> dataFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(CatalogueReader::isDataFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    static String digest(Path directory) {
        MessageDigest digest = Digests.sha256();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(directory.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
