package org.asylon.app.cli;

import java.io.PrintWriter;
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
        description = "Document and assess digital technologies in migration, asylum and border management.",
        subcommands = {AssessCommand.class, ValidateCommand.class, ServeCommand.class, FactsCommand.class, InstrumentsCommand.class, AuditCommand.class, SampleDataCommand.class,
                SchemaCommand.class, TranslationsCommand.class, WarmUpCommand.class, CommandLine.HelpCommand.class})
public final class AsylonCli implements Runnable {

    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; used by tests as by {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AsylonCli());
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
