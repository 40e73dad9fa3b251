package org.dixit.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a quote was extracted and attributed the way it was: the grammar rule that fired and the
 * chain of steps that led from the mention tied to the cue to the canonical speaker.
 *
 * @param rule  identifier of the extraction rule (e.g. {@code direct.quote-cue-subject})
 * @param chain human-readable resolution steps, first the mention at the cue, last the canonical name
 */
public record Evidence(String rule, List<String> chain) {
    public Evidence {
        Objects.requireNonNull(rule, "rule");
        chain = List.copyOf(chain);
    }
}
