package org.asylon.audit.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.BinomialTest;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.spec.Settings;
import org.asylon.audit.statistics.HomogeneityTest;
import org.asylon.audit.statistics.TestResult;
import org.asylon.audit.statistics.TwoProportionTest;

/**
 * Finds where the distribution of decisions changed over time. Each window with enough decisions
 * is compared with all earlier such windows pooled: a category falls (one-sided exact binomial
 * test of the window's count against the baseline share) and the whole distribution moves
 * (chi-square test of window against baseline, reported only when the total-variation distance
 * reaches the minimum shift). P-values are corrected across all windows and categories tested.
 */
public final class DriftAnalysis {

    /** A category has collapsed when its share falls below this fraction of its baseline share. */
    static final double COLLAPSE_FACTOR = 0.5;
    /** A category must have been expected at least this often in the window to have vanished. */
    static final double MIN_EXPECTED = 5;

    private final Settings settings;

    public DriftAnalysis(Settings settings) {
        this.settings = settings;
    }

    public DriftResult analyse(CountCube cube) {
        Map<String, long[]> rows = new TreeMap<>();
        Map<String, Map<String, Long>> categories = new HashMap<>();
        TreeSet<String> allCategories = new TreeSet<>();
        cube.forEach((key, counts) -> {
            if (key.window() == null) {
                return;
            }
            long[] r = rows.computeIfAbsent(key.window(), w -> new long[2]);
            r[0] += counts.rows();
            if (key.decision() == null) {
                r[1] += counts.rows();
            } else {
                categories.computeIfAbsent(key.window(), w -> new HashMap<>()).merge(key.decision(), counts.rows(), Long::sum);
                allCategories.add(key.decision());
            }
        });
        List<WindowCounts> windows = new ArrayList<>();
        rows.forEach((window, r) -> windows.add(new WindowCounts(window, r[0], r[1], categories.getOrDefault(window, Map.of()))));

        List<String> sparse = new ArrayList<>();
        List<Candidate> falls = new ArrayList<>();
        List<Candidate> shifts = new ArrayList<>();
        Map<String, Long> baseline = new HashMap<>();
        long baselineTotal = 0;
        for (WindowCounts window : windows) {
            if (window.decided() < settings.minGroup()) {
                sparse.add(window.window());
                continue;
            }
            if (baselineTotal > 0) {
                for (String category : allCategories) {
                    long before = baseline.getOrDefault(category, 0L);
                    if (before == 0) {
                        continue;
                    }
                    Rate now = new Rate(window.count(category), window.decided());
                    Rate then = new Rate(before, baselineTotal);
                    falls.add(new Candidate(window.window(), category, now, then, fallTest(now, then), 0));
                }
                long[][] table = new long[2][allCategories.size()];
                double distance = 0;
                int j = 0;
                for (String category : allCategories) {
                    table[0][j] = window.count(category);
                    table[1][j] = baseline.getOrDefault(category, 0L);
                    distance += Math.abs((double) table[0][j] / window.decided() - (double) table[1][j] / baselineTotal);
                    j++;
                }
                TestResult shift = HomogeneityTest.test(table);
                shifts.add(new Candidate(window.window(), null, new Rate(0, 0), new Rate(0, 0),
                        shift == null ? 1 : shift.pValue(), distance / 2));
            }
            window.categories().forEach((category, count) -> baseline.merge(category, count, Long::sum));
            baselineTotal += window.decided();
        }

        List<DriftEvent> events = new ArrayList<>();
        double[] fallAdjusted = settings.correction().adjust(falls.stream().mapToDouble(Candidate::pValue).toArray());
        for (int i = 0; i < falls.size(); i++) {
            Candidate c = falls.get(i);
            if (fallAdjusted[i] >= settings.alpha()) {
                continue;
            }
            double expected = c.now.total() * c.then.value();
            if (c.now.count() == 0 && expected >= MIN_EXPECTED) {
                events.add(new DriftEvent(DriftEvent.Kind.VANISHED, c.window, c.category, c.now, c.then, c.pValue,
                        fallAdjusted[i], 0));
            } else if (c.now.value() < COLLAPSE_FACTOR * c.then.value()) {
                events.add(new DriftEvent(DriftEvent.Kind.COLLAPSED, c.window, c.category, c.now, c.then, c.pValue,
                        fallAdjusted[i], 0));
            }
        }
        double[] shiftAdjusted = settings.correction().adjust(shifts.stream().mapToDouble(Candidate::pValue).toArray());
        for (int i = 0; i < shifts.size(); i++) {
            Candidate c = shifts.get(i);
            if (shiftAdjusted[i] < settings.alpha() && c.distance >= settings.minShift()) {
                events.add(new DriftEvent(DriftEvent.Kind.SHIFTED, c.window, null, c.now, c.then, c.pValue,
                        shiftAdjusted[i], c.distance));
            }
        }
        events.sort(java.util.Comparator.comparing(DriftEvent::window).thenComparing(e -> e.kind().ordinal()));
        return new DriftResult(cube.layout().window(), windows, sparse, List.copyOf(allCategories), events);
    }

    /** One-sided: is the window's count lower than the baseline share predicts? */
    private static double fallTest(Rate now, Rate then) {
        if (now.total() <= Integer.MAX_VALUE) {
            return BinomialTest.withDefaults().with(AlternativeHypothesis.LESS_THAN)
                    .test((int) now.total(), (int) now.count(), then.value()).getPValue();
        }
        TestResult test = TwoProportionTest.test(now, then);
        return now.value() < then.value() ? test.pValue() / 2 : 1;
    }

    private record Candidate(String window, String category, Rate now, Rate then, double pValue, double distance) {
    }
}
