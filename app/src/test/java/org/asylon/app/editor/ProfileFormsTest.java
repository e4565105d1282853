package org.asylon.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asylon.app.platform.TestPlatform;
import org.asylon.core.document.Document;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactState;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The profile form: every documented deployment survives form and back unchanged; bad values are placed on their field. */
class ProfileFormsTest {

    static KnowledgeBase knowledge;
    static ProfileForms forms;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeLoader.load(TestPlatform.KNOWLEDGE);
        forms = new ProfileForms(knowledge.facts());
    }

    static Stream<Path> cases() throws IOException {
        return Files.list(TestPlatform.KNOWLEDGE.resolve("cases")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    /** The documented deployments, written by hand, are the golden values: the form must not change any fact or source. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyDocumentedDeploymentSurvivesTheFormUnchanged(Path file) throws IOException {
        String yaml = Files.readString(file);
        Profile original = knowledge.profileReader().read(Document.parse("case.yaml", yaml, Document.Format.YAML));
        ProfileForms.Conversion conversion = forms.toYaml(forms.fromProfile(original), yaml);
        assertThat(conversion.errors()).isEmpty();
        Profile again = knowledge.profileReader().read(Document.parse("case.yaml", conversion.yaml(), Document.Format.YAML));
        assertThat(again.facts()).isEqualTo(original.facts());
        assertThat(again.sources()).isEqualTo(original.sources());
        assertThat(again.operators()).isEqualTo(original.operators());
        assertThat(List.of(again.id(), again.name(), again.status(), String.valueOf(again.summary()), String.valueOf(again.start())))
                .isEqualTo(List.of(original.id(), original.name(), original.status(), String.valueOf(original.summary()),
                        String.valueOf(original.start())));
        assertThat(again.jurisdictions()).isEqualTo(original.jurisdictions());
        assertThat(again.vendors()).isEqualTo(original.vendors());
        assertThat(again.funding()).isEqualTo(original.funding());
        assertThat(again.aliases()).isEqualTo(original.aliases());
    }

    private static FormValues form(String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return new FormValues(fields);
    }

    @Test
    void statesValuesSourcesAndClaimsBecomeTheProfile() {
        FormValues values = form("id", "form-test", "name", "Form test", "jurisdictions", "de, fr",
                "op.0.name", "Border police", "op.0.type", "border_guard",
                "src.0.id", "our-foi-reply", "src.0.type", "foi_disclosure", "src.0.title", "Reply", "src.0.date", "2025-03-02",
                "f.processing.profiling.value", "no",
                "f.processing.profiling.confidence", "medium",
                "f.processing.profiling.ref.0.id", "our-foi-reply", "f.processing.profiling.ref.0.locator", "p. 2",
                "f.governance.dpia_done.state", "undisclosed",
                "f.necessity.success_share.count", "36", "f.necessity.success_share.total", "100",
                "f.purpose.aims.state", "known",
                "f.data.device_contents.state", "contested",
                "f.data.device_contents.claim.0.value", "yes", "f.data.device_contents.claim.0.ref.0.id", "our-foi-reply",
                "f.data.device_contents.claim.0.ref.0.locator", "p. 3", "f.data.device_contents.claim.0.ref.1.id", "amnesty-2024-primer",
                "f.data.device_contents.claim.1.value", "no");
        ProfileForms.Conversion conversion = forms.toYaml(values, null);
        assertThat(conversion.errors()).isEmpty();
        Profile profile = knowledge.profileReader().read(Document.parse("p.yaml", conversion.yaml(), Document.Format.YAML));
        assertThat(profile.jurisdictions()).containsExactly("DE", "FR");
        Fact profiling = profile.fact("processing.profiling");
        assertThat(profiling.value()).isEqualTo(false);
        assertThat(profiling.confidence().id()).isEqualTo("medium");
        assertThat(profiling.sources()).singleElement().satisfies(ref -> {
            assertThat(ref.ref()).isEqualTo("our-foi-reply");
            assertThat(ref.locator()).isEqualTo("p. 2");
        });
        assertThat(profile.fact("governance.dpia_done").state()).isEqualTo(FactState.UNDISCLOSED);
        assertThat(profile.fact("necessity.success_share").expressionValue()).isEqualTo(0.36);
        // Known with nothing ticked: the complete list of aims is empty, which is not the same as unknown.
        assertThat(profile.fact("purpose.aims").value()).isEqualTo(List.of());
        Fact contested = profile.fact("data.device_contents");
        assertThat(contested.state()).isEqualTo(FactState.CONTESTED);
        assertThat(contested.claims()).extracting(claim -> claim.value()).containsExactly(true, false);
        assertThat(contested.claims().get(0).sources()).containsExactly(new org.asylon.core.fact.SourceRef("our-foi-reply", "p. 3", null),
                org.asylon.core.fact.SourceRef.of("amnesty-2024-primer"));
        assertThat(profile.fact("purpose.stated").state()).isEqualTo(FactState.UNKNOWN);
    }

    @Test
    void valuesThatCannotBeWrittenAreReportedOnTheirField() {
        ProfileForms.Conversion conversion = forms.toYaml(form("id", "x", "name", "X",
                "f.necessity.success_share.count", "many", "f.necessity.success_share.total", "100",
                "f.governance.dpia_done.state", "known",
                "f.processing.profiling.state", "undisclosed", "f.processing.profiling.value", "yes"), null);
        assertThat(conversion.ok()).isFalse();
        assertThat(conversion.errors()).containsOnlyKeys("necessity.success_share", "governance.dpia_done", "processing.profiling");
        assertThat(conversion.errors().get("necessity.success_share")).extracting(ProfileForms.Message::key)
                .containsExactly("form.error.integer");
        assertThat(conversion.errors().get("governance.dpia_done")).extracting(ProfileForms.Message::key)
                .containsExactly("form.error.valueNeeded");
        assertThat(conversion.errors().get("processing.profiling")).extracting(ProfileForms.Message::key)
                .containsExactly("form.error.valueWithState");
    }

    @Test
    void problemsTheReaderFindsArePlacedOnTheirFields() {
        ProfileForms.Conversion conversion = forms.toYaml(form("id", "x", "name", "X", "jurisdictions", "XX",
                "f.processing.profiling.value", "yes", "f.processing.profiling.ref.0.id", "no-such-source"), null);
        assertThat(conversion.errors()).isEmpty();
        try {
            knowledge.profileReader().read(Document.parse("p.yaml", conversion.yaml(), Document.Format.YAML));
            throw new AssertionError("the profile should be refused");
        } catch (InvalidInputException e) {
            Map<String, List<ProfileForms.Message>> placed = forms.place(e.problems(), conversion.yaml());
            assertThat(placed).containsKey("jurisdictions");
            assertThat(placed.get("processing.profiling")).extracting(ProfileForms.Message::text)
                    .anySatisfy(text -> assertThat(text).contains("unknown source 'no-such-source'"));
            assertThat(placed.values().stream().mapToInt(List::size).sum()).isEqualTo(e.problems().size());
        }
        // Schema problems (checked before anything else) are placed the same way.
        String negative = forms.toYaml(form("id", "x", "name", "X", "f.retention.days.value", "-5"), null).yaml();
        try {
            knowledge.profileReader().read(Document.parse("p.yaml", negative, Document.Format.YAML));
            throw new AssertionError("the profile should be refused");
        } catch (InvalidInputException e) {
            assertThat(forms.place(e.problems(), negative)).containsOnlyKeys("retention.days");
        }
    }

    /**
     * The sources of a contested fact's claims keep every character through the form: locators and
     * quotes with both kinds of quotation mark, and the form's own separators (semicolon, colon).
     */
    /** Drafts saved when a claim's sources were one text field ("id; id: locator") are read into source rows. */
    @Test
    void anOlderDraftsClaimSourcesBecomeRows() {
        FormValues draft = FormValues.fromJson("""
                {"f.processing.profiling.claim.0.value": ["yes"],
                 "f.processing.profiling.claim.0.sources": ["bamf-answer; gff-report: p. 3, fn. 12"],
                 "f.processing.profiling.note": ["kept"]}
                """);
        String rows = "f.processing.profiling.claim.0.ref.";
        assertThat(draft.rows(rows)).as("two rows, and the empty one for adding a source").isEqualTo(3);
        assertThat(draft.value(rows + "0.id")).isEqualTo("bamf-answer");
        assertThat(draft.value(rows + "0.locator")).isEmpty();
        assertThat(draft.value(rows + "1.id")).isEqualTo("gff-report");
        assertThat(draft.value(rows + "1.locator")).isEqualTo("p. 3, fn. 12");
        assertThat(draft.value("f.processing.profiling.claim.0.sources")).isEmpty();
        assertThat(draft.value("f.processing.profiling.note")).isEqualTo("kept");
    }

    @Test
    void claimSourcesKeepEveryCharacterThroughTheForm() {
        String yaml = """
                id: quotes
                name: Quotes
                jurisdictions: [DE]
                sources:
                  - { id: bt-answer, type: foi_disclosure, title: Answer of the federal government, date: 2019-05-02 }
                  - { id: gff-study, type: ngo_report, title: Study, date: 2019-12-01 }
                facts:
                  data:
                    device_contents:
                      state: contested
                      claims:
                        - value: true
                          sources:
                            - { ref: bt-answer, locator: 'Answer to question 12 "Datenträgerauswertung", p. 3', quote: 'The office said: "each case is assessed"; it''s routine.' }
                            - bt-answer
                          note: 'The government''s "answer".'
                        - value: false
                          sources:
                            - { ref: gff-study, locator: "Section 4 'Results'; table 2: row 3" }
                """;
        Profile original = knowledge.profileReader().read(Document.parse("quotes.yaml", yaml, Document.Format.YAML));
        FormValues fields = forms.fromProfile(original);
        ProfileForms.Conversion conversion = forms.toYaml(fields, yaml);
        assertThat(conversion.errors()).isEmpty();
        Profile again = knowledge.profileReader().read(Document.parse("quotes.yaml", conversion.yaml(), Document.Format.YAML));
        assertThat(again.fact("data.device_contents")).isEqualTo(original.fact("data.device_contents"));
        assertThat(again.fact("data.device_contents").claims().get(0).sources().get(0)).isEqualTo(new org.asylon.core.fact.SourceRef(
                "bt-answer", "Answer to question 12 \"Datenträgerauswertung\", p. 3", "The office said: \"each case is assessed\"; it's routine."));
        assertThat(forms.fromProfile(again).fields()).isEqualTo(fields.fields());
    }
}
