package org.asylon.app.affected;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asylon.app.letter.Contacts;
import org.asylon.app.letter.DeadlineRule;
import org.asylon.app.letter.LegalBasis;
import org.asylon.app.letter.LetterLanguage;
import org.asylon.app.letter.Recipient;
import org.asylon.app.letter.RequestCatalogue;
import org.asylon.app.register.RegisterService.DeploymentView;
import org.asylon.core.catalogue.GlossaryTerm;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactState;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.Finding;
import org.asylon.core.profile.Profile;

/**
 * What the plain-language page says about one deployment: what it takes and who gets it, in
 * the words of the {@code affected} bundle (keys built from fact keys), the person's rights with
 * their legal references cited in the reader's language, whom to write to and by when they must answer.
 * Sentences from the knowledge base (summary, finding titles, names) are in English.
 */
public record PlainPage(String id, String name, String summary, Boolean mandatory, Boolean automated,
                        List<String> dataTaken, int dataUnknown, List<String> sharedWith, String retention, Object retentionDays,
                        Assessment assessment, List<RightRow> rights, Contacts contacts, List<Integer> writable,
                        List<GlossaryTerm> glossary) {

    /** The published assessment, when a reviewer approved it: how grave, how many findings, the gravest few. */
    public record Assessment(String worstSeverity, int findings, int openQuestions, List<String> gravest) {
    }

    /**
     * A right the person can use by letter: its legal reference in the reader's language, and by
     * when the answer is due (and at the latest, if extended) for a request received today.
     */
    public record RightRow(String kind, String reference, String due, String extended, String deadlineReference) {
    }

    static final List<String> SHARING = List.of("sharing.other_agencies", "sharing.law_enforcement",
            "sharing.immigration_enforcement", "sharing.third_countries", "sharing.country_of_origin", "sharing.companies");
    static final List<String> GLOSSARY = List.of("personal-data", "data-controller", "supervisory-authority",
            "access-request", "profiling", "solely-automated-decision");

    static PlainPage of(DeploymentView view, FactDictionary dictionary, Map<String, GlossaryTerm> glossary,
                        RequestCatalogue requests, LetterLanguage reader, LocalDate today) {
        Profile profile = view.profile();
        List<String> dataTaken = new ArrayList<>();
        int dataUnknown = 0;
        for (FactDefinition definition : dictionary.inSection("data")) {
            Fact fact = profile.fact(definition.key());
            if (isTrue(fact)) {
                dataTaken.add(definition.key());
            } else if (fact.state() != FactState.KNOWN) {
                dataUnknown++;
            }
        }
        List<String> shared = SHARING.stream().filter(key -> isTrue(profile.fact(key))).toList();
        Contacts contacts = requests.contacts(profile.id()).orElse(new Contacts(profile.id(), List.of(), List.of()));
        return new PlainPage(profile.id(), profile.name(), profile.summary(),
                bool(profile.fact("processing.mandatory")), bool(profile.fact("decisions.automated")), dataTaken, dataUnknown,
                shared, retention(profile), profile.fact("retention.days").value(), assessment(view.results()),
                rights(contacts, requests, reader, today), contacts, requests.writableRecipients(contacts),
                GLOSSARY.stream().filter(glossary::containsKey).map(glossary::get).toList());
    }

    private static boolean isTrue(Fact fact) {
        return fact.isKnown() && Boolean.TRUE.equals(fact.value());
    }

    private static Boolean bool(Fact fact) {
        return fact.isKnown() && fact.value() instanceof Boolean value ? value : null;
    }

    /** {@code days}, {@code none} (no limit set), {@code undisclosed}, or {@code unknown}. */
    private static String retention(Profile profile) {
        if (profile.fact("retention.days").isKnown()) {
            return "days";
        }
        Fact defined = profile.fact("retention.defined");
        if (defined.isKnown() && Boolean.FALSE.equals(defined.value())) {
            return "none";
        }
        if (profile.fact("retention.days").state() == FactState.UNDISCLOSED || defined.state() == FactState.UNDISCLOSED) {
            return "undisclosed";
        }
        return "unknown";
    }

    private static Assessment assessment(List<AssessmentResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        // Severities are ordered gravest first.
        String worst = results.stream().flatMap(r -> r.worstSeverity().stream())
                .min(java.util.Comparator.naturalOrder()).map(s -> s.id()).orElse(null);
        List<Finding> fired = results.stream().flatMap(r -> r.fired().stream()).toList();
        int open = results.stream().mapToInt(AssessmentResult::undeterminedCount).sum();
        List<String> gravest = fired.stream().sorted(java.util.Comparator.comparing(Finding::severity))
                .map(Finding::title).distinct().limit(3).toList();
        return new Assessment(worst, fired.size(), open, gravest);
    }

    private static List<RightRow> rights(Contacts contacts, RequestCatalogue requests, LetterLanguage reader, LocalDate today) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(reader.code()));
        Map<String, RightRow> rows = new LinkedHashMap<>();
        for (Recipient recipient : contacts.recipients()) {
            for (Map.Entry<String, LegalBasis> entry : requests.requestsFor(recipient).entrySet()) {
                LegalBasis basis = entry.getValue();
                DeadlineRule rule = requests.deadline(basis).orElse(null);
                DeadlineRule.Due due = rule == null ? null : rule.due(today);
                rows.putIfAbsent(entry.getKey(), new RightRow(entry.getKey(), reader.cite(basis.act(), basis.article()),
                        due == null ? null : dates.format(due.due()),
                        due == null || due.extended() == null ? null : dates.format(due.extended()),
                        rule == null ? null : reader.cite(rule.act(), rule.article())));
            }
        }
        return List.copyOf(rows.values());
    }
}
