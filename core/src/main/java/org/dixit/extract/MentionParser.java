package org.dixit.extract;

import java.util.ArrayList;
import java.util.List;
import org.dixit.lexicon.Agreement;
import org.dixit.lexicon.Gender;
import org.dixit.lexicon.Lexicon;
import org.dixit.text.TextAnalysis;
import org.dixit.text.Token;
import org.dixit.text.TokenKind;

/**
 * Reads noun phrases that can designate a speaker: pronouns, honorific + name, names, and
 * determiner + role noun with its modifiers ("le président kazakh", "la préfecture du Calvados"),
 * optionally followed by a name ("le ministre de l'Intérieur Christophe Castaner").
 */
final class MentionParser {
    private static final int MAX_NAME_TOKENS = 5;
    private final Lexicon lex;

    MentionParser(Lexicon lex) {
        this.lex = lex;
    }

    /** Parses a mention starting exactly at token {@code i}, using tokens before {@code limit}. */
    Mention parse(TextAnalysis doc, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        Token t = doc.token(i);
        if (t.kind() != TokenKind.WORD) {
            return null;
        }
        if (doc.has(i, WordClasses.PRONOUN_START)) {
            if (i + 1 < limit) {
                Agreement two = lex.pronouns().get(t.norm() + " " + doc.token(i + 1).norm());
                if (two != null) {
                    return pronoun(doc, i, i + 1, two);
                }
            }
            Agreement pro = lex.pronouns().get(t.norm());
            if (pro != null) {
                return pronoun(doc, i, i, pro);
            }
        }
        int afterHon = honorificEnd(doc, i, limit);
        if (afterHon > i) {
            Gender g = lex.honorifics().getOrDefault(honorificKey(doc, i), Gender.UNKNOWN);
            int end = nameEnd(doc, afterHon, limit);
            if (end < afterHon && afterHon < limit && isCapitalizedWord(doc, afterHon)) {
                // "Mrs May", "Mme Le Pen": after an honorific, a capitalised function word is a name
                end = nameTail(doc, afterHon, limit);
            }
            if (end < afterHon) {
                return null;
            }
            if (isPossessive(doc.token(end))) {
                return possessedRole(doc, i, end + 1, limit); // "Mr Macron's spokesman", not Mr Macron
            }
            String name = doc.span(afterHon, end);
            boolean plural = "MM.".equals(honorificKey(doc, i)) || "Mmes".equals(honorificKey(doc, i));
            Mention named = new Mention(i, end, MentionKind.NAME, doc.span(i, end), name, g, plural, null, List.of(), null);
            String role = doc.has(i, WordClasses.ROLE) ? t.norm() : lex.honorificRoles().get(honorificKey(doc, i));
            if (role != null) {
                // "Senator Lindsey Graham", "Me Courtoy": the title tells the role; "the senator", "l'avocat" will find them
                named = named.withRole(new Mention(i, i, MentionKind.ROLE, t.text(), null, g, false, role,
                        List.of(), role));
            }
            return named;
        }
        if (doc.has(i, WordClasses.DETERMINER)) {
            return afterDeterminer(doc, i, limit, lex.determiners().get(t.norm()));
        }
        if (doc.has(i, WordClasses.BARE_PLURAL)) {
            // "Critics say", "analysts say", "police estimated": a group noun without determiner
            return role(doc, i, i, i, limit, new Agreement(Gender.UNKNOWN, true));
        }
        Mention titled = titledName(doc, i, limit);
        if (titled == null && i + 1 < limit && doc.has(i + 1, WordClasses.ROLE) && !doc.token(i + 1).capitalized()
                && (isModifierWord(doc, i) || isNameStart(doc, i))) {
            // "government spokesman Benjamin Griveaux", "Republican senator Lindsey Graham"
            titled = qualifiedTitle(doc, i, i + 1, limit);
        }
        if (titled != null) {
            return titled;
        }
        if (isNameStartAt(doc, i, limit)) {
            int end = nameEnd(doc, i, limit);
            if (end >= i && isPossessive(doc.token(end))) {
                // "France's interior ministry", "Labour's shadow Brexit secretary": the possessor is not the speaker
                return possessedRole(doc, i, end + 1, limit);
            }
            if (end >= i && end + 1 < limit && doc.has(end + 1, WordClasses.ROLE) && !doc.token(end + 1).capitalized()) {
                Mention qualified = qualifiedTitle(doc, i, end + 1, limit); // "Republican senator Lindsey Graham"
                if (qualified != null) {
                    return qualified;
                }
            }
            if (end >= i) {
                // "the France Unbowed party": the name of an organisation, then its kind; one
                // capitalised word before the head is rather an adjective ("a Jewish association")
                if ((end > i || isAcronym(doc.token(i))) && isOrganisationHeadAfterName(doc, end + 1, limit)) {
                    return organisationName(doc, i, i, end, end + 1);
                }
                // "selon Vinci autoroutes, notamment...": after "selon", the source's name runs to the comma
                if (afterSelonMarker(doc, i) && end + 2 < limit && isModifierWord(doc, end + 1)
                        && doc.token(end + 2).is(',')) {
                    return name(doc, i, i, end + 1, null);
                }
                // "EU officials", "Garda sources": a proper name qualifying a group noun
                if (end + 1 < limit && doc.token(end + 1).isWord() && !doc.token(end + 1).capitalized()
                        && lex.collectives().contains(doc.token(end + 1).norm())) {
                    Token head = doc.token(end + 1);
                    // "Brussels sources" are not any sources: the place stays a qualifier of the group
                    List<String> qualifiers = isPlace(doc, i, end) ? norms(doc, i, end) : List.of();
                    return new Mention(i, end + 1, MentionKind.GROUP, doc.span(i, end + 1), null, Gender.UNKNOWN,
                            head.norm().endsWith("s"), head.norm(), qualifiers, null);
                }
                Mention placeRole = placeRole(doc, i, i, end, limit, new Agreement(Gender.UNKNOWN, false));
                if (placeRole != null) {
                    return placeRole;
                }
                return name(doc, i, i, end, null);
            }
        }
        return null;
    }

