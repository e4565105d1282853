package org.asylon.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.asylon.audit.cube.CellCounts;
import org.asylon.audit.cube.CellKey;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.cube.CubeLayout;
import org.asylon.audit.metric.Rate;
import org.junit.jupiter.api.Test;

/** Laws that must hold for any counts, checked on many seeded random cases. */
class StatisticsPropertiesTest {

    private static final int CASES = 2000;

    @Test
    void wilsonIntervalsLieInTheUnitIntervalAndContainTheRate() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < CASES; i++) {
            long total = 1 + random.nextInt(5000);
            Rate rate = new Rate(random.nextLong(total + 1), total);
            Interval interval = WilsonInterval.of(rate, ConfidenceLevel.NINETY_FIVE);
            assertThat(interval.lower()).as(rate.toString()).isBetween(0.0, rate.value());
            assertThat(interval.upper()).as(rate.toString()).isBetween(rate.value(), 1.0);
        }
    }

    @Test
    void ratioAndDifferenceIntervalsContainTheirEstimates() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < CASES; i++) {
            long n1 = 1 + random.nextInt(3000);
            long n2 = 1 + random.nextInt(3000);
            Rate a = new Rate(1 + random.nextLong(n1), n1);
            Rate b = new Rate(1 + random.nextLong(n2), n2);
            if (a.count() == a.total() || b.count() == b.total()) {
                continue; // the Haldane adjustment moves the estimate itself
            }
            double ratio = a.value() / b.value();
            assertThat(KatzRatioInterval.of(a, b, ConfidenceLevel.NINETY_FIVE).contains(ratio)).as(a + " " + b).isTrue();
            double difference = a.value() - b.value();
            Interval d = NewcombeDifferenceInterval.of(a, b, ConfidenceLevel.NINETY_FIVE);
            assertThat(d.contains(difference)).as(a + " " + b).isTrue();
            assertThat(d.lower()).isGreaterThanOrEqualTo(-1);
            assertThat(d.upper()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void correctionsNeverLowerAPValueAndKeepTheirOrder() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < CASES; i++) {
            double[] p = new double[1 + random.nextInt(30)];
            Arrays.setAll(p, j -> random.nextDouble());
            for (Correction correction : List.of(Correction.HOLM, Correction.BENJAMINI_HOCHBERG)) {
                double[] adjusted = correction.adjust(p);
                for (int j = 0; j < p.length; j++) {
                    assertThat(adjusted[j]).isBetween(p[j], 1.0);
                    for (int k = 0; k < p.length; k++) {
                        if (p[j] < p[k]) {
                            assertThat(adjusted[j]).isLessThanOrEqualTo(adjusted[k]);
                        }
                    }
                }
            }
            // Holm is at least as strict as Benjamini–Hochberg.
            double[] holm = Correction.HOLM.adjust(p);
            double[] bh = Correction.BENJAMINI_HOCHBERG.adjust(p);
            for (int j = 0; j < p.length; j++) {
                assertThat(holm[j]).isGreaterThanOrEqualTo(bh[j] - 1e-15);
            }
        }
    }

    @Test
    void mergingCubesIsCommutativeAndAssociative() {
        CubeLayout layout = new CubeLayout(List.of("g"), true, false, List.of(), null);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            CountCube a = randomCube(layout, random);
            CountCube b = randomCube(layout, random);
            CountCube c = randomCube(layout, random);
            assertThat(a.merge(b)).isEqualTo(b.merge(a));
            assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
            assertThat(a.merge(b).rows()).isEqualTo(a.rows() + b.rows());
        }
    }

    private static CountCube randomCube(CubeLayout layout, SplittableRandom random) {
        CountCube.Builder cube = CountCube.builder(layout);
        int cells = random.nextInt(8);
        for (int i = 0; i < cells; i++) {
            cube.add(new CellKey(List.of("G" + random.nextInt(3)), random.nextBoolean() ? "yes" : "no", null,
                    CellKey.NO_SCORE, null), CellCounts.of(1 + random.nextInt(100)));
        }
        return cube.build();
    }
}
