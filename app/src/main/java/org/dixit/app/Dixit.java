package org.dixit.app;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dixit} command: one sub-command per job. */
@Command(name = "dixit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Who said what, when: quotations in news archives.")
public final class Dixit implements Runnable {

    /** The sub-commands, in the order the usage message lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CommandLine.HelpCommand.class, ExtractCommand.class,
            DemoCommand.class, EvalCommand.class, BenchCommand.class, IndexCommand.class, SearchCommand.class,
            SpeakersCommand.class, ServeCommand.class, BenchIndexCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with all its sub-commands; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * Builds the command line for one invocation. picocli builds each sub-command's model by
     * reflection over its annotations, a fixed cost paid by every process; when the arguments name a
     * sub-command (the first one that is not an option: the root has no option taking a value), only
     * that one is registered. Anything else (no sub-command, {@code help}, an unknown name) gets them
     * all, so usage, suggestions and errors stay the same.
     */
    static CommandLine forArguments(String... args) {
        String first = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                first = a;
                break;
            }
        }
        // plain loops, no streams: this runs interpreted, before anything is compiled
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && first != null
                    && (first.equals(command.name()) || Arrays.asList(command.aliases()).contains(first))) {
                return commandLine(List.of(c));
            }
        }
        return commandLine(SUBCOMMANDS);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Dixit());
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl = forArguments(args);
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), false));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        System.exit(code);
    }
}
