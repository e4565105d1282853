package org.asylon.app.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LetterComposerTest {

    static final RequestCatalogue CATALOGUE = RequestCatalogueReader.read(Path.of("..", "knowledge").toAbsolutePath().normalize());
    static final Recipient BAMF = CATALOGUE.contacts("de-bamf-phone-data-extraction").orElseThrow().recipients().get(0);

    static LetterComposer.Subject access(Recipient recipient) {
        LegalBasis basis = CATALOGUE.requestsFor(recipient).get("access");
        return new LetterComposer.Subject("Phone data extraction", recipient, "access", basis, CATALOGUE.deadline(basis).orElse(null));
    }

    @Test
    void anAccessRequestToTheGermanAsylumOfficeIsInGermanWithItsLawAndDeadline() {
        // Received Thursday 15 January 2026: one month is Sunday 15 February, so Monday 16 February; three months 15 April.
        PersonalDetails details = new PersonalDetails("Amal Example", "", "1234-567", "", LocalDate.of(2026, 1, 15));
        Letter letter = LetterComposer.compose(access(BAMF), CATALOGUE.language("de").orElseThrow(), details, null);
        assertThat(letter.text())
                .contains("Artikel 15 der Verordnung (EU) 2016/679")
                .contains("Artikel 12(3) der Verordnung (EU) 2016/679")
                .contains("16. Februar 2026").contains("15. April 2026")
                .contains("An: Bundesamt für Migration und Flüchtlinge (BAMF)")
                .contains("Frankenstraße 210, 90461 Nürnberg")
                .contains("Mein Aktenzeichen: 1234-567")
                .doesNotContain("Meine Anschrift")
                .doesNotContain("{");
        assertThat(letter.due().due()).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void theTranslationIsInTheWritersLanguageAndSaysWhichLetterToSend() {
        PersonalDetails details = new PersonalDetails("Amal Example", "", "", "", LocalDate.of(2026, 1, 15));
        LetterLanguage german = CATALOGUE.language("de").orElseThrow();
        Letter arabic = LetterComposer.compose(access(BAMF), CATALOGUE.language("ar").orElseThrow(), details, german);
        assertThat(arabic.direction()).isEqualTo("rtl");
        assertThat(arabic.text()).contains("المادة 15 من اللائحة (الاتحاد الأوروبي) 2016/679")
                .contains("Deutsch").contains("Amal Example");
    }

    @Test
    void whatAPersonTypesIsLeftAsTypedEvenWithBraces() {
        PersonalDetails details = new PersonalDetails("{system} {reference}", "", "", "", LocalDate.of(2026, 1, 15));
        Letter letter = LetterComposer.compose(access(BAMF), CATALOGUE.language("en").orElseThrow(), details, null);
        assertThat(letter.text()).contains("From: {system} {reference}");
        assertThat(details.toString()).doesNotContain("system");
    }

    @Test
    void aRequestWithoutAStatutoryDeadlineAsksForAnAnswerWithoutUndueDelay() {
        Recipient unhcr = CATALOGUE.contacts("bd-unhcr-rohingya-biometric-data-sharing").orElseThrow().recipients().get(0);
        Letter letter = LetterComposer.compose(access(unhcr), CATALOGUE.language("en").orElseThrow(),
                new PersonalDetails("A", "", "", "", LocalDate.of(2026, 1, 15)), null);
        assertThat(letter.due()).isNull();
        assertThat(letter.text()).contains("Please answer without undue delay.");
    }
}