    /**
     * A title without determiner before a name: "Minister for Justice Charlie Flanagan", "chancellor
     * Angela Merkel"; null otherwise, and for "Pope Francis", "King Charles" (a title before a given
     * name alone is part of that name).
     */
    private Mention titledName(TextAnalysis doc, int i, int limit) {
        if (!doc.has(i, WordClasses.ROLE)) {
            return null;
        }
        Mention titled = parseBareRole(doc, i, limit);
        if (titled == null || titled.kind() != MentionKind.NAME || isPossessive(doc.token(titled.last()))
                || titled.name().indexOf(' ') < 0 && doc.has(titled.last(), WordClasses.FIRST_NAME)) {
            return null;
        }
        return titled;
    }

    /**
     * The name of a possessor, "President Emmanuel Macron's policies", "Mr Macron's address": never
     * a speaker mention, but the article names that person there.
     */
    Mention possessor(TextAnalysis doc, int i, int limit) {
        int start = honorificEnd(doc, i, limit);
        if (start == i && doc.has(i, WordClasses.ROLE) && i + 1 < limit && isNameStart(doc, i + 1)) {
            start = i + 1; // "President Emmanuel Macron's"
        }
        if (start >= limit || !isNameStart(doc, start)) {
            return null;
        }
        int end = nameTail(doc, start, limit);
        if (!isPossessive(doc.token(end))) {
            return null;
        }
        String name = doc.span(start, end);
        name = name.substring(0, name.length() - 2);
        Gender g = doc.has(start, WordClasses.FIRST_NAME) ? lex.firstNames().get(doc.token(start).text())
                : start > i && doc.has(i, WordClasses.HONORIFIC)
                        ? lex.honorifics().getOrDefault(honorificKey(doc, i), Gender.UNKNOWN) : Gender.UNKNOWN;
        return new Mention(i, end, MentionKind.NAME, doc.span(i, end), name, g, false, null, List.of(), null);
    }

