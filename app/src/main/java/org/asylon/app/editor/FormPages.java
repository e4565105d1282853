package org.asylon.app.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.catalogue.GlossaryTerm;
import org.asylon.core.catalogue.Source;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.Section;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.Question;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;
import org.asylon.core.profile.ProfileSchema;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds profile forms from the knowledge base: the fact dictionary gives the sections, facts,
 * types and choices; the instruments' questions give the wording a fact is asked with; the
 * profile and sources schemas give the allowed statuses, operator and source types.
 */
@Component
public class FormPages {

    private final KnowledgeBase knowledge;
    private final ProfileForms forms;
    private final List<FormPage.SectionForm> sections;
    private final List<String> statuses;
    private final List<String> operatorTypes;
    private final List<String> sourceTypes;
    private final FormPage.FormTexts texts;

    public FormPages(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.forms = new ProfileForms(knowledge.facts());
        this.sections = sections(knowledge);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode profileSchema = json.readTree(ProfileSchema.generate(knowledge.facts())).path("properties");
        this.statuses = enumeration(profileSchema.path("status"));
        this.operatorTypes = enumeration(profileSchema.path("operators").path("items").path("properties").path("type"));
        try {
            JsonNode sources = json.readTree(Files.readString(knowledge.directory().resolve("schema/sources.schema.json")));
            this.sourceTypes = enumeration(sources.path("properties").path("sources").path("items").path("properties").path("type"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.texts = new KnowledgeTexts(knowledge);
    }

    public ProfileForms forms() {
        return forms;
    }

    public FormPage page(String mode, String id, int version, FormValues values, Map<String, List<String>> errors,
                         Instant draftSavedAt, List<String> conflict) {
        return new FormPage(mode, id, version, values, errors, draftSavedAt, conflict, sections,
                new FormPage.Choices(statuses, operatorTypes, sourceTypes, sources(values)), texts);
    }

    /** The values of a stored profile, for a form opened on it. */
    public FormValues values(Profile profile) {
        return forms.fromProfile(profile);
    }

    /** The sources a fact can cite: the profile's own (as in the form), then the catalogue's. */
    private List<FormPage.SourceOption> sources(FormValues values) {
        List<FormPage.SourceOption> options = new ArrayList<>();
        for (int i = 0; i < values.rows(Fields.SOURCE); i++) {
            String id = values.value(Fields.source(i, "id"));
            if (!id.isEmpty()) {
                options.add(new FormPage.SourceOption(id, values.value(Fields.source(i, "title"))));
            }
        }
        for (Source source : knowledge.catalogue().sources().values()) {
            options.add(new FormPage.SourceOption(source.id(), source.title()));
        }
        return options;
    }

    private static List<FormPage.SectionForm> sections(KnowledgeBase knowledge) {
        // fact → question text → the first question with that text and every instrument asking it
        Map<String, Map<String, Question>> questions = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> askers = new LinkedHashMap<>();
        for (Instrument instrument : knowledge.allInstruments()) {
            for (Question question : instrument.questions()) {
                questions.computeIfAbsent(question.fact(), k -> new LinkedHashMap<>()).putIfAbsent(question.text(), question);
                askers.computeIfAbsent(question.fact(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(question.text(), k -> new ArrayList<>()).add(instrument.title());
            }
        }
        Map<String, List<FormPage.AskedQuestion>> asked = new LinkedHashMap<>();
        questions.forEach((fact, byText) -> byText.forEach((text, question) -> asked.computeIfAbsent(fact, k -> new ArrayList<>())
                .add(new FormPage.AskedQuestion(askers.get(fact).get(text), question))));
        List<FormPage.SectionForm> sections = new ArrayList<>();
        for (Section section : knowledge.facts().sections()) {
            List<FormPage.FactForm> facts = knowledge.facts().inSection(section.id()).stream()
                    .filter(definition -> !definition.derived())
                    .map(definition -> new FormPage.FactForm(definition, asked.getOrDefault(definition.key(), List.of())))
                    .toList();
            if (!facts.isEmpty()) {
                sections.add(new FormPage.SectionForm(section, facts));
            }
        }
        return List.copyOf(sections);
    }

    private static List<String> enumeration(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        if (values.isEmpty()) {
            throw new IllegalStateException("no enumeration in the schema where the form expects one");
        }
        return List.copyOf(values);
    }

    /** The knowledge base's own wording (English); translations of knowledge texts can replace it here. */
    private record KnowledgeTexts(KnowledgeBase knowledge) implements FormPage.FormTexts {
        @Override
        public String section(Section section) {
            return section.title();
        }

        @Override
        public String label(FactDefinition fact) {
            return fact.label();
        }

        @Override
        public String help(FactDefinition fact) {
            return fact.help();
        }

        @Override
        public String choice(FactDefinition fact, Choice choice) {
            return choice.label();
        }

        @Override
        public GlossaryTerm glossary(String id) {
            return knowledge.catalogue().glossary().get(id);
        }
    }
}
