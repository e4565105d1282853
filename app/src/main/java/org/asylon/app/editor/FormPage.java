package org.asylon.app.editor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asylon.core.catalogue.GlossaryTerm;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.Section;
import org.asylon.core.instrument.Question;

/**
 * What the profile form shows: the fields' values, the problems by field, the facts by section
 * with the instruments' questions, and the choices for selects and suggestions.
 */
public record FormPage(
        String mode,
        String id,
        int version,
        FormValues values,
        Map<String, List<String>> errors,
        Instant draftSavedAt,
        List<String> conflict,
        List<SectionForm> sections,
        Choices choices,
        FormTexts texts) {

    /** One section of the dictionary and its writable facts. */
    public record SectionForm(Section section, List<FactForm> facts) {
    }

    /** One fact and the questions instruments ask about it. */
    public record FactForm(FactDefinition definition, List<AskedQuestion> questions) {
        public String key() {
            return definition.key();
        }
    }

    /** A question and the instruments that ask it (instruments often share a question's wording). */
    public record AskedQuestion(List<String> instruments, Question question) {
        public AskedQuestion {
            instruments = List.copyOf(instruments);
        }
    }

    /** The allowed values of the profile's own fields and the sources a fact can cite. */
    public record Choices(List<String> statuses, List<String> operatorTypes, List<String> sourceTypes,
                          List<SourceOption> sources) {
    }

    public record SourceOption(String id, String title) {
    }

    /**
     * Knowledge texts as shown; a single place where a translation lookup of the knowledge base
     * can be slotted in.
     */
    public interface FormTexts {
        String section(Section section);

        String label(FactDefinition fact);

        String help(FactDefinition fact);

        String choice(FactDefinition fact, Choice choice);

        GlossaryTerm glossary(String id);
    }

    /** The label of a fact's field, or null when the field is not a fact. */
    public String factLabel(String field) {
        return sections.stream().flatMap(section -> section.facts().stream()).filter(fact -> fact.key().equals(field))
                .findFirst().map(fact -> texts.label(fact.definition())).orElse(null);
    }

    public boolean isNew() {
        return mode.equals("new");
    }

    /** Where the form posts; drafts and the YAML editor live under it. */
    public String action() {
        return isNew() ? "/deployments/new" : "/deployments/" + id + "/edit";
    }

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int errorCount() {
        return errors.values().stream().mapToInt(List::size).sum();
    }

    /** The id of the error list of a field, for {@code aria-describedby}. */
    public String errorId(String field) {
        return Fields.elementId(field) + "-error";
    }

    /** {@code aria-describedby} for a field: its help and, if any, its errors; null (no attribute) for neither. */
    public String describedBy(String field, String help) {
        String both = ((help == null ? "" : help) + " " + (errors(field).isEmpty() ? "" : errorId(field))).strip();
        return both.isEmpty() ? null : both;
    }

    /** {@code aria-invalid} for a field: "true" when it has problems, else null (no attribute). */
    public String invalid(String field) {
        return errors(field).isEmpty() ? null : "true";
    }

    /** Whether a fact's details (sources, certainty, claims) should start open. */
    public boolean detailsOpen(String key) {
        return !errors(key).isEmpty() || !values.value(Fields.fact(key, "confidence")).isEmpty()
                || !values.value(Fields.reference(key, 0, "id")).isEmpty() || !values.value(Fields.fact(key, "note")).isEmpty()
                || !values.value(Fields.claim(key, 0, "value")).isEmpty();
    }

    /** The fact's state as the form shows it: a typed value makes it known. */
    public String state(FactForm fact) {
        String chosen = values.value(Fields.fact(fact.key(), "state"));
        return chosen.isEmpty() ? "unknown" : chosen;
    }
}
