package org.asylon.audit.spec;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time window written as an ISO 8601 period of one unit: {@code P1D}, {@code P1W}, {@code P1M},
 * {@code P3M}, {@code P1Y}. Windows are aligned as DuckDB's {@code time_bucket} aligns them
 * (months and years on the first of the month; days and weeks from Monday 3 January 2000).
 */
public record Window(int amount, Unit unit) {

    private static final Pattern ISO = Pattern.compile("P(\\d{1,4})([DWMY])");

    public enum Unit {
        DAY("days"), WEEK("weeks"), MONTH("months"), YEAR("years");

        private final String sql;

        Unit(String sql) {
            this.sql = sql;
        }
    }

    public Window {
        if (amount < 1) {
            throw new IllegalArgumentException("a window lasts at least one unit");
        }
    }

    public static Window parse(String text) {
        Matcher matcher = ISO.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a window; write an ISO 8601 period of one unit"
                    + " such as P1D, P1W, P1M, P3M or P1Y");
        }
        Unit unit = switch (matcher.group(2)) {
            case "D" -> Unit.DAY;
            case "W" -> Unit.WEEK;
            case "M" -> Unit.MONTH;
            default -> Unit.YEAR;
        };
        return new Window(Integer.parseInt(matcher.group(1)), unit);
    }

    /** The DuckDB interval literal, e.g. {@code INTERVAL '1 months'}. */
    public String sqlInterval() {
        return "INTERVAL '" + amount + " " + unit.sql + "'";
    }

    @Override
    public String toString() {
        return "P" + amount + unit.name().charAt(0);
    }
}
