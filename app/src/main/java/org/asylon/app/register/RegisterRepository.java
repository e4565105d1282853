package org.asylon.app.register;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of deployments and their immutable profile revisions (plain SQL, PostgreSQL). */
@Repository
public class RegisterRepository {

    private static final String COLUMNS = "id, name, published, current_revision, version, status, jurisdictions, technologies, "
            + "operators, vendors, worst_severity, ai_act_class, dpia, updated_at, review_state, approved_revision, review_comment";
    private static final Map<String, String> ORDER = Map.of(
            "name", "lower(name), id",
            "severity", "coalesce(array_position(array['prohibited','critical','high','medium','low','info'], worst_severity), 7), lower(name)",
            "updated", "updated_at desc, id",
            "jurisdiction", "jurisdictions[1] nulls last, lower(name)");

    private final JdbcClient jdbc;
    private final RegisterCache cache;

    public RegisterRepository(JdbcClient jdbc, RegisterCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from deployment").query(Long.class).single() == 0;
    }

    /** A new deployment with its first revision. */
    public void insert(DeploymentSummary summary, String profileYaml, String digest, String author, Instant at) {
        jdbc.sql("insert into deployment (id, name, published, current_revision, version, status, jurisdictions, technologies, "
                        + "operators, vendors, created_at, updated_at) values (?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?)")
                .params(summary.id(), summary.name(), summary.published(), summary.status(),
                        summary.jurisdictions().toArray(String[]::new), summary.technologies().toArray(String[]::new),
                        summary.operators(), summary.vendors(), Timestamp.from(at), Timestamp.from(at))
                .update();
        cache.deploymentChanged();
        insertRevision(summary.id(), 1, profileYaml, digest, author, at);
    }

    public void insertRevision(String id, int revision, String profileYaml, String digest, String author, Instant at) {
        jdbc.sql("insert into profile_revision (deployment_id, revision, profile_yaml, digest, author, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, revision, profileYaml, digest, author, Timestamp.from(at))
                .update();
    }

    /**
     * Makes a new revision current, if nobody changed the deployment since {@code expectedVersion}.
     * Returns false, changing nothing, when someone did.
     */
    public boolean revise(DeploymentSummary summary, int expectedVersion, int revision, String profileYaml, String digest,
                          String author, Instant at) {
        // A new revision withdraws any approval: approvals are bound to the revision approved.
        int updated = jdbc.sql("update deployment set current_revision = ?, version = version + 1, name = ?, status = ?, "
                        + "jurisdictions = ?, technologies = ?, operators = ?, vendors = ?, updated_at = ?, "
                        + "review_state = 'draft', approved_revision = null where id = ? and version = ?")
                .params(revision, summary.name(), summary.status(), summary.jurisdictions().toArray(String[]::new),
                        summary.technologies().toArray(String[]::new), summary.operators(), summary.vendors(),
                        Timestamp.from(at), summary.id(), expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        cache.deploymentChanged();
        insertRevision(summary.id(), revision, profileYaml, digest, author, at);
        return true;
    }

    /** One stored revision of a profile. */
    public record Revision(int number, String author, Instant createdAt, String digest) {
    }

    public List<Revision> revisions(String id) {
        return jdbc.sql("select revision, author, created_at, digest from profile_revision where deployment_id = ? order by revision desc")
                .param(id)
                .query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /**
     * Moves a deployment from one review state to another, if it is still in {@code from} at
     * {@code version}. Returns false, changing nothing, otherwise.
     */
    public boolean review(String id, int version, String from, String to, Integer approvedRevision, String comment) {
        boolean moved = jdbc.sql("update deployment set review_state = ?, approved_revision = ?, review_comment = ?, version = version + 1 "
                        + "where id = ? and version = ? and review_state = ?")
                .params(to, approvedRevision, comment, id, version, from)
                .update() == 1;
        cache.deploymentChanged();
        return moved;
    }

    public void approveAsSeeded(String id) {
        jdbc.sql("update deployment set review_state = 'approved', approved_revision = current_revision where id = ?").param(id).update();
        cache.deploymentChanged();
    }

    public Optional<String> revisionAuthor(String id, int revision) {
        return jdbc.sql("select author from profile_revision where deployment_id = ? and revision = ?")
                .params(id, revision).query(String.class).optional();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from deployment where id = ?").param(id).query(Long.class).single() > 0;
    }

    public void updateVerdicts(String id, String worstSeverity, String aiActClass, String dpia) {
        jdbc.sql("update deployment set worst_severity = ?, ai_act_class = ?, dpia = ? where id = ?")
                .params(worstSeverity, aiActClass, dpia, id)
                .update();
        cache.deploymentChanged();
    }

    public Optional<DeploymentSummary> find(String id, boolean publishedOnly) {
        return jdbc.sql("select " + COLUMNS + " from deployment where id = ?" + (publishedOnly ? " and published" : ""))
                .param(id).query(RegisterRepository::summary).optional();
    }

    public Optional<String> profileYaml(String id, int revision) {
        return jdbc.sql("select profile_yaml from profile_revision where deployment_id = ? and revision = ?")
                .params(id, revision).query(String.class).optional();
    }

    public RegisterPage search(RegisterQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.publishedOnly()) {
            conditions.add("published");
        }
        if (present(query.text())) {
            conditions.add("(name ilike ? or id ilike ? or operators ilike ? or vendors ilike ?)");
            String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        // Containment rather than "= any" so the arrays' GIN indexes apply.
        filter(conditions, params, "technologies @> array[cast(? as text)]", query.technology());
        filter(conditions, params, "jurisdictions @> array[cast(? as text)]", query.jurisdiction());
        filter(conditions, params, "worst_severity = ?", query.severity());
        filter(conditions, params, "ai_act_class = ?", query.aiActClass());
        filter(conditions, params, "dpia = ?", query.dpia());
        filter(conditions, params, "status = ?", query.status());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add(query.offset());
        // One statement for the page and the number of matches (the window count is taken before the limit).
        long[] total = {0};
        List<DeploymentSummary> items = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from deployment" + where
                        + " order by " + ORDER.getOrDefault(query.sort(), ORDER.get("name")) + " limit ? offset ?")
                .params(pageParams).query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return summary(rs, row);
                }).list();
        if (items.isEmpty() && query.offset() > 0) {
            // Past the last page there is no row to carry the count.
            total[0] = jdbc.sql("select count(*) from deployment" + where).params(params).query(Long.class).single();
        }
        return new RegisterPage(items, total[0], query.page(), query.size());
    }

    /** Distinct values present in a text-array column, for filter choices. */
    public List<String> distinct(String column) {
        if (!List.of("technologies", "jurisdictions").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select distinct unnest(" + column + ") as v from deployment order by v").query(String.class).list();
    }

    private static void filter(List<String> conditions, List<Object> params, String condition, String value) {
        if (present(value)) {
            conditions.add(condition);
            params.add(value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static DeploymentSummary summary(ResultSet rs, int row) throws SQLException {
        return new DeploymentSummary(rs.getString("id"), rs.getString("name"), rs.getBoolean("published"),
                rs.getInt("current_revision"), rs.getInt("version"), rs.getString("status"),
                strings(rs.getArray("jurisdictions")), strings(rs.getArray("technologies")), rs.getString("operators"),
                rs.getString("vendors"), rs.getString("worst_severity"), rs.getString("ai_act_class"), rs.getString("dpia"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("review_state"),
                (Integer) rs.getObject("approved_revision"), rs.getString("review_comment"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