    /**
     * A role or group noun owned by the name before {@code k}, with up to three qualifiers between:
     * the mention runs from the possessor ({@code first}); null when no such noun follows.
     */
    private Mention possessedRole(TextAnalysis doc, int first, int k, int limit) {
        int head = k;
        while (head < limit && head - k < 3 && !doc.has(head, WordClasses.ROLE_OR_COLLECTIVE)
                && doc.token(head).isWord() && !doc.has(head, WordClasses.NOT_MODIFIER) && !isPossessive(doc.token(head))) {
            head++;
        }
        if (head >= limit || !doc.has(head, WordClasses.ROLE_OR_COLLECTIVE)) {
            return null;
        }
        // "Gibraltar's chief minister Fabian Picardo": a name after the role is the speaker's
        return role(doc, first, head, head, limit, new Agreement(Gender.UNKNOWN, false));
    }

    /** A title qualified by the words from {@code first} before it, then a name; null if no name follows. */
    private Mention qualifiedTitle(TextAnalysis doc, int first, int title, int limit) {
        Mention t = titledName(doc, title, limit);
        if (t == null) {
            return null;
        }
        return new Mention(first, t.last(), t.kind(), doc.span(first, t.last()), t.name(), t.gender(), t.plural(),
                t.roleHead(), t.roleModifiers(), t.role());
    }

    /**
     * True if token {@code i} follows a whole attribution marker ("selon", "d'après", "according
     * to"), not the weak "pour" nor the "d'" of any other word ("d'État").
     */
    private boolean afterSelonMarker(TextAnalysis doc, int i) {
        if (i == 0) {
            return false;
        }
        String one = doc.token(i - 1).norm();
        if (lex.selonMarkers().contains(one)) {
            return !one.equals("pour");
        }
        if (i == 1) {
            return false;
        }
        String two = doc.token(i - 2).norm();
        return lex.selonMarkers().contains(two + one) // "d'" + "après"
                || lex.selonMarkers().contains(two) && !two.equals("pour") && doc.has(i - 2, WordClasses.SELON_START)
                    && !doc.has(i - 1, WordClasses.DETERMINER); // "according" + "to"
    }

    /** A role phrase without determiner, as in an apposition: "Christophe Castaner, ministre de l'Intérieur". */
    Mention parseBareRole(TextAnalysis doc, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        int compound = compoundRoleEnd(doc, i, limit);
        if (compound < 0 && !lex.roles().containsKey(doc.token(i).norm())
                && !lex.isOrganisationHead(doc.token(i).norm())) {
            return null; // "Leetchi, plateforme en ligne de collecte de dons": an organisation's kind
        }
        return role(doc, i, i, Math.max(i, compound), limit, new Agreement(Gender.UNKNOWN, false));
    }

    /**
     * Last token of a two-word role starting at {@code k} ("Premier ministre", "haut commissaire"),
     * or -1: the pair is the role's head, so "le Premier ministre" is neither a name nor any minister.
     */
    private int compoundRoleEnd(TextAnalysis doc, int k, int limit) {
        if (k + 1 >= limit || !doc.token(k).isWord() || !doc.token(k + 1).isWord()
                || doc.token(k + 1).start() - doc.token(k).end() != 1 || !doc.has(k + 1, WordClasses.ROLE)) {
            return -1;
        }
        return lex.roles().containsKey(doc.token(k).norm() + " " + doc.token(k + 1).norm()) ? k + 1 : -1;
    }

    private Mention pronoun(TextAnalysis doc, int i, int end, Agreement a) {
        return new Mention(i, end, MentionKind.PRONOUN, doc.span(i, end), null, a.gender(), a.plural(),
                null, List.of(), null);
    }

