package org.asylon.app.letter;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A time limit as the law states it: so many calendar days, working days or months. */
public record Period(int amount, Unit unit) {

    public enum Unit { DAYS, WORKING_DAYS, MONTHS }

    public Period {
        if (amount < 1) {
            throw new IllegalArgumentException("a period is at least 1: " + amount);
        }
    }

    /**
     * The last day of the period that starts the day after {@code start}. Months end on the same
     * date (or the last day of a shorter month); working days skip Saturdays and Sundays.
     * Not rolled forward past a weekend: see {@link DeadlineRule#due}.
     */
    LocalDate after(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case WORKING_DAYS -> {
                LocalDate day = start;
                for (int counted = 0; counted < amount; ) {
                    day = day.plusDays(1);
                    if (isWorkingDay(day)) {
                        counted++;
                    }
                }
                yield day;
            }
        };
    }

    /** This period followed by another; two periods in months add up, so that 1 + 2 months is 3 months. */
    Period then(Period next) {
        return unit == next.unit && unit == Unit.MONTHS ? new Period(amount + next.amount, unit) : null;
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
