package org.asylon.app.storage;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only record of who changed what and when, with the state before and after. */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String entity, String entityId, String before, String after) {
        jdbc.sql("insert into audit_event (at, actor, action, entity, entity_id, before, after) values (?, ?, ?, ?, ?, ?, ?)")
                .params(java.sql.Timestamp.from(clock.instant()), actor, action, entity, entityId, before, after)
                .update();
    }
}
