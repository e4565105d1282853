package org.asylon.audit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.asylon.audit.AuditResult;
import org.asylon.audit.report.HtmlAuditReport;
import org.asylon.audit.report.JsonAuditReport;
import org.asylon.audit.report.MarkdownAuditReport;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.AuditSpecReader;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.InvalidInputException;

/**
 * {@code spark-submit --class org.asylon.audit.spark.SparkAuditMain asylon-audit-spark.jar --spec FILE
 * [--format json|md|html] [--out FILE] DATA}. Exit codes as {@code asylon audit}: 0 done, 2 bad input
 * or usage (nothing written), 3 an internal error.
 */
public final class SparkAuditMain {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_INTERNAL = 3;
    private static final String USAGE = "usage: SparkAuditMain --spec FILE [--format json|md|html] [--out FILE] DATA";
    private static final List<String> SCHEMAS = List.of(AuditSpecReader.SCHEMA, "common.schema.json");

    private SparkAuditMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("asylon: " + e.getMessage());
            err.println(USAGE);
            return EXIT_BAD_INPUT;
        }
        try {
            AuditSpec spec = new AuditSpecReader(schemas()).read(arguments.spec());
            SparkConf conf = new SparkConf().setAppName("asylon-audit");
            if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]");
            }
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            AuditResult result = new SparkAudit(spark, Clock.systemUTC()).run(spec, arguments.data());
            String report = render(result, arguments.format());
            if (arguments.out() == null) {
                out.print(report);
            } else {
                Files.writeString(arguments.out(), report, StandardCharsets.UTF_8);
            }
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> err.println(problem));
            return EXIT_BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("asylon: internal error: " + e);
            return EXIT_INTERNAL;
        }
    }

    static String render(AuditResult result, String format) {
        Function<String, String> citations = id -> id;
        return switch (format) {
            case "md" -> new MarkdownAuditReport(citations, false).render(result);
            case "html" -> new HtmlAuditReport(new MarkdownAuditReport(citations, true)).render(result);
            default -> new JsonAuditReport().render(result);
        };
    }

    /** The audit spec schemas, packaged in this jar so that a cluster needs no knowledge directory. */
    static SchemaSet schemas() throws IOException {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (String name : SCHEMAS) {
            try (InputStream in = SparkAuditMain.class.getResourceAsStream("schema/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("schema " + name + " is missing from the jar");
                }
                schemas.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return SchemaSet.of(schemas);
    }

    record Arguments(Path spec, String format, Path out, String data) {

        static Arguments parse(String[] args) {
            Path spec = null;
            String format = "json";
            Path out = null;
            String data = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--spec" -> spec = Path.of(value(args, ++i, "--spec"));
                    case "--format" -> format = value(args, ++i, "--format");
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    default -> {
                        if (args[i].startsWith("-") || data != null) {
                            throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                        }
                        data = args[i];
                    }
                }
            }
            if (spec == null || data == null) {
                throw new IllegalArgumentException(spec == null ? "--spec FILE is required" : "the data file is required");
            }
            if (!List.of("json", "md", "html").contains(format)) {
                throw new IllegalArgumentException("--format: '" + format + "' is not one of json, md, html");
            }
            return new Arguments(spec, format, out, data);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
