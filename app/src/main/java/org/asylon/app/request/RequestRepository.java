package org.asylon.app.request;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the team's tracked requests. */
@Repository
public class RequestRepository {

    private static final String SELECT = "select r.*, d.name as deployment_name from information_request r"
            + " join deployment d on d.id = r.deployment_id";

    private final JdbcClient jdbc;

    public RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String deploymentId, String kind, String recipient, String legalBasis, LocalDate sentOn, LocalDate dueOn,
                LocalDate extendedUntil, String actor, Instant now) {
        return jdbc.sql("insert into information_request (deployment_id, kind, recipient, legal_basis, sent_on, due_on,"
                        + " extended_until, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(deploymentId, kind, recipient, legalBasis, Date.valueOf(sentOn), date(dueOn), date(extendedUntil), actor,
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Overdue and soonest-due first: open requests by deadline, then answered ones, newest first. */
    List<TrackedRequest> list(String deploymentId) {
        String where = deploymentId == null ? "" : " where r.deployment_id = ?";
        var statement = jdbc.sql(SELECT + where + " order by (r.answer is not null), r.extended_until is null and r.due_on is null,"
                + " coalesce(r.extended_until, r.due_on), r.sent_on desc, r.id desc");
        if (deploymentId != null) {
            statement = statement.param(deploymentId);
        }
        return statement.query(RequestRepository::row).list();
    }

    Optional<TrackedRequest> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RequestRepository::row).optional();
    }

    void answer(long id, String answer, LocalDate answeredOn, String note, Instant now) {
        jdbc.sql("update information_request set answer = ?, answered_on = ?, answer_note = ?, updated_at = ? where id = ?")
                .params(answer, date(answeredOn), note, Timestamp.from(now), id).update();
    }

    void extend(long id, LocalDate until, Instant now) {
        jdbc.sql("update information_request set extended_until = ?, updated_at = ? where id = ?")
                .params(date(until), Timestamp.from(now), id).update();
    }

    void followUp(long id, String followUp, String note, Instant now) {
        jdbc.sql("update information_request set follow_up = ?, follow_up_note = ?, updated_at = ? where id = ?")
                .params(followUp, note, Timestamp.from(now), id).update();
    }

    void undisclosed(long id, String factKey, Instant now) {
        jdbc.sql("update information_request set undisclosed_fact = ?, updated_at = ? where id = ?")
                .params(factKey, Timestamp.from(now), id).update();
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static TrackedRequest row(ResultSet rs, int n) throws SQLException {
        return new TrackedRequest(rs.getLong("id"), rs.getString("deployment_id"), rs.getString("deployment_name"),
                rs.getString("kind"), rs.getString("recipient"), rs.getString("legal_basis"), localDate(rs, "sent_on"),
                localDate(rs, "due_on"), localDate(rs, "extended_until"), rs.getString("answer"), localDate(rs, "answered_on"),
                rs.getString("answer_note"), rs.getString("follow_up"), rs.getString("follow_up_note"),
                rs.getString("undisclosed_fact"), rs.getString("created_by"));
    }
}
