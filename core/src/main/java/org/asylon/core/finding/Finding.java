package org.asylon.core.finding;

import java.util.List;
import org.asylon.core.instrument.Standard;

/**
 * What a rule concluded about a deployment, with everything needed to check it: the facts it
 * read, the provisions it rests on, and, when undetermined, exactly the facts that are missing.
 */
public record Finding(
        String id,
        FindingStatus status,
        Severity severity,
        String title,
        String explanation,
        Standard standard,
        List<String> legalBasis,
        List<String> recommendations,
        String test,
        String step,
        String condition,
        List<FactUse> facts,
        List<FactUse> missing) {

    public Finding {
        legalBasis = List.copyOf(legalBasis);
        recommendations = List.copyOf(recommendations);
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }
}
