package org.asylon.audit.cube;

/**
 * What a cube holds for one cell: the number of rows, how many of them had a score or a timestamp
 * that could not be read, and the smallest and largest valid score. Counts add and extremes
 * combine, so cells from separate chunks of data merge exactly.
 */
public record CellCounts(long rows, long invalidScores, long invalidTimes, double minScore, double maxScore) {

    public static CellCounts of(long rows) {
        return new CellCounts(rows, 0, 0, Double.NaN, Double.NaN);
    }

    public CellCounts plus(CellCounts other) {
        return new CellCounts(rows + other.rows, invalidScores + other.invalidScores,
                invalidTimes + other.invalidTimes, min(minScore, other.minScore), max(maxScore, other.maxScore));
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
