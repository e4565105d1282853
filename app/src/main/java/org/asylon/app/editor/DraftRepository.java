package org.asylon.app.editor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Autosaved profile forms, one per person and deployment; a new deployment's draft has the id "". */
@Repository
public class DraftRepository {

    /** A draft: the form's fields, the deployment version the form was opened on, when it was saved. */
    public record Draft(FormValues values, int baseVersion, Instant savedAt) {
    }

    private final JdbcClient jdbc;

    public DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String username, String deploymentId, int baseVersion, FormValues values, Instant at) {
        jdbc.sql("insert into profile_draft (username, deployment_id, base_version, fields_json, saved_at) "
                        + "values (?, ?, ?, cast(? as jsonb), ?) on conflict (username, deployment_id) do update set "
                        + "base_version = excluded.base_version, fields_json = excluded.fields_json, saved_at = excluded.saved_at")
                .params(username, deploymentId, baseVersion, values.toJson(), Timestamp.from(at))
                .update();
    }

    public Optional<Draft> find(String username, String deploymentId) {
        return jdbc.sql("select base_version, fields_json::text as fields, saved_at from profile_draft "
                        + "where username = ? and deployment_id = ?")
                .params(username, deploymentId)
                .query((rs, row) -> new Draft(FormValues.fromJson(rs.getString("fields")), rs.getInt("base_version"),
                        rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    public void delete(String username, String deploymentId) {
        jdbc.sql("delete from profile_draft where username = ? and deployment_id = ?").params(username, deploymentId).update();
    }
}
