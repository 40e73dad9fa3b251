package org.dixit.index;

import java.util.Objects;

/**
 * Where an article's stored quotes come from: the engine that extracted them, and whether this
 * dixit extracted them from the article's text while indexing ({@link #local}) or they were
 * loaded with the article, extracted elsewhere ({@code dixit extract --with-text}, the Spark job).
 * An archive extracts local quotes again when another engine meets the same article; it keeps
 * loaded ones until asked to extract them.
 *
 * @param engine the engine fingerprint ({@code org.dixit.extract.EngineFingerprint}), or
 *               {@value #EXTERNAL} for loaded quotes that do not say which engine made them
 * @param local  true when the quotes were extracted from the text while indexing
 */
public record Provenance(String engine, boolean local) {
    /** The engine of loaded quotes that do not name theirs. */
    public static final String EXTERNAL = "external";

    public Provenance {
        Objects.requireNonNull(engine, "engine");
    }

    /** Quotes this dixit extracted from the article text with {@code engine}. */
    public static Provenance extractedBy(String engine) {
        return new Provenance(engine, true);
    }

    /** Quotes loaded with the article, extracted elsewhere by {@code engine} (null or blank: not known). */
    public static Provenance loaded(String engine) {
        return new Provenance(engine == null || engine.isBlank() ? EXTERNAL : engine, false);
    }
}
