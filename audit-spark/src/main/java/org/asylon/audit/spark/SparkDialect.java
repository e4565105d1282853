package org.asylon.audit.spark;

import org.asylon.audit.cube.CubeDialect;
import org.asylon.audit.spec.Window;

/**
 * Spark SQL's side of the count cube's query. Timestamps are read without time zone, as DuckDB
 * reads them; windows are computed from DuckDB's {@code time_bucket} origins, which Spark lacks.
 */
final class SparkDialect implements CubeDialect {

    static final SparkDialect INSTANCE = new SparkDialect();

    private SparkDialect() {
    }

    @Override
    public String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public String textType() {
        return "STRING";
    }

    @Override
    public String finiteOrNull(String number) {
        return "CASE WHEN isnan(" + number + ") OR abs(" + number + ") = double('Infinity') THEN NULL ELSE " + number + " END";
    }

    @Override
    public String timestamp(String raw) {
        return "try_cast(" + raw + " AS TIMESTAMP_NTZ)";
    }

    @Override
    public String windowStart(String timestamp, Window window) {
        String day = "to_date(" + timestamp + ")";
        return switch (window.unit()) {
            case MONTH, YEAR -> {
                int months = window.unit() == Window.Unit.YEAR ? 12 * window.amount() : window.amount();
                yield "add_months(DATE'2000-01-01', CAST(floor(((year(" + day + ") - 2000) * 12 + month(" + day
                        + ") - 1) / " + months + ") AS INT) * " + months + ")";
            }
            case DAY, WEEK -> {
                int days = window.unit() == Window.Unit.WEEK ? 7 * window.amount() : window.amount();
                yield "date_add(DATE'2000-01-03', CAST(floor(datediff(" + day + ", DATE'2000-01-03') / " + days
                        + ") AS INT) * " + days + ")";
            }
        };
    }
}
