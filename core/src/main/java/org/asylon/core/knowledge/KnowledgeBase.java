package org.asylon.core.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.profile.ProfileReader;
import org.asylon.core.translation.KnowledgeTexts;

/**
 * Everything loaded from a knowledge directory: the fact dictionary, the catalogue, the
 * compiled instruments, the schemas and the knowledge texts with their translations, with a digest of the whole directory for provenance.
 */
public record KnowledgeBase(
        Path directory,
        FactDictionary facts,
        Catalogue catalogue,
        Map<String, Instrument> instruments,
        SchemaSet schemas,
        ExpressionCompiler compiler,
        KnowledgeTexts texts,
        String digest) {

    public KnowledgeBase {
        instruments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instruments));
    }

    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(instruments.get(id));
    }

    public List<Instrument> allInstruments() {
        return List.copyOf(instruments.values());
    }

    public ProfileReader profileReader() {
        return new ProfileReader(schemas, facts, catalogue);
    }
}
