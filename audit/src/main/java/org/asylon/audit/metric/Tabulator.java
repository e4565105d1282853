package org.asylon.audit.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.asylon.audit.cube.CellCounts;
import org.asylon.audit.cube.CellKey;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.spec.DecisionSpec;
import org.asylon.audit.spec.ScoreDirection;

/**
 * Adds up a count cube's cells into per-group tallies for one grouping: marginal groupings sum
 * the intersectional cells, so every analysis comes from the same single pass over the data.
 */
public final class Tabulator {

    private final CountCube cube;
    private final DecisionSpec decision;
    private final TruthValues truth;
    private final ScoreDirection direction;
    private final List<OutcomeSource> sources;

    /**
     * @param decision the decision column's favourable values, or {@code null} in biometric mode
     * @param truth the positive values of the label or genuine-pair column, or {@code null} without one
     * @param direction which end of the score is favourable (a match, in biometric mode)
     */
    public Tabulator(CountCube cube, DecisionSpec decision, TruthValues truth, ScoreDirection direction,
                     List<OutcomeSource> sources) {
        this.cube = cube;
        this.decision = decision;
        this.truth = truth;
        this.direction = direction;
        this.sources = List.copyOf(sources);
    }

    public List<OutcomeSource> sources() {
        return sources;
    }

    /** One tally per group of the grouping, ordered by label. */
    public List<GroupTally> tally(Grouping grouping) {
        Map<List<String>, Accumulator> groups = new HashMap<>();
        cube.forEach((key, counts) -> {
            List<String> values = new ArrayList<>(grouping.indexes().size());
            for (int index : grouping.indexes()) {
                values.add(key.groups().get(index));
            }
            groups.computeIfAbsent(values, v -> new Accumulator(sources.size())).add(key, counts);
        });
        Map<String, GroupTally> byLabel = new TreeMap<>();
        groups.forEach((values, accumulator) -> byLabel.put(String.join("\u0000", values),
                accumulator.tally(new Group(grouping.attributes(), values))));
        return new ArrayList<>(byLabel.values());
    }

    /** The tally of everybody. */
    public GroupTally overall() {
        Accumulator all = new Accumulator(sources.size());
        cube.forEach(all::add);
        return all.tally(new Group(List.of("all"), List.of("everyone")));
    }

    private final class Accumulator {
        long rows;
        long missingDecision;
        long missingTruth;
        long missingScore;
        final Map<String, Long> categories = new LinkedHashMap<>();
        final long[][] confusion;

        Accumulator(int sourceCount) {
            confusion = new long[sourceCount][6];
        }

        void add(CellKey key, CellCounts counts) {
            long n = counts.rows();
            rows += n;
            if (decision != null) {
                if (key.decision() == null) {
                    missingDecision += n;
                } else {
                    categories.merge(key.decision(), n, Long::sum);
                }
            }
            if (truth != null && key.truth() == null) {
                missingTruth += n;
            }
            if (cube.layout().scored() && key.band() == CellKey.NO_SCORE) {
                missingScore += n;
            }
            for (int s = 0; s < sources.size(); s++) {
                Boolean favourable = favourable(sources.get(s), key);
                if (favourable == null) {
                    continue;
                }
                long[] c = confusion[s];
                c[0] += n;
                if (favourable) {
                    c[1] += n;
                }
                if (truth != null && key.truth() != null) {
                    boolean right = truth.positive(key.truth());
                    c[favourable ? (right ? 2 : 3) : (right ? 5 : 4)] += n;
                }
            }
        }

        /** Whether the source decided favourably for this cell; {@code null} when it decided nothing. */
        private Boolean favourable(OutcomeSource source, CellKey key) {
            if (source.decisionColumn()) {
                return key.decision() == null ? null : decision.isFavourable(key.decision());
            }
            if (key.band() == CellKey.NO_SCORE) {
                return null;
            }
            boolean reaches = key.band() > source.thresholdIndex();
            return direction == ScoreDirection.HIGH ? reaches : !reaches;
        }

        GroupTally tally(Group group) {
            List<ConfusionCounts> bySource = new ArrayList<>();
            for (long[] c : confusion) {
                bySource.add(new ConfusionCounts(c[0], c[1], c[2], c[3], c[4], c[5]));
            }
            return new GroupTally(group, rows, missingDecision, missingTruth, missingScore, categories, bySource);
        }
    }
}
