package org.asylon.core.fact;

/**
 * A proportion, kept as counts when the source gives counts so that reports can show
 * "36 of 100" rather than a rounded percentage. {@code count} and {@code total} are null
 * when the source gave only a fraction.
 */
public record Share(Long count, Long total, double fraction) {

    public static Share ofCounts(long count, long total) {
        if (total <= 0 || count < 0 || count > total) {
            throw new IllegalArgumentException("a share needs 0 <= count <= total and total > 0");
        }
        return new Share(count, total, (double) count / total);
    }

    public static Share ofFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a share is a number from 0 to 1");
        }
        return new Share(null, null, fraction);
    }

    @Override
    public String toString() {
        String percent = percent();
        return count == null ? percent : count + " of " + total + " (" + percent + ")";
    }

    private String percent() {
        double value = fraction * 100;
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value)) + "%";
    }
}
