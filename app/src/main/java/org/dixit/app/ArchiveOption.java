package org.dixit.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of the commands that work on an archive ({@code index}, {@code search},
 * {@code speakers}, {@code serve}, {@code demo}): one declaration, so its default and help text
 * cannot drift apart between commands. Used as a picocli {@code @Mixin}.
 */
public final class ArchiveOption {

    @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
    private Path dir = Path.of("dixit-data");

    /** The archive directory given (or the default, {@code dixit-data} in the working directory). */
    public Path dir() {
        return dir;
    }
}
