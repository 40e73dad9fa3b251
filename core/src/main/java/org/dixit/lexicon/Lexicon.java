package org.dixit.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the quote grammar knows about one language, loaded from data files by
 * {@link LexiconLoader}. Keys are normalised (lower case, ASCII apostrophe) unless noted.
 *
 * @param language       ISO 639-1 code
 * @param speechVerbs    every surface form of every speech verb
 * @param lightVerbs     surface forms of the light verbs of locutions ("faire", "mettre")
 * @param locutions      multi-word cues, by light-verb lemma
 * @param auxiliaries    auxiliary and modal forms, with their kind ("aux", "etre", "modal")
 * @param pronouns       subject pronouns that can stand for a speaker (may hold two words: "ce dernier")
 * @param inversions     inverted clitics ("-t-il")
 * @param honorifics     honorifics as written, case-sensitive ("M.", "Mme")
 * @param roles          role and title nouns with their gender
 * @param collectives    nouns for groups and institutions that speak
 * @param selonMarkers   "selon", "d'après", "according"
 * @param nonSpeakers    heads of attribution phrases that are not speakers ("sondage")
 * @param determiners    determiners that may open a speaker noun phrase
 * @param prepositions   words that close a noun phrase read after a cue
 * @param adverbs        adverbs and time words allowed inside a cue
 * @param abbreviations  tokens with a period that do not end a sentence, as written ("M.")
 * @param elisions       elided forms split off by the tokenizer ("l'")
 * @param firstNames     given names as written, with their usual gender
 * @param nameParticles  lower-case words allowed inside a proper name ("de", "van")
 * @param quotePairs     opening mark to closing mark
 * @param anaphoricDeterminers determiners of a noun phrase that points back ("cet étudiant")
 * @param timeNouns      nouns of time that make a noun phrase an adverbial ("ce matin")
 * @param placePrepositions prepositions after which a proper name is a place ("en Egypte")
 * @param roleComplements prepositions that attach a complement to a role noun ("de", "for")
 * @param ageWords       words after an age in an apposition ("63 ans")
 * @param indefiniteDeterminers determiners of a noun phrase that introduces someone new ("un", "a")
 * @param creditWords    words that open a picture credit ("Photograph:")
 * @param adjunctOpeners words that open an adjunct between a cue and its subject ("lors", "on")
 * @param conjunctions   conjunctions that may open a sentence before its subject ("mais", "but")
 * @param participleEndings endings of participles ("é", "ing")
 * @param bareCollectives collective nouns that speak without a determiner ("police said")
 * @param honorificRoles the role an honorific gives, as written ("Me" makes an "avocat")
 * @param roleSynonyms   role phrases, {@link Folding#fold folded}, to the role they name ("chef de l'etat": "président")
 * @param notNames       capitalised words that never begin or continue a name ("I")
 * @param organisations  head nouns of organisations ("plateforme", "party"), to their kind and gender
 * @param documents      documents that stand for their issuer ("communiqué", "statement")
 * @param places         place names and the nouns that make a name a place ("Matignon", "rue")
 */
public record Lexicon(String language,
                      Map<String, VerbForm> speechVerbs,
                      Map<String, VerbForm> lightVerbs,
                      Map<String, List<Locution>> locutions,
                      Map<String, String> auxiliaries,
                      Map<String, Agreement> pronouns,
                      Map<String, Agreement> inversions,
                      Map<String, Gender> honorifics,
                      Map<String, Gender> roles,
                      Set<String> collectives,
                      Set<String> selonMarkers,
                      Set<String> nonSpeakers,
                      Map<String, Agreement> determiners,
                      Set<String> prepositions,
                      Set<String> adverbs,
                      Set<String> abbreviations,
                      Set<String> elisions,
                      Map<String, Gender> firstNames,
                      Set<String> nameParticles,
                      Map<Character, Character> quotePairs,
                      Map<String, Agreement> anaphoricDeterminers,
                      Set<String> timeNouns,
                      Set<String> placePrepositions,
                      Set<String> roleComplements,
                      Set<String> ageWords,
                      Set<String> indefiniteDeterminers,
                      Set<String> creditWords,
                      Set<String> adjunctOpeners,
                      Set<String> conjunctions,
                      List<String> participleEndings,
                      Set<String> bareCollectives,
                      Map<String, String> honorificRoles,
                      Map<String, String> roleSynonyms,
                      Set<String> notNames,
                      Map<String, OrganisationHead> organisations,
                      Set<String> documents,
                      Places places) {

    /** The kind of organisation head that fits every kind ("l'organisation", "the body"). */
    public static final String ANY_ORGANISATION = "*";

    /** True if {@code norm} names a kind of organisation ("plateforme", "asbl", "newspaper"). */
    public boolean isOrganisationHead(String norm) {
        return organisations.containsKey(norm);
    }

    /**
     * True if two organisation heads may name the same body: same kind ("asbl" and "association"),
     * or one of them is generic ("organisation"). False if either is not an organisation head.
     */
    public boolean organisationHeadsFit(String a, String b) {
        OrganisationHead ha = organisations.get(a);
        OrganisationHead hb = organisations.get(b);
        if (ha == null || hb == null) {
            return false;
        }
        return ha.kind().equals(hb.kind()) || ha.kind().equals(ANY_ORGANISATION) || hb.kind().equals(ANY_ORGANISATION);
    }

    /** True if {@code norm} is an organisation head of the generic kind ("organisation"). */
    public boolean isGenericOrganisationHead(String norm) {
        OrganisationHead h = organisations.get(norm);
        return h != null && h.kind().equals(ANY_ORGANISATION);
    }

    /** The grammatical gender of an organisation head ("plateforme": female), or unknown. */
    public Gender organisationGender(String norm) {
        OrganisationHead h = organisations.get(norm);
        return h == null ? Gender.UNKNOWN : h.gender();
    }

    /** True if {@code norm} ends like a participle of this language ("interrogé", "asked"). */
    public boolean endsLikeParticiple(String norm) {
        for (String e : participleEndings) {
            if (norm.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The speech-verb reading of a token, or null. */
    public VerbForm speechVerb(String norm) {
        return speechVerbs.get(norm);
    }

    /**
     * The role a role phrase is another name for ("le chef de l'État" is the "président"), or null;
     * the phrase is compared {@link Folding#fold folded}.
     */
    public String roleSynonym(String rolePhrase) {
        return rolePhrase == null ? null : roleSynonyms.get(Folding.fold(rolePhrase));
    }

    /**
     * True for role nouns ("président"), collective speakers ("parquet"), organisation heads
     * ("plateforme") and documents that speak for their issuer ("communiqué").
     */
    public boolean isRoleOrCollective(String norm) {
        return roles.containsKey(norm) || collectives.contains(norm) || isPluralOfCollective(norm)
                || organisations.containsKey(norm) || documents.contains(norm);
    }

    /** "associations", "ministères": the plural of a collective noun (a trailing s or x). */
    public boolean isPluralOfCollective(String norm) {
        int n = norm.length();
        return n > 3 && (norm.charAt(n - 1) == 's' || norm.charAt(n - 1) == 'x')
                && collectives.contains(norm.substring(0, n - 1));
    }
}
