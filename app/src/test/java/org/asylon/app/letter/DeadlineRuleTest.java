package org.asylon.app.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted as the ADR says: from the day after receipt; months to the same date (or the
 * month's last day); working days Monday to Friday; a period ending on a weekend ends on the
 * next Monday. Expected dates were counted by hand on a calendar (weekdays checked separately).
 */
class DeadlineRuleTest {

    static final DeadlineRule GDPR = new DeadlineRule("gdpr", new Period(1, Period.Unit.MONTHS),
            new Period(2, Period.Unit.MONTHS), "gdpr", "12(3)");
    static final DeadlineRule EU_DOCUMENTS = new DeadlineRule("docs", new Period(15, Period.Unit.WORKING_DAYS),
            new Period(15, Period.Unit.WORKING_DAYS), "eudocs", "7");
    static final DeadlineRule THIRTY_DAYS = new DeadlineRule("ca", new Period(30, Period.Unit.DAYS), null, "caprivacy", "14");

    @Test
    void aMonthEndsOnTheSameDateAndMovesOffASunday() {
        // 15 January 2026 is a Thursday; 15 February a Sunday, so Monday 16 February; 15 April a Wednesday.
        DeadlineRule.Due due = GDPR.due(LocalDate.of(2026, 1, 15));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(due.extended()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aMonthFromTheThirtyFirstEndsOnTheLastDayOfAShorterMonth() {
        // 31 January + 1 month = 28 February 2026, a Saturday: Monday 2 March. + 3 months = 30 April, a Thursday.
        DeadlineRule.Due due = GDPR.due(LocalDate.of(2026, 1, 31));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(due.extended()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void workingDaysSkipWeekends() {
        // Received Friday 27 November 2026: days 1-5 are 30 Nov - 4 Dec, 6-10 are 7-11 Dec, 11-15 are 14-18 Dec.
        // Fifteen more: 21-25 Dec, 28 Dec - 1 Jan, 4-8 Jan 2027 (public holidays are not counted here).
        DeadlineRule.Due due = EU_DOCUMENTS.due(LocalDate.of(2026, 11, 27));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(due.extended()).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void calendarDaysEndingOnASundayMoveToMonday() {
        // 27 November + 30 days = Sunday 27 December 2026.
        DeadlineRule.Due due = THIRTY_DAYS.due(LocalDate.of(2026, 11, 27));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(due.extended()).isNull();
    }
}
