package org.dixit.model;

import java.util.Objects;

/**
 * One quotation found in an article, with its attribution and the evidence for it.
 * All offsets are Unicode code-point offsets into {@link Article#text()}; an absent span is -1/-1.
 *
 * @param start          start of the quoted content (without quotation marks)
 * @param end            end (exclusive) of the quoted content
 * @param text           exactly the article text between start and end
 * @param type           direct, mixed, indirect or selon
 * @param speaker        canonical speaker: the fullest name the article gives, or the shortest
 *                       descriptive mention for an unnamed speaker; null when nothing identifies one
 * @param speakerMention the mention tied to the cue ("il", "M. Tokaïev"), or null
 * @param speakerStart   start of the speaker mention, or -1
 * @param speakerEnd     end of the speaker mention, or -1
 * @param cue            the speech verb or marker as written ("a déclaré", "selon"), or null
 * @param cueStart       start of the cue, or -1
 * @param cueEnd         end of the cue, or -1
 * @param confidence     0..1, how sure the rule is of the quote and its speaker
 * @param speakerGender  "m", "f", or null when unknown
 * @param speakerRole    a role the article gives the speaker ("ministre de l'Intérieur"), or null
 * @param evidence       the rule and the resolution chain
 */
public record Quote(int start, int end, String text, QuoteType type,
                    String speaker, String speakerMention, int speakerStart, int speakerEnd,
                    String cue, int cueStart, int cueEnd, double confidence,
                    String speakerGender, String speakerRole, Evidence evidence) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end);
        }
    }

    /** Length of the quoted content in code points. */
    public int length() {
        return end - start;
    }
}
