package org.dixit.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dixit.coref.Entity;
import org.dixit.coref.EntityRegistry;
import org.dixit.lexicon.Gender;

/**
 * Organisations and documents as speakers, for {@link Attribution}: a definite description with an
 * organisation head ("la plateforme", "l'ASBL", "the party") stands for the organisation of that
 * kind named before, and a document ("précise le communiqué") for its issuer when the text says who
 * that is. When nothing fits, the caller keeps the description. Holds what the discourse has shown
 * so far: who spoke in each sentence with a cue, through which document, and for which body.
 */
final class Bodies {
    private final Context ctx;
    private final EntityRegistry registry;
    /** Sentence to its speaker, for reports with a cue only (not bare quoted fragments). */
    private final Map<Integer, Speaker> cuedSpeakerOfSentence = new HashMap<>();
    /** Sentence to the named body its unnamed speaker belongs to ("l'éditorialiste du Corriere della Sera"). */
    private final Map<Integer, Mention> bodyOfSentence = new HashMap<>();
    /** Document noun ("communiqué") to the speaker who last reported through one ("dans un communiqué"). */
    private final Map<String, Speaker> issuers = new HashMap<>();

    Bodies(Context ctx, EntityRegistry registry) {
        this.ctx = ctx;
        this.registry = registry;
    }

    /** Records a report with a cue and its resolved speaker, in text order. */
    void cued(Candidate c, Speaker s) {
        int sentence = ctx.doc.sentenceOf(c.cue().first());
        cuedSpeakerOfSentence.put(sentence, s);
        Mention m = c.mention();
        // only a speaker named or described at the cue: a pronoun's antecedent is a guess
        String document = m != null && m.kind() != MentionKind.PRONOUN ? ctx.documentAdjunct(c.cue().last() + 1) : null;
        if (document != null) {
            issuers.put(document, s);
        }
        Mention body = m != null && m.kind() == MentionKind.ROLE && s.entity() == null ? ctx.complementOf(m) : null;
        if (body != null && body.kind() == MentionKind.NAME) {
            bodyOfSentence.put(sentence, body);
        }
    }

    /**
     * The speaker a singular definite description with an organisation head stands for, or null:
     * the member of a named body who spoke just before ({@link #memberSpeakingForItsBody}), else the
     * organisation of a fitting kind named most recently, else {@code recentSpeaker} if it is an
     * organisation whose kind is unknown or fits ("a indiqué le KCE. «...», ajoute la revue").
     *
     * @param recentSpeaker the last speaker if in the same or the previous paragraph, else null
     */
    Speaker organisation(Mention m, Speaker recentSpeaker, List<String> chain) {
        Speaker member = memberSpeakingForItsBody(m, chain);
        if (member != null) {
            return member;
        }
        Speaker named = organisationNamedBefore(m, chain);
        if (named != null) {
            return named;
        }
        Entity e = recentSpeaker == null ? null : recentSpeaker.entity();
        if (e != null && e.organisation() && (e.roles().isEmpty() || organisationRole(e, m) != null)) {
            return Attribution.extend(recentSpeaker, chain, "organisation speaking before");
        }
        return null;
    }

    /**
     * "la plateforme", "l'ASBL", "the party": the organisation of a fitting kind named most recently
     * before the description. A fitting kind is the same kind of head ("asbl" for an "organisation"
     * or an "association"), with every qualifier of the description echoed ("le collectif
     * militant"); an organisation known only by its acronym fits the generic heads ("l'organisation").
     */
    private Speaker organisationNamedBefore(Mention m, List<String> chain) {
        for (Entity e : registry.organisationsBefore(m.first())) {
            Entity.Role fit = organisationRole(e, m);
            if (fit == null && !(e.roles().isEmpty() && ctx.lex.isGenericOrganisationHead(m.roleHead())
                    && m.roleModifiers().isEmpty())) {
                continue;
            }
            List<String> all = new ArrayList<>(chain);
            all.add("organisation named before: '" + e.fullName() + "'");
            return new Speaker(e.fullName(), e, e.gender() != Gender.UNKNOWN ? e.gender() : m.gender(), false,
                    fit != null ? fit.text() : m.role(), all);
        }
        return null;
    }

