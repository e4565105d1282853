package org.asylon.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.asylon.audit.Audit;
import org.asylon.audit.AuditResult;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.sample.SampleData;
import org.asylon.audit.sample.SampleKind;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.audit.spec.DecisionSpec;
import org.asylon.audit.spec.TimeSpec;
import org.asylon.audit.spec.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportsTest {

    @TempDir
    static Path temp;

    static AuditResult result;

    @BeforeAll
    static void audit() throws Exception {
        Path data = temp.resolve("log.csv");
        SampleData.write(SampleKind.DECISIONS, 20000, 5, data, org.asylon.audit.input.DataFormat.CSV);
        AuditSpec.Builder spec = new AuditSpec.Builder();
        spec.groups = java.util.List.of(ColumnRef.fromOption("nationality", "group", "--group"),
                ColumnRef.fromOption("age_band", "group", "--group"));
        spec.decision = new DecisionSpec(ColumnRef.fromOption("recommendation", "decision", "--decision"),
                Set.of("release"), Set.of());
        spec.time = new TimeSpec(ColumnRef.fromOption("decided_at", "time", "--time"), Window.parse("P1M"));
        // A high minimum group size suppresses the small "(not recorded)" intersections.
        spec.settings = spec.settings.withMinGroup(100);
        result = new Audit(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC))
                .run(spec.build(), data, ProgressListener.NONE);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(new JsonAuditReport().render(result));
        assertThat(root.get("format").asInt()).isEqualTo(1);
        assertThat(root.get("kind").asString()).isEqualTo("asylon-audit");
        assertThat(root.at("/provenance/input/sha256").asString()).hasSize(64);
        assertThat(root.at("/provenance/parameters/tolerance/0").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(root.at("/data/rows").asLong()).isEqualTo(20000);
        assertThat(root.at("/summary/verdict").asString()).isEqualTo("disparity");
        assertThat(root.at("/summary/largestDisparity/ratioInterval").size()).isEqualTo(2);
        for (JsonNode finding : root.get("findings")) {
            for (String field : new String[] {"id", "kind", "severity", "title", "explanation", "legalBasis", "evidence"}) {
                assertThat(finding.has(field)).as(field).isTrue();
            }
        }
        Set<String> ids = new HashSet<>();
        root.get("findings").forEach(f -> assertThat(ids.add(f.get("id").asString())).isTrue());
        assertThat(root.get("analyses").size()).isEqualTo(3);
        assertThat(root.at("/drift/events/0/kind").asString()).isEqualTo("vanished");
        assertThat(root.at("/drift/events/0/window").asString()).isEqualTo("2025-10-01");
    }

    @Test
    void suppressedGroupsAreListedWithoutFigures() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(new JsonAuditReport().render(result));
        JsonNode intersection = root.get("analyses").get(2);
        assertThat(intersection.get("intersectional").asBoolean()).isTrue();
        int suppressed = 0;
        for (JsonNode group : intersection.get("groups")) {
            if (group.get("suppressed").asBoolean()) {
                suppressed++;
                assertThat(group.has("rows")).isFalse();
                assertThat(group.has("categories")).isFalse();
            }
        }
        assertThat(suppressed).isPositive();
        for (JsonNode metric : intersection.get("metrics")) {
            for (JsonNode group : metric.get("groups")) {
                if (group.get("standing").asString().equals("suppressed")) {
                    assertThat(group.has("rate")).isFalse();
                }
            }
        }
        String markdown = new MarkdownAuditReport(id -> id, false).render(result);
        assertThat(markdown).contains("| (not recorded) / 18-25 | suppressed |");
    }

    @Test
    void htmlEmbedsChartsAndMarksSuppressedGroups() {
        String html = new HtmlAuditReport(new MarkdownAuditReport(id -> id, true)).render(result);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("stroke-dasharray")
                .contains("suppressed (too few people)").contains("<table>");
    }
}
