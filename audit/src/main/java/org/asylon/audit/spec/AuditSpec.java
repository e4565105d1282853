package org.asylon.audit.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to audit in a data file and how: the roles of its columns and the statistical settings.
 * Read from a YAML audit spec ({@link AuditSpecReader}) or built from command-line options.
 * Exactly one of {@code decision} (decision mode) and {@code biometric} (biometric mode) is set;
 * in decision mode a score is optional, in biometric mode it is required.
 *
 * @param id the spec's id; {@code null} when built from options
 * @param version the spec's version (semantic versioning, like instruments)
 * @param file the spec file, or {@code null}
 * @param digest SHA-256 of the spec file, or {@code null}
 */
public record AuditSpec(String id, String version, String title, String file, String digest,
                        CsvOptions csv, List<ColumnRef> groups, DecisionSpec decision, LabelSpec label,
                        ScoreSpec score, TimeSpec time, BiometricSpec biometric, Settings settings) {

    public AuditSpec {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("an audit needs at least one group column");
        }
        if ((decision == null) == (biometric == null)) {
            throw new IllegalArgumentException("an audit needs either a decision column or a biometric genuine-pair column");
        }
        if (biometric != null && score == null) {
            throw new IllegalArgumentException("a biometric audit needs a score column with thresholds");
        }
    }

    public boolean biometricMode() {
        return biometric != null;
    }

    public Optional<ScoreSpec> scoreSpec() {
        return Optional.ofNullable(score);
    }

    public Optional<TimeSpec> timeSpec() {
        return Optional.ofNullable(time);
    }

    /** Every column the audit reads, in role order. */
    public List<ColumnRef> columns() {
        List<ColumnRef> all = new ArrayList<>(groups);
        if (decision != null) {
            all.add(decision.column());
        }
        if (label != null) {
            all.add(label.column());
        }
        if (score != null) {
            all.add(score.column());
        }
        if (time != null) {
            all.add(time.column());
        }
        if (biometric != null) {
            all.add(biometric.genuine());
        }
        return all;
    }

    public List<String> groupNames() {
        return groups.stream().map(ColumnRef::name).toList();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.version = version;
        builder.title = title;
        builder.file = file;
        builder.digest = digest;
        builder.csv = csv;
        builder.groups = groups;
        builder.decision = decision;
        builder.label = label;
        builder.score = score;
        builder.time = time;
        builder.biometric = biometric;
        builder.settings = settings;
        return builder;
    }

    /** Assembles a spec from a file and from command-line options that override it. */
    public static final class Builder {
        public String id;
        public String version;
        public String title;
        public String file;
        public String digest;
        public CsvOptions csv = CsvOptions.DETECT;
        public List<ColumnRef> groups = List.of();
        public DecisionSpec decision;
        public LabelSpec label;
        public ScoreSpec score;
        public TimeSpec time;
        public BiometricSpec biometric;
        public Settings settings = Settings.DEFAULTS;

        public AuditSpec build() {
            return new AuditSpec(id, version, title, file, digest, csv, groups, decision, label, score, time,
                    biometric, settings);
        }
    }
}
