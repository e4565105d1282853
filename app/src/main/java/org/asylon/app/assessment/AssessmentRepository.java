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

    public void insert(String deploymentId, int revision, String instrumentId, String instrumentVersion,
                       String knowledgeDigest, String worstSeverity, String resultJson, String actor, Instant at) {
        jdbc.sql("insert into assessment (deployment_id, revision, instrument_id, instrument_version, knowledge_digest, "
                        + "worst_severity, result_json, created_by, created_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(deploymentId, revision, instrumentId, instrumentVersion, knowledgeDigest, worstSeverity, resultJson,
                        actor, Timestamp.from(at))
                .update();
    }
}
