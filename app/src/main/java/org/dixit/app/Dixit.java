package org.dixit.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dixit} command: one sub-command per job. */
@Command(name = "dixit", mixinStandardHelpOptions = true, version = "dixit 0.1.0",
        description = "Who said what, when: quotations in news archives.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
                IndexCommand.class, SearchCommand.class, ServeCommand.class, BenchIndexCommand.class})
public final class Dixit implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with its sub-commands; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Dixit());
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), false));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        System.exit(code);
    }
}