    private Mention afterDeterminer(TextAnalysis doc, int det, int limit, Agreement a) {
        int k = det + 1;
        if (k >= limit) {
            return null;
        }
        Token t = doc.token(k);
        if (t.kind() == TokenKind.QUOTE) {
            return quotedLabel(doc, det, k, limit, a);
        }
        int compound = compoundRoleEnd(doc, k, limit);
        if (compound > 0) {
            return role(doc, det, k, compound, limit, a);
        }
        // "l'ASBL", "l'ONG": a kind of organisation written in capitals is a description, not a name
        if (doc.has(k, WordClasses.ORGANISATION) && isAcronym(t)) {
            return role(doc, det, k, k, limit, a);
        }
        // "l'AFP", "la Commission européenne": a determiner before a proper name
        if (isNameStart(doc, k) && !doc.has(k, WordClasses.ROLE)) {
            int end = nameEnd(doc, k, limit);
            if (end < k) {
                return null;
            }
            Mention placeRole = placeRole(doc, det, k, end, limit, a);
            if (placeRole != null) {
                return placeRole; // "the South Carolina senator": the place is a qualifier of the role
            }
            if (end + 1 < limit && doc.has(end + 1, WordClasses.ROLE) && !doc.token(end + 1).capitalized()) {
                // "the Labour leader Jeremy Corbyn": a name qualifies the role
                return role(doc, det, end + 1, end + 1, limit, a);
            }
            if (end == k && doc.has(k, WordClasses.ORGANISATION)) {
                // "l'Institut français d'opinion publique", "la Fédération wallonne de l'agriculture"
                end = organisationNameEnd(doc, k, limit);
                return name(doc, det, k, end, null);
            }
            // "l'Union européenne", "le Parti socialiste": an institution's name goes on in lower case
            int n = 0;
            while (end == k + n && end + 1 < limit && n < 2 && isModifierWord(doc, end + 1)
                    && !doc.has(end + 1, WordClasses.ROLE_COMPLEMENT)) {
                end++;
                n++;
            }
            return name(doc, det, k, end, null);
        }
        // "l'un des manifestants", "l'une des participantes", "l'un d'eux": one member of a group
        if ((t.norm().equals("un") || t.norm().equals("une")) && k + 2 < limit
                && (doc.token(k + 1).norm().equals("des") || doc.token(k + 1).norm().equals("de")
                    || doc.token(k + 1).norm().equals("d'"))
                && (isModifierWord(doc, k + 2) || doc.token(k + 2).norm().equals("eux")
                    || doc.token(k + 2).norm().equals("elles"))) {
            Gender g = t.norm().equals("une") ? Gender.FEMALE : Gender.MALE;
            return new Mention(det, k + 2, MentionKind.GROUP, doc.span(det, k + 2), null, g, false,
                    doc.token(k + 2).norm(), List.of(), null);
        }
        // one adjective may come before the noun: "le nouveau président", "la jeune femme"
        if (!doc.has(k, WordClasses.ROLE_OR_COLLECTIVE) && k + 1 < limit && isModifierWord(doc, k)
                && doc.has(k + 1, WordClasses.ROLE_OR_COLLECTIVE)) {
            k++;
        }
        if (!doc.has(k, WordClasses.ROLE_OR_COLLECTIVE)) {
            return null;
        }
        if (lex.documents().contains(doc.token(k).norm()) && lex.indefiniteDeterminers().contains(doc.token(det).norm())) {
            return null; // "the report says" speaks; "(in) a statement" is how someone else spoke
        }
        return role(doc, det, k, k, limit, a);
    }

    /** "les «gilets jaunes» de Montceau-les-Mines": a group known by a label in quotation marks. */
    private Mention quotedLabel(TextAnalysis doc, int det, int open, int limit, Agreement a) {
        int close = open + 1;
        while (close < limit && close - open <= 4 && doc.token(close).kind() != TokenKind.QUOTE) {
            close++;
        }
        if (close >= limit || doc.token(close).kind() != TokenKind.QUOTE || close == open + 1
                || !doc.token(close - 1).isWord()) {
            return null;
        }
        int end = close;
        if (end + 2 < limit && doc.has(end + 1, WordClasses.ROLE_COMPLEMENT) && isNameStart(doc, end + 2)) {
            end = Math.max(end, nameEnd(doc, end + 2, limit));
        }
        return new Mention(det, end, MentionKind.GROUP, doc.span(det, end), null, a.gender(), a.plural(),
                doc.token(close - 1).norm(), List.of(), null);
    }

