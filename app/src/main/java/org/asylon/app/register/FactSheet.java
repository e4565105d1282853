package org.asylon.app.register;

import java.util.ArrayList;
import java.util.List;
import org.asylon.core.catalogue.Source;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.Section;
import org.asylon.core.fact.SourceRef;
import org.asylon.core.profile.Profile;
import org.asylon.core.translation.LanguageTexts;
import org.asylon.report.Citations;

/**
 * A profile's facts grouped as in the fact dictionary, ready to show: every stated fact with its
 * state, value, confidence and sources, and per section how many facts are still unknown. Section
 * titles, fact labels and value labels are in the reader's language, else English.
 */
public record FactSheet(List<Group> groups) {

    public record Group(String id, String title, List<Row> rows, int unknown) {
    }

    public record Row(String key, String label, String state, String value, String confidence, String note,
                      List<SourceLink> sources) {
    }

    public record SourceLink(String title, String url, String locator) {
    }

    public static FactSheet of(Profile profile, FactDictionary dictionary, Citations citations, LanguageTexts texts) {
        List<Group> groups = new ArrayList<>();
        for (Section section : dictionary.sections()) {
            List<Row> rows = new ArrayList<>();
            int unknown = 0;
            for (FactDefinition definition : dictionary.inSection(section.id())) {
                if (definition.derived()) {
                    continue;
                }
                Fact fact = profile.fact(definition.key());
                if (fact.state() == FactState.UNKNOWN && fact.note() == null) {
                    unknown++;
                    continue;
                }
                List<SourceLink> sources = new ArrayList<>();
                for (SourceRef ref : fact.sources()) {
                    Source source = citations.source(profile, ref.ref()).orElse(null);
                    if (source != null && !source.confidential()) {
                        sources.add(new SourceLink(source.title(), source.url(), ref.locator()));
                    }
                }
                rows.add(new Row(definition.key(), texts.factLabel(definition.key()), fact.state().id(),
                        fact.isKnown() ? value(definition, fact.value(), texts) : null,
                        fact.confidence() == null ? null : fact.confidence().id(), fact.note(), sources));
            }
            if (!rows.isEmpty() || unknown > 0) {
                groups.add(new Group(section.id(), texts.sectionTitle(section.id()), rows, unknown));
            }
        }
        return new FactSheet(groups);
    }

    /** A fact that differs between two sheets; {@code before} or {@code after} is null where it was unknown. */
    public record Change(String key, String label, Row before, Row after) {
    }

    /** The facts whose state, value, confidence, note or sources differ in {@code later}, in dictionary order. */
    public List<Change> changesTo(FactSheet later) {
        java.util.Map<String, Row> old = rowsByKey();
        java.util.Map<String, Row> now = later.rowsByKey();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            Row before = old.get(key);
            Row after = now.get(key);
            if (!java.util.Objects.equals(before, after)) {
                changes.add(new Change(key, (after != null ? after : before).label(), before, after));
            }
        }
        return changes;
    }

    private java.util.Map<String, Row> rowsByKey() {
        java.util.Map<String, Row> rows = new java.util.LinkedHashMap<>();
        groups.forEach(group -> group.rows().forEach(row -> rows.put(row.key(), row)));
        return rows;
    }

    /** Enum and set values shown by their labels. */
    private static String value(FactDefinition definition, Object value, LanguageTexts texts) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(v -> texts.factValue(definition.key(), String.valueOf(v))).toList());
        }
        if (value instanceof String text && !definition.choices().isEmpty()) {
            return texts.factValue(definition.key(), text);
        }
        return Citations.value(value);
    }
}
