package io.hms.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code hms --version}: the version of the jar, and the Java that runs it. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = HmsCli.class.getPackage().getImplementationVersion();
        return new String[] {"hms " + (version == null ? "0.1.0-SNAPSHOT" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