    /**
     * "Gibraltar chief minister Fabian Picardo", "the South Carolina senator": a place name right
     * before a role noun qualifies the role; it is neither the person nor the speaker. Null when
     * the name from {@code nameStart} to {@code nameEnd} is no place or no role noun follows it.
     */
    private Mention placeRole(TextAnalysis doc, int first, int nameStart, int nameEnd, int limit, Agreement a) {
        int head = nameEnd + 1;
        if (head >= limit || !doc.token(head).isWord() || doc.token(head).capitalized()
                || doc.token(head).start() - doc.token(nameEnd).end() != 1) {
            return null;
        }
        int compound = compoundRoleEnd(doc, head, limit);
        if (compound < 0 && !doc.has(head, WordClasses.ROLE) || !isPlace(doc, nameStart, nameEnd)) {
            return null;
        }
        return role(doc, first, head, Math.max(head, compound), limit, a, norms(doc, nameStart, nameEnd));
    }

    /** True if the proper name over tokens {@code from..to} is a known place or venue. */
    private boolean isPlace(TextAnalysis doc, int from, int to) {
        return !doc.has(from, WordClasses.FIRST_NAME) && lex.places().isPlace(doc.span(from, to));
    }

    private static List<String> norms(TextAnalysis doc, int from, int to) {
        List<String> out = new ArrayList<>(to - from + 1);
        for (int k = from; k <= to; k++) {
            out.add(doc.token(k).norm());
        }
        return out;
    }

    /** A role phrase: determiner (or none) at {@code first}, head noun from {@code head} to {@code headEnd}. */
    private Mention role(TextAnalysis doc, int first, int head, int headEnd, int limit, Agreement a) {
        return role(doc, first, head, headEnd, limit, a, List.of());
    }

