package org.asylon.app.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored assessments: the JSON result of one instrument on one profile revision, never changed. */
@Repository
public class AssessmentRepository {

    private final JdbcClient jdbc;

    public AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored run of an instrument on a revision. */
    public record StoredAssessment(long id, int revision, String instrumentId, String instrumentVersion, String knowledgeDigest,
                                   String resultJson, String createdBy, Instant createdAt) {
    }

    /** For each instrument run on the deployment, its latest run and the one before it (latest first). */
    public java.util.List<StoredAssessment> latestTwoPerInstrument(String deploymentId) {
        return jdbc.sql("select id, revision, instrument_id, instrument_version, knowledge_digest, result_json::text as result, "
                        + "created_by, created_at from (select a.*, row_number() over (partition by instrument_id order by id desc) as n "
                        + "from assessment a where deployment_id = ?) ranked where n <= 2 order by instrument_id, id desc")
                .param(deploymentId)
                .query((rs, row) -> new StoredAssessment(rs.getLong("id"), rs.getInt("revision"), rs.getString("instrument_id"),
                        rs.getString("instrument_version"), rs.getString("knowledge_digest"), rs.getString("result"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void insert(String deploymentId, int revision, String instrumentId, String instrumentVersion,
                       String knowledgeDigest, String worstSeverity, String resultJson, String actor, Instant at) {
        jdbc.sql("insert into assessment (deployment_id, revision, instrument_id, instrument_version, knowledge_digest, "
                        + "worst_severity, result_json, created_by, created_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(deploymentId, revision, instrumentId, instrumentVersion, knowledgeDigest, worstSeverity, resultJson,
                        actor, Timestamp.from(at))
                .update();
    }
}
