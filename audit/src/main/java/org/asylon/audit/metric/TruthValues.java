package org.asylon.audit.metric;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which values of a binary truth column (label, or genuine-pair flag) are positive. A column
 * with more than two distinct values is not binary and cannot be used.
 */
public record TruthValues(Set<String> positive) {

    /** Spellings of "yes" recognised when the positive value is not named. */
    static final List<String> USUAL_POSITIVES = List.of("true", "1", "yes", "y", "t", "genuine", "mated", "match");

    public TruthValues {
        positive = Set.copyOf(positive);
    }

    public boolean positive(String value) {
        return positive.contains(value);
    }

    /**
     * Resolves the positive values from the values present in the data.
     *
     * @param named the values the user named (may be empty)
     * @param hints values to try next (the decision's favourable values, whose vocabulary a label often shares)
     * @param present the distinct values of the column with their row counts
     * @return the positive values, or an explanation of why none can be chosen
     */
    public static Resolution resolve(Set<String> named, Set<String> hints, Map<String, Long> present) {
        if (present.size() > 2) {
            return new Resolution(null, "is not binary: it has " + present.size() + " distinct values ("
                    + describe(present) + ")");
        }
        if (!named.isEmpty()) {
            Set<String> found = named.stream().filter(present::containsKey).collect(Collectors.toSet());
            if (found.isEmpty() && !present.isEmpty()) {
                return new Resolution(null, "never holds " + quoted(named) + " (its values: " + describe(present) + ")");
            }
            return new Resolution(new TruthValues(named), null);
        }
        Set<String> fromHints = hints.stream().filter(present::containsKey).collect(Collectors.toSet());
        if (!fromHints.isEmpty()) {
            return new Resolution(new TruthValues(fromHints), null);
        }
        for (String usual : USUAL_POSITIVES) {
            for (String value : present.keySet()) {
                if (value.toLowerCase(Locale.ROOT).equals(usual)) {
                    return new Resolution(new TruthValues(Set.of(value)), null);
                }
            }
        }
        if (present.isEmpty()) {
            return new Resolution(new TruthValues(Set.of()), null);
        }
        return new Resolution(null, "has values " + describe(present) + " and none of them is recognisably the"
                + " favourable or genuine one; name it");
    }

    /** Either the resolved values or the reason they could not be resolved. */
    public record Resolution(TruthValues values, String problem) {
    }

    static String describe(Map<String, Long> counts) {
        return counts.entrySet().stream().limit(12)
                .map(e -> "'" + e.getKey() + "' " + e.getValue() + (e.getValue() == 1 ? " row" : " rows"))
                .collect(Collectors.joining(", ")) + (counts.size() > 12 ? ", ..." : "");
    }

    private static String quoted(Set<String> values) {
        return values.stream().sorted().map(v -> "'" + v + "'").collect(Collectors.joining(" or "));
    }
}
