package org.asylon.audit.spark;

import java.time.Clock;
import org.apache.spark.sql.SparkSession;
import org.asylon.audit.Audit;
import org.asylon.audit.AuditResult;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.cube.CubeQuery;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.spec.AuditSpec;

/**
 * A disparity audit whose count cube Spark builds: the rest (checks, metrics, statistics,
 * findings) is the same Java code as for the DuckDB engine, so only the provenance's engine differs.
 */
public final class SparkAudit {

    private final SparkSession spark;
    private final Clock clock;

    public SparkAudit(SparkSession spark, Clock clock) {
        this.spark = spark;
        this.clock = clock;
    }

    /** @param location a local path or a URI Spark can read (hdfs://, s3a://, ...) */
    public AuditResult run(AuditSpec spec, String location) {
        SparkInput input = SparkInput.open(spark, location, spec.csv());
        CountCube cube = cube(spec, input);
        return new Audit(clock).analyse(spec, input.source(), cube, input.sha256(spark), "Spark " + spark.version());
    }

    CountCube cube(AuditSpec spec, SparkInput input) {
        DataColumns.checkRoles(spec, input.source());
        input.columns().check(spec, input.source());
        return SparkCubeBuilder.build(spark, CubeQuery.of(spec, SparkInput.VIEW, input.columns(), SparkDialect.INSTANCE), input);
    }
}
