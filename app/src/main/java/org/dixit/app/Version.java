package org.dixit.app;

import org.dixit.extract.EngineFingerprint;
import picocli.CommandLine.IVersionProvider;

/**
 * The dixit version, and the fingerprint of its extraction engine ({@code dixit --version}): the
 * archive stores it with each article's quotes and extracts again what another engine extracted.
 */
public final class Version implements IVersionProvider {
    /** The dixit release. */
    public static final String NUMBER = "0.1.0";

    /**
     * The engine fingerprint of this build: the version, then a digest of the extraction classes and
     * lexicon files (see {@link EngineFingerprint}); computed once per process.
     */
    public static String engine() {
        return EngineFingerprint.of(NUMBER);
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dixit " + NUMBER, "engine " + engine()};
    }
}
