package org.dixit.index;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One speaker across the archive: every way articles name them, merged (see
 * {@link org.dixit.index.speakers.SpeakerResolver} for the rules and the alias file for corrections).
 *
 * @param id         stable identifier derived from the name ({@code christophe-castaner})
 * @param name       the name shown: the alias file's name, else the most quoted full form
 * @param kind       a proper name, or a description ("la police")
 * @param gender     "m", "f", or null when unknown or contradictory
 * @param quoteCount number of quotes attributed to the speaker
 * @param aliases    every form seen (and every alias-file alias), most quoted first
 * @param roles      roles articles give the speaker ("ministre de l'Intérieur"), most frequent first
 * @param months     quotes per month ({@code 2019-02}, or a year when only the year is known); undated quotes are not counted
 * @param firstDate  earliest article date (ISO prefix), or null
 * @param lastDate   latest article date (ISO prefix), or null
 */
public record SpeakerEntity(String id, String name, Kind kind, String gender, int quoteCount,
                            List<NamedCount> aliases, List<NamedCount> roles, SortedMap<String, Integer> months,
                            String firstDate, String lastDate) {
    public SpeakerEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    /** Whether a speaker is a named person (or organisation) or only described. */
    public enum Kind { NAME, DESCRIPTION }
}
