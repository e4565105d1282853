package org.asylon.audit.metric;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rates an audit compares between groups, each a count over a count of {@link ConfusionCounts}.
 * {@code better} says which direction is better for the people in the group, to word findings.
 */
public enum Metric {
    SELECTION_RATE("selection rate", "share of decisions favourable to the person", Kind.OUTCOME, Better.HIGHER,
            c -> new Rate(c.favourable(), c.decided())),
    TPR("true positive rate", "favourable decisions among people for whom they were right", Kind.ERROR, Better.HIGHER,
            c -> new Rate(c.truePositives(), c.truePositives() + c.falseNegatives())),
    FNR("false negative rate", "adverse decisions among people for whom a favourable one was right", Kind.ERROR, Better.LOWER,
            c -> new Rate(c.falseNegatives(), c.truePositives() + c.falseNegatives())),
    FPR("false positive rate", "favourable decisions among people for whom an adverse one was right", Kind.ERROR, Better.NEITHER,
            c -> new Rate(c.falsePositives(), c.falsePositives() + c.trueNegatives())),
    TNR("true negative rate", "adverse decisions among people for whom they were right", Kind.ERROR, Better.NEITHER,
            c -> new Rate(c.trueNegatives(), c.falsePositives() + c.trueNegatives())),
    PPV("positive predictive value", "favourable decisions that were right", Kind.ERROR, Better.NEITHER,
            c -> new Rate(c.truePositives(), c.truePositives() + c.falsePositives())),
    FDR("false discovery rate", "favourable decisions that were wrong", Kind.ERROR, Better.NEITHER,
            c -> new Rate(c.falsePositives(), c.truePositives() + c.falsePositives())),
    NPV("negative predictive value", "adverse decisions that were right", Kind.ERROR, Better.HIGHER,
            c -> new Rate(c.trueNegatives(), c.trueNegatives() + c.falseNegatives())),
    FOR("false omission rate", "adverse decisions that were wrong", Kind.ERROR, Better.LOWER,
            c -> new Rate(c.falseNegatives(), c.trueNegatives() + c.falseNegatives())),
    PREVALENCE("prevalence", "people for whom the favourable decision was right, among the labelled", Kind.BASE_RATE,
            Better.NEITHER, c -> new Rate(c.truePositives() + c.falseNegatives(), c.labelled())),
    FMR("false match rate", "impostor pairs matched", Kind.BIOMETRIC, Better.LOWER,
            c -> new Rate(c.falsePositives(), c.falsePositives() + c.trueNegatives())),
    FNMR("false non-match rate", "genuine pairs not matched", Kind.BIOMETRIC, Better.LOWER,
            c -> new Rate(c.falseNegatives(), c.truePositives() + c.falseNegatives()));

    /** What a difference in the metric means. */
    public enum Kind { OUTCOME, ERROR, BASE_RATE, BIOMETRIC }

    /** Which direction is better for the people in a group; NEITHER when it depends on the case. */
    public enum Better { HIGHER, LOWER, NEITHER }

    public static final List<Metric> WITH_LABELS = List.of(TPR, FNR, FPR, TNR, PPV, FDR, NPV, FOR, PREVALENCE);
    public static final List<Metric> BIOMETRIC = List.of(FMR, FNMR);

    private final String label;
    private final String description;
    private final Kind kind;
    private final Better better;
    private final Function<ConfusionCounts, Rate> rate;

    Metric(String label, String description, Kind kind, Better better, Function<ConfusionCounts, Rate> rate) {
        this.label = label;
        this.description = description;
        this.kind = kind;
        this.better = better;
        this.rate = rate;
    }

    public Rate rate(ConfusionCounts counts) {
        return rate.apply(counts);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    public Better better() {
        return better;
    }
}