    /**
     * "estime l'éditorialiste du Corriere della Sera. «...», poursuit le journal": right after an
     * unnamed speaker described by the body they belong to, a description of that kind of body
     * goes on with the same speaker, through whom the body speaks. Null otherwise.
     */
    private Speaker memberSpeakingForItsBody(Mention m, List<String> chain) {
        int sentence = ctx.doc.sentenceOf(m.first());
        Mention body = bodyOfSentence.get(sentence - 1);
        Speaker member = cuedSpeakerOfSentence.get(sentence - 1);
        if (body == null || member == null
                || ctx.doc.paragraphOf(m.first()) - ctx.doc.paragraphOf(body.first()) > 1) {
            return null;
        }
        Entity e = registry.resolveName(body.name(), body.first());
        if (e != null && !e.roles().isEmpty() && organisationRole(e, m) == null) {
            return null; // a body of another kind: "le ministère" after "le porte-parole du groupe X"
        }
        return Attribution.extend(member, chain, "speaks for '" + body.name() + "'");
    }

    private Entity.Role organisationRole(Entity e, Mention m) {
        for (Entity.Role r : e.roles()) {
            if (ctx.lex.organisationHeadsFit(r.head(), m.roleHead()) && r.echoes(m.roleModifiers())) {
                return r;
            }
        }
        return null;
    }

    /**
     * "La direction de l'organisation IEW a décidé de porter plainte, indique-t-elle": the
     * organisation named last before a pronoun in its own sentence, gender permitting, or null. For
     * a pronoun that nothing before the sentence resolves.
     */
    Speaker organisationInSentence(Mention pronoun, int sentence, List<String> chain) {
        int start = ctx.doc.sentenceStart(sentence);
        for (Entity e : registry.organisationsBefore(pronoun.first())) {
            if (e.lastBefore(pronoun.first()) < start) {
                break; // most recent first: the others are further back
            }
            if (e.gender().compatible(pronoun.gender())) {
                List<String> all = new ArrayList<>(chain);
                all.add("organisation named in the sentence '" + e.fullName() + "'");
                return new Speaker(e.fullName(), e, e.gender() != Gender.UNKNOWN ? e.gender() : pronoun.gender(),
                        false, Attribution.roleOf(e, pronoun), all);
            }
        }
        return null;
    }

    /**
     * "précise le communiqué": a document speaks for its issuer when the text says who that is — the
     * complement ("le communiqué de la préfecture"), the last speaker said to have issued such a
     * document ("a indiqué Leetchi dans un communiqué"), or the source of the sentence just before
     * in the same paragraph, which the document goes on quoting (for a definite document only).
     * Null when none of these is known.
     *
     * @param resolve resolves the complement's noun phrase as a speaker mention
     */
    Speaker issuer(Mention m, boolean indefinite, List<String> chain, Function<Mention, Speaker> resolve) {
        Mention of = ctx.complementOf(m);
        if (of != null && of.kind() != MentionKind.PRONOUN) {
            Speaker s = resolve.apply(of);
            if (s != null) {
                issuers.put(m.roleHead(), s); // "ajoute le communiqué" later: the same issuer
                return Attribution.extend(s, chain, "issued by '" + of.text() + "'");
            }
        }
        if (indefinite) {
            return null; // "un communiqué": a new document, not one whose issuer was named before
        }
        Speaker declared = issuers.get(m.roleHead());
        if (declared != null) {
            return Attribution.extend(declared, chain, "issuer of the " + m.roleHead() + " named before");
        }
        int sentence = ctx.doc.sentenceOf(m.first());
        Speaker before = sentence > 0 ? cuedSpeakerOfSentence.get(sentence - 1) : null;
        int paragraph = ctx.doc.paragraphOf(m.first());
        if (before != null && ctx.doc.paragraphOf(ctx.doc.sentenceStart(sentence - 1)) == paragraph) {
            return Attribution.extend(before, chain, "continues the source of the previous sentence");
        }
        return null;
    }
}
