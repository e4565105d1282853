package org.asylon.audit.disparity;

import java.util.Locale;

/** A group's place in a comparison. */
public enum Standing {
    /** Compared with the reference. */
    COMPARED,
    /** The reference group itself. */
    REFERENCE,
    /** Fewer people than the minimum group size: shown as suppressed, with no figures. */
    SUPPRESSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
