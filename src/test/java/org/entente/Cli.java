package org.entente;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.entente.cli.Main;

/** Runs the real command line in-process and keeps what it printed. */
public record Cli(int status, String out, String err) {

    public static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The same run, failing the test with what was printed when the status is not 0. */
    public static Cli ok(String... args) {
        Cli cli = run(args);
        if (cli.status != 0) {
            throw new AssertionError("exit " + cli.status + " for " + String.join(" ", args) + "\n" + cli.out + cli.err);
        }
        return cli;
    }
}