    /** A role phrase whose qualifiers start with {@code leading}, words read before the head noun. */
    private Mention role(TextAnalysis doc, int first, int head, int headEnd, int limit, Agreement a,
                         List<String> leading) {
        String headNorm = headEnd == head ? doc.token(head).norm()
                : doc.token(head).norm() + " " + doc.token(headEnd).norm();
        List<String> mods = new ArrayList<>(leading);
        int end = headEnd;
        int k = headEnd + 1;
        // multi-word roles: "Premier ministre", "secrétaire d'État", "chef de l'État" stay modifiers
        while (k < limit) {
            Token t = doc.token(k);
            boolean de = doc.has(k, WordClasses.ROLE_COMPLEMENT);
            // "le maire LR": an acronym qualifies a role, but names an organisation ("le média BFM")
            boolean qualifier = isModifierWord(doc, k) && !t.capitalized()
                    || isAcronym(t) && !lex.isOrganisationHead(headNorm);
            if (!de && qualifier) {
                mods.add(t.norm());
                end = k;
                k++;
            } else if (de && k + 1 < limit) {
                int j = k + 1;
                if (doc.has(j, WordClasses.DETERMINER) && j + 1 < limit) {
                    j++;
                }
                Token obj = doc.token(j);
                if (!obj.isWord() || lex.prepositions().contains(obj.norm())) {
                    break;
                }
                int objEnd = obj.capitalized() ? nameEnd(doc, j, limit) : j;
                if (objEnd < j) {
                    objEnd = j;
                }
                // "le ministre de l'Intérieur Christophe Castaner": a given name starts the person's name
                for (int f = j + 1; f <= objEnd; f++) {
                    if (doc.has(f, WordClasses.FIRST_NAME)) {
                        objEnd = f - 1;
                        break;
                    }
                }
                for (int m = j; m <= objEnd; m++) {
                    mods.add(doc.token(m).norm());
                }
                end = objEnd;
                k = objEnd + 1;
                if (mods.size() > 6) {
                    break;
                }
            } else {
                break;
            }
        }
        Gender g = a.gender() != Gender.UNKNOWN ? a.gender() : lex.roles().getOrDefault(headNorm, Gender.UNKNOWN);
        if (lex.roles().getOrDefault(headNorm, Gender.UNKNOWN) != Gender.UNKNOWN) {
            g = lex.roles().get(headNorm);
        }
        if (g == Gender.UNKNOWN) {
            g = lex.organisationGender(headNorm); // "l'agence": a pronoun for it is "elle"
        }
        String roleText = doc.span(head, end);
        // a name right after the role: "le président russe Vladimir Poutine"
        if (k < limit && isNameStart(doc, k)) {
            int nameEnd = nameEnd(doc, k, limit);
            // "le porte-parole de la zone Dinaphi Gilles Boonen": the person's name starts at the given name
            for (int f = k + 1; f < nameEnd; f++) {
                if (doc.has(f, WordClasses.FIRST_NAME) && !doc.has(k, WordClasses.FIRST_NAME)) {
                    k = f;
                    break;
                }
            }
            if (nameEnd >= k) {
                Mention roleMention = new Mention(first, end, MentionKind.ROLE, doc.span(first, end), null, g,
                        a.plural(), headNorm, mods, roleText);
                Token before = doc.token(k - 1);
                if (k - 1 > headEnd && lex.isOrganisationHead(before.norm()) && !lex.roles().containsKey(headNorm)) {
                    // "la direction de l'organisation Inter-Environnement Wallonie": the name is the
                    // organisation's, and a body of it (not a person's role) speaks for it
                    roleMention = new Mention(k - 1, k - 1, MentionKind.ROLE, before.text(), null,
                            lex.organisationGender(before.norm()), false, before.norm(), List.of(), before.text());
                }
                return name(doc, first, k, nameEnd, roleMention);
            }
        }
        // "le collectif militant «Désarmons-les»": an organisation's name in quotation marks
        if (k < limit && lex.isOrganisationHead(headNorm) && doc.token(k).kind() == TokenKind.QUOTE) {
            Mention named = quotedName(doc, first, k, limit,
                    new Mention(first, end, MentionKind.ROLE, doc.span(first, end), null, g, false, headNorm, mods,
                            roleText));
            if (named != null) {
                return named;
            }
        }
        boolean group = (lex.collectives().contains(headNorm) || lex.isPluralOfCollective(headNorm)
                || lex.isOrganisationHead(headNorm)) && !lex.roles().containsKey(headNorm);
        boolean plural = a.plural() || headNorm.endsWith("s") && !lex.roles().containsKey(headNorm);
        return new Mention(first, end, group ? MentionKind.GROUP : MentionKind.ROLE, doc.span(first, end), null,
                g, plural, headNorm, mods, roleText);
    }

    /**
     * "«Désarmons-les»" after an organisation head: a short quoted label opening with a capital is
     * the organisation's name (without the marks); null if the quotation is not such a label.
     */
    private Mention quotedName(TextAnalysis doc, int first, int open, int limit, Mention role) {
        int close = open + 1;
        while (close < limit && close - open <= 5 && doc.token(close).kind() != TokenKind.QUOTE) {
            close++;
        }
        if (close >= limit || doc.token(close).kind() != TokenKind.QUOTE || close == open + 1
                || !isCapitalizedWord(doc, open + 1)) {
            return null;
        }
        String name = doc.span(open + 1, close - 1);
        return new Mention(first, close, MentionKind.NAME, doc.span(first, close), name, Gender.UNKNOWN, false,
                null, List.of(), null).withRole(role);
    }

    /**
     * True if token {@code k} is a lower-case, singular organisation head right after a name: "the
     * France Unbowed party", "le groupe" is never written so in French, where the head comes first.
     */
    private boolean isOrganisationHeadAfterName(TextAnalysis doc, int k, int limit) {
        return k < limit && doc.has(k, WordClasses.ORGANISATION) && !doc.token(k).capitalized()
                && doc.token(k).start() - doc.token(k - 1).end() <= 1;
    }

