package org.asylon.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.asylon.audit.input.DuckDb;
import org.asylon.core.engine.Engine;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code asylon} command. Exit codes: 0 success; 1 findings at or above {@code --fail-on};
 * 2 bad input (every problem printed with file, line and column); 3 an internal error.
 */
@Command(name = "asylon",
        mixinStandardHelpOptions = true,
        versionProvider = AsylonCli.VersionProvider.class,
        description = "Document and assess digital technologies in migration, asylum and border management.")
public final class AsylonCli implements Runnable {

    /**
     * The subcommands in the order help lists them. Only the one named on the command line is
     * built (picocli reads every option of a command by reflection, which costs a quick command
     * a noticeable part of its run); all are built for help and for names it does not know.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("assess", AssessCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("facts", FactsCommand::new);
        all.put("instruments", InstrumentsCommand::new);
        all.put("audit", AuditCommand::new);
        all.put("sample-data", SampleDataCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("translations", TranslationsCommand::new);
        all.put("warm-up", WarmUpCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("audit")) {
            DuckDb.openAhead();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; used by tests as by {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AsylonCli());
        String named = args.length > 0 ? args[0] : "";
        SUBCOMMANDS.forEach((name, command) -> {
            if (named.equals(name) || !SUBCOMMANDS.containsKey(named) || named.equals("help")) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("asylon: " + ex.getMessage());
            err.println("Try 'asylon " + (ex.getCommandLine().getCommandName().equals("asylon") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof InvalidInputException invalid) {
                for (Problem problem : invalid.problems()) {
                    err.println(problem);
                }
                err.println(invalid.problems().size() == 1 ? "1 problem" : invalid.problems().size() + " problems");
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof UsageException usage) {
                err.println("asylon: " + usage.getMessage());
                return EXIT_BAD_INPUT;
            }
            err.println("asylon: internal error: " + ex);
            ex.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports Asylon's version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"asylon " + Engine.version()};
        }
    }
}
