package org.entente.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.entente.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: one subcommand per thing a knowledge engineer does. */
@Command(name = "entente",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Publishes the claims of geopolitics articles as a linked-data knowledge graph.",
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                BenchCommand.class, ExtractCommand.class, EvalCommand.class, ExtractBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit status for bad input or a failed check: the user has something to fix. */
    static final int FAILED = 1;

    /** Where results go as bytes (exports, query results), for the commands that stream them. */
    final PrintStream out;

    private Main(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs a command line with the given output streams; returns the exit status. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new Main(out));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("error: " + oneLine(e));
            commandLine.getErr().flush();
            return FAILED;
        });
        int status = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return status;
    }

    /** Bad input says what and where; anything else says what broke, still on one line. */
    private static String oneLine(Exception e) {
        if (e instanceof InputException || e instanceof IllegalArgumentException || e instanceof CheckFailed) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
