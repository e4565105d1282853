package org.asylon.app.audit;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Storage of audit runs; the column list and the mapping are kept as JSON. */
@Repository
public class AuditRunRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public AuditRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, Path stored, String origin, String sha256, long bytes, List<String> columns, String actor,
                Instant now) {
        return jdbc.sql("insert into audit_run (file_name, stored_path, origin, file_sha256, file_bytes, columns, status,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, 'mapping', ?, ?) returning id")
                .params(fileName, stored.toString(), origin, sha256, bytes, JSON.writeValueAsString(columns), actor,
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    List<AuditRun> list() {
        return jdbc.sql("select * from audit_run order by id desc limit 200").query(AuditRunRepository::row).list();
    }

    Optional<AuditRun> find(long id) {
        return jdbc.sql("select * from audit_run where id = ?").param(id).query(AuditRunRepository::row).optional();
    }

    /** Queues a run configured by the mapping form (a spec file used before is forgotten). */
    void queue(long id, AuditMapping mapping) {
        jdbc.sql("update audit_run set mapping = ?, spec_name = null, spec_text = null, status = 'queued', problems = null,"
                + " started_at = null, finished_at = null where id = ?").params(JSON.writeValueAsString(mapping), id).update();
    }

    /** Queues a run configured by an audit spec file (the mapping last typed is kept for the form). */
    void queue(long id, AuditRun.SpecFile spec) {
        jdbc.sql("update audit_run set spec_name = ?, spec_text = ?, status = 'queued', problems = null, started_at = null,"
                + " finished_at = null where id = ?").params(spec.name(), spec.text(), id).update();
    }

    /** The columns of the file as read with the delimiter the user gave. */
    void columns(long id, List<String> columns) {
        jdbc.sql("update audit_run set columns = ? where id = ?").params(JSON.writeValueAsString(columns), id).update();
    }

    void moved(long id, Path stored) {
        jdbc.sql("update audit_run set stored_path = ? where id = ?").params(stored.toString(), id).update();
    }

    void started(long id, Instant now) {
        jdbc.sql("update audit_run set status = 'running', started_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    void finished(long id, AuditRun.Status status, List<String> problems, Instant now) {
        jdbc.sql("update audit_run set status = ?, problems = ?, finished_at = ? where id = ?")
                .params(status.id(), problems.isEmpty() ? null : String.join("\n", problems), Timestamp.from(now), id)
                .update();
    }

    void attached(long id, String deploymentId, int revision) {
        jdbc.sql("update audit_run set attached_to = ?, attached_revision = ? where id = ?")
                .params(deploymentId, revision, id).update();
    }

    /** Runs a previous process left unfinished will never finish: they are marked failed. */
    int failUnfinished(String problem, Instant now) {
        return jdbc.sql("update audit_run set status = 'failed', problems = ?, finished_at = ?"
                + " where status in ('queued', 'running')").params(problem, Timestamp.from(now)).update();
    }

    List<Deployment> deployments() {
        return jdbc.sql("select id, name from deployment order by name")
                .query((rs, n) -> new Deployment(rs.getString("id"), rs.getString("name"))).list();
    }

    /** A deployment an audit can be attached to. */
    public record Deployment(String id, String name) {
    }

    private static AuditRun row(ResultSet rs, int n) throws SQLException {
        String mapping = rs.getString("mapping");
        String problems = rs.getString("problems");
        Object revision = rs.getObject("attached_revision");
        return new AuditRun(rs.getLong("id"), rs.getString("file_name"), Path.of(rs.getString("stored_path")),
                rs.getString("origin"), rs.getString("file_sha256"), rs.getLong("file_bytes"),
                JSON.readValue(rs.getString("columns"), new TypeReference<List<String>>() { }),
                mapping == null ? null : JSON.readValue(mapping, AuditMapping.class),
                AuditRun.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                problems == null ? List.of() : List.of(problems.split("\n")),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getString("attached_to"), revision == null ? null : ((Number) revision).intValue(),
                rs.getString("spec_name") == null ? null
                        : new AuditRun.SpecFile(rs.getString("spec_name"), rs.getString("spec_text")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
