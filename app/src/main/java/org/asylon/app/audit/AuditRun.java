package org.asylon.app.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** One audit run: the data file it reads, its mapping, how far it got, and where its result went. */
public record AuditRun(long id, String fileName, Path storedPath, String origin, String fileSha256, long fileBytes,
                       List<String> columns, AuditMapping mapping, Status status, List<String> problems,
                       String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt,
                       String attachedTo, Integer attachedRevision, SpecFile spec) {

    /** An audit spec file that configured the run instead of the mapping form: its name and its text. */
    public record SpecFile(String name, String text) {
    }

    public enum Status {
        MAPPING, QUEUED, RUNNING, DONE, FAILED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean inProgress() {
            return this == QUEUED || this == RUNNING;
        }
    }

    public AuditRun {
        columns = List.copyOf(columns);
        problems = List.copyOf(problems);
    }

    /** The mapping to show: the one last submitted, else the defaults. */
    public AuditMapping mappingOrDefaults() {
        return mapping != null ? mapping : AuditMapping.defaults();
    }
}
