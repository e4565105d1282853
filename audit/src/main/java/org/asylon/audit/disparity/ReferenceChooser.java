package org.asylon.audit.disparity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.asylon.audit.metric.Group;
import org.asylon.audit.metric.GroupTally;
import org.asylon.audit.metric.Grouping;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.spec.ReferencePolicy;

/**
 * Picks the reference group of an analysis by the audit's policy, among groups that are not
 * suppressed. Ties go to the group whose label sorts first, so the choice is reproducible.
 */
public final class ReferenceChooser {

    private ReferenceChooser() {
    }

    /**
     * @param outcomeSource the outcome source whose rates decide "most favourable"
     * @param biometric whether "most favourable" means the lowest error rates rather than the highest selection rate
     * @return the reference, or empty when the policy names a group this analysis lacks
     */
    public static Optional<Reference> choose(ReferencePolicy policy, Grouping grouping, List<GroupTally> tallies,
                                             GroupTally everyone, int minGroup, int outcomeSource, boolean biometric) {
        List<GroupTally> eligible = tallies.stream().filter(t -> t.rows() >= minGroup).toList();
        if (policy instanceof ReferencePolicy.Overall) {
            return Optional.of(new Reference(null, everyone));
        }
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Comparator<GroupTally> byLabel = Comparator.comparing(t -> t.group().label());
        GroupTally chosen;
        if (policy instanceof ReferencePolicy.Named named) {
            String wanted = partFor(named.group(), grouping);
            chosen = eligible.stream().filter(t -> t.group().label().equals(wanted)).findFirst().orElse(null);
            if (chosen == null) {
                return Optional.empty();
            }
        } else if (policy instanceof ReferencePolicy.MostFavourable) {
            Comparator<GroupTally> best = biometric
                    ? Comparator.comparing((GroupTally t) -> errorSum(t, outcomeSource))
                    : Comparator.comparing((GroupTally t) -> selection(t, outcomeSource)).reversed();
            chosen = eligible.stream().min(best.thenComparing(byLabel)).orElseThrow();
        } else {
            chosen = eligible.stream().min(Comparator.comparingLong(GroupTally::rows).reversed().thenComparing(byLabel))
                    .orElseThrow();
        }
        return Optional.of(new Reference(chosen, everyone));
    }

    /** For a marginal analysis, the part of an intersectional name that belongs to its attribute. */
    static String partFor(String name, Grouping grouping) {
        String[] parts = name.split(java.util.regex.Pattern.quote(Group.SEPARATOR), -1);
        if (grouping.indexes().size() == 1 && parts.length > 1 && grouping.indexes().get(0) < parts.length) {
            return parts[grouping.indexes().get(0)];
        }
        return name;
    }

    private static BigFraction selection(GroupTally tally, int source) {
        Rate rate = Metric.SELECTION_RATE.rate(tally.counts(source));
        return rate.defined() ? rate.fraction() : BigFraction.ZERO;
    }

    private static BigFraction errorSum(GroupTally tally, int source) {
        Rate fmr = Metric.FMR.rate(tally.counts(source));
        Rate fnmr = Metric.FNMR.rate(tally.counts(source));
        BigFraction one = BigFraction.ONE;
        return (fmr.defined() ? fmr.fraction() : one).add(fnmr.defined() ? fnmr.fraction() : one);
    }
}
