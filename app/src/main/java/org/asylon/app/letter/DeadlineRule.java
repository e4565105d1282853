package org.asylon.app.letter;

import java.time.LocalDate;

/**
 * How long a body has to answer a request, with the provision that sets it, and the longest
 * extension the law allows.
 */
public record DeadlineRule(String id, Period period, Period extension, String act, String article) {

    /** The answer is due by {@code due}; with the extension, by {@code extended} (null when none is allowed). */
    public record Due(LocalDate due, LocalDate extended) {
    }

    /**
     * Counted from the day the body receives the request, that day not counted. A period that ends
     * on a Saturday or Sunday ends on the following Monday (Regulation (EEC, Euratom) No 1182/71,
     * art. 3(4), the rule most of these laws follow). Public holidays are not known here and not counted.
     */
    public Due due(LocalDate received) {
        LocalDate end = period.after(received);
        LocalDate extended = null;
        if (extension != null) {
            Period total = period.then(extension);
            extended = total != null ? total.after(received) : extension.after(end);
            extended = nextWorkingDay(extended);
        }
        return new Due(nextWorkingDay(end), extended);
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate result = day;
        while (!Period.isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }
}
