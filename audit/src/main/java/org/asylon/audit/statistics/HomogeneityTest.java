package org.asylon.audit.statistics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.ChiSquareTest;

/**
 * Pearson's chi-square test of independence on a groups × categories table: do the groups share
 * one distribution? Empty rows and columns are dropped first (they carry no information and
 * would make expected counts zero).
 */
public final class HomogeneityTest {

    private HomogeneityTest() {
    }

    /** @return the test, or {@code null} when fewer than two rows or columns hold counts */
    public static TestResult test(long[][] table) {
        List<long[]> rows = new ArrayList<>();
        int columns = table.length == 0 ? 0 : table[0].length;
        boolean[] keep = new boolean[columns];
        for (long[] row : table) {
            long sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += row[j];
                keep[j] |= row[j] > 0;
            }
            if (sum > 0) {
                rows.add(row);
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (rows.size() < 2 || kept < 2) {
            return null;
        }
        long[][] compact = new long[rows.size()][kept];
        for (int i = 0; i < rows.size(); i++) {
            int c = 0;
            for (int j = 0; j < columns; j++) {
                if (keep[j]) {
                    compact[i][c++] = rows.get(i)[j];
                }
            }
        }
        var result = ChiSquareTest.withDefaults().test(compact);
        return new TestResult(TestMethod.CHI_SQUARE, result.getStatistic(), result.getPValue());
    }
}
