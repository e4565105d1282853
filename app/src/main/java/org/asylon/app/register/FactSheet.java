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