    /** A name from {@code nameStart} to {@code nameEnd} followed by its organisation head at {@code head}. */
    private Mention organisationName(TextAnalysis doc, int first, int nameStart, int nameEnd, int head) {
        Token h = doc.token(head);
        Mention role = new Mention(head, head, MentionKind.ROLE, h.text(), null, Gender.UNKNOWN, false, h.norm(),
                List.of(), h.text());
        return new Mention(first, head, MentionKind.NAME, doc.span(first, head), doc.span(nameStart, nameEnd),
                Gender.UNKNOWN, false, null, List.of(), null).withRole(role);
    }

    /**
     * Last token of an organisation's name that opens with its kind ("Institut", "Fédération"):
     * lower-case qualifiers and complements run on, "Institut français d'opinion publique",
     * "Fédération nationale des chasseurs de France" (bounded, and never into a person's name).
     */
    private int organisationNameEnd(TextAnalysis doc, int k, int limit) {
        int end = k;
        int j = k + 1;
        while (j < limit && j - k <= 10) {
            if (isModifierWord(doc, j) && !doc.has(j, WordClasses.ROLE_COMPLEMENT)) {
                end = j++;
                continue;
            }
            if (!doc.has(j, WordClasses.ROLE_COMPLEMENT) || j + 1 >= limit) {
                break;
            }
            int o = j + 1;
            if (doc.has(o, WordClasses.DETERMINER) && o + 1 < limit) {
                o++;
            }
            if (isModifierWord(doc, o)) {
                end = o;
                j = o + 1;
            } else if (isNameStart(doc, o) && !doc.has(o, WordClasses.FIRST_NAME)) {
                end = nameTail(doc, o, limit);
                j = end + 1;
            } else {
                break;
            }
        }
        return end;
    }

    private Mention name(TextAnalysis doc, int first, int nameStart, int nameEnd, Mention role) {
        // "le Français Pierre Moscovici": the person's name starts at a known given name
        if (!doc.has(nameStart, WordClasses.FIRST_NAME)) {
            for (int f = nameStart + 1; f <= nameEnd; f++) {
                // a given name ends a name only after an acronym: "l'AFP Serge" is the agency and Serge
                if (doc.has(f, WordClasses.FIRST_NAME) && (f < nameEnd || isAcronym(doc.token(f - 1)))) {
                    nameStart = f;
                    break;
                }
            }
        }
        String name = doc.span(nameStart, nameEnd);
        Gender g = doc.has(nameStart, WordClasses.FIRST_NAME) ? lex.firstNames().get(doc.token(nameStart).text())
                : Gender.UNKNOWN;
        Mention m = new Mention(first, nameEnd, MentionKind.NAME, doc.span(first, nameEnd), name, g, false,
                null, List.of(), null);
        return m.withRole(role);
    }

