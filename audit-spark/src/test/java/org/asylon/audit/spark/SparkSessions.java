package org.asylon.audit.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark for all tests of this module: two threads, bound to the loopback address, no web UI. */
final class SparkSessions {

    private static SparkSession spark;

    private SparkSessions() {
    }

    static synchronized SparkSession local() {
        if (spark == null) {
            spark = SparkSession.builder().appName("asylon-audit-test").master("local[2]")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
        }
        return spark;
    }
}
