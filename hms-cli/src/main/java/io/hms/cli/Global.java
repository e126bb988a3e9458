package io.hms.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes: where the host is, its token, how to print. */
final class Global {

    /** How results are printed. */
    enum Output { table, json }

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            defaultValue = "${env:HMS_URL:-http://127.0.0.1:8711/hms/}",
            description = "The host's admin API (env HMS_URL; default ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--token-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            defaultValue = "${env:HMS_TOKEN_FILE}",
            description = "The file holding the host's admin token (env HMS_TOKEN_FILE); the host's log names it.")
    Path tokenFile;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Print without colours (also NO_COLOR).")
    boolean noColor;

    AdminClient client() {
        return new AdminClient(url, Optional.ofNullable(tokenFile));
    }

    boolean json() {
        return output == Output.json;
    }
}