    /** A particle joined by a hyphen to a capitalised name part: "al-Naqbi", "el-Sisi". */
    private boolean isParticleJoined(Token t) {
        String w = t.text();
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1))
                && lex.nameParticles().contains(t.norm().substring(0, h));
    }

    /** "le maire LR", "le député PS": a party or body acronym qualifies the role. */
    private static boolean isAcronym(Token t) {
        String w = t.text();
        if (!t.isWord() || w.length() < 2 || w.length() > 5) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Macron's", "France’s": a word with the possessive ending. */
    static boolean isPossessive(Token t) {
        String n = t.norm();
        return n.length() > 2 && n.endsWith("'s");
    }

    /** A word that can qualify a noun: lower case, not a function word, verb or adverb ("publique"). */
    boolean isModifier(TextAnalysis doc, int k) {
        return isModifierWord(doc, k);
    }

    /** A word that can qualify a role noun: lower case, not a function word, verb or adverb. */
    private static boolean isModifierWord(TextAnalysis doc, int k) {
        Token t = doc.token(k);
        if (!t.isWord() || t.capitalized()) {
            return false;
        }
        return !doc.has(k, WordClasses.NOT_MODIFIER) && !t.norm().endsWith("'");
    }

    /** Index just past an honorific at {@code i} ("M." is two tokens: "M" and "."), or {@code i}. */
    private int honorificEnd(TextAnalysis doc, int i, int limit) {
        Token t = doc.token(i);
        if (i + 1 < limit && doc.has(i, WordClasses.HONORIFIC_BEFORE_PERIOD) && doc.token(i + 1).is('.')
                && doc.token(i + 1).start() == t.end()) {
            return i + 2;
        }
        if (doc.has(i, WordClasses.HONORIFIC) && i + 1 < limit && isCapitalizedWord(doc, i + 1)) {
            return i + 1;
        }
        return i;
    }

    private String honorificKey(TextAnalysis doc, int i) {
        Token t = doc.token(i);
        return lex.honorifics().containsKey(t.text() + ".") && i + 1 < doc.size() && doc.token(i + 1).is('.')
                ? t.text() + "." : t.text();
    }

    /** A capitalised word that is not a capitalised function word ("Selon", "Il", "Mais"). */
    static boolean isNameStart(TextAnalysis doc, int i) {
        Token t = doc.token(i);
        return t.isWord() && t.capitalized() && !doc.has(i, WordClasses.NOT_NAME_START);
    }

    /**
     * A name can start at token {@code i}: a capitalised non-function word that is not a common
     * word capitalised by its position ("Parmi", "Autre") unless it is a known given name or a
     * capitalised word follows it ("Muriel Targnion", "Theo Francken").
     */
    boolean isNameStartAt(TextAnalysis doc, int i, int limit) {
        Token t = doc.token(i);
        if (!isNameStart(doc, i)) {
            return false;
        }
        if (!doc.capitalOnlyByPosition(i) || doc.has(i, WordClasses.FIRST_NAME) || isPossessive(t)) {
            return true; // "France's interior ministry said" opening a sentence
        }
        if (i + 1 < limit) {
            Token next = doc.token(i + 1);
            return next.isWord() && next.capitalized() && next.start() - t.end() <= 1 && isNameContinuation(doc, i + 1);
        }
        return false;
    }

    /**
     * Inside a name, a capitalised word may also be a common word ("Marc Demain"), not a function
     * word, nor an honorific that opens the next name ("Delphine Burkli called Mr Vesperini's" glued
     * into "Burklicalled" by a scraper); titles that are also roles stay ("Vice President").
     */
    private static boolean isNameContinuation(TextAnalysis doc, int k) {
        return !doc.has(k, WordClasses.NOT_NAME_CONTINUATION)
                && (!doc.has(k, WordClasses.HONORIFIC) || doc.has(k, WordClasses.ROLE));
    }

    /** Last token of a proper name starting at {@code i}, or i-1 if there is none. */
    int nameEnd(TextAnalysis doc, int i, int limit) {
        if (i >= limit || !isNameStartAt(doc, i, limit)) {
            return i - 1;
        }
        return nameTail(doc, i, limit);
    }

    private static boolean isCapitalizedWord(TextAnalysis doc, int i) {
        return doc.token(i).isWord() && doc.token(i).capitalized();
    }

    /** Last token of a proper name whose first token is {@code i}. */
    private int nameTail(TextAnalysis doc, int i, int limit) {
        int end = i;
        int k = i + 1;
        while (k < limit && end - i < MAX_NAME_TOKENS) {
            Token t = doc.token(k);
            if (t.isWord() && t.capitalized() && t.start() - doc.token(k - 1).end() <= 1 && isNameContinuation(doc, k)) {
                end = k;
                k++;
            } else if (t.isWord() && lex.nameParticles().contains(t.norm()) && k + 1 < limit
                    && isCapitalizedWord(doc, k + 1) && isNameContinuation(doc, k + 1)) {
                // "Corriere della Sera": after a particle, a capital continues the name even on a
                // word that is also a verb form ("Sera")
                end = k + 1;
                k += 2;
            } else if (t.isWord() && t.start() - doc.token(k - 1).end() <= 1 && isParticleJoined(t)) {
                end = k; // "Abdulla al-Naqbi", "Abdel Fattah el-Sisi"
                k++;
            } else {
                break;
            }
        }
        return end;
    }
}
