package org.dixit.app;

import picocli.CommandLine.Option;

/**
 * The {@code --host} and {@code --port} options of the commands that start the web server
 * ({@code serve}, {@code demo}). Used as a picocli {@code @Mixin}.
 */
public final class ListenOptions {

    @Option(names = "--port", paramLabel = "N",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only; 0.0.0.0 for every interface).")
    private String host = "127.0.0.1";

    /** The port to listen on; 0 for any free one. */
    public int port() {
        return port;
    }

    /** The address to listen on. */
    public String host() {
        return host;
    }
}
