package org.asylon.core.finding;

import java.util.List;

/**
 * A classification's verdict. {@code value} is null when undetermined; {@code candidates} then
 * lists the outcomes still possible, and {@code missing} the facts that would decide. When the
 * classification counts rules, {@code met} and {@code open} say how many fired or are undetermined.
 */
public record ClassificationResult(String id, String title, String value, String label, String explanation,
                                   List<String> candidates, List<String> legalBasis, Integer met, Integer open,
                                   List<String> counted, List<FactUse> missing) {
    public ClassificationResult {
        candidates = List.copyOf(candidates);
        legalBasis = List.copyOf(legalBasis);
        counted = List.copyOf(counted);
        missing = List.copyOf(missing);
    }

    public boolean determined() {
        return value != null;
    }
}
