package org.dixit.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared document every extraction stage reads: the text, its tokens, and for each token the
 * paragraph and sentence it belongs to. Built once per article; read-only afterwards.
 */
public final class TextAnalysis {
    private final String text;
    private final List<Token> tokens;
    /** The same tokens for {@link #token(int)}, the most called method of the engine: no list indirection. */
    private final Token[] tokenArray;
    private final int[] paragraphOf;
    private final int[] sentenceOf;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final boolean[] capitalOnlyByPosition;
    private final int[] tags;

    private TextAnalysis(String text, List<Token> tokens, int[] paragraphOf, int[] sentenceOf,
                         int[] sentenceStart, int[] sentenceEnd, TokenTagger tagger) {
        this.text = text;
        this.tokens = tokens;
        this.tokenArray = tokens.toArray(new Token[0]);
        this.paragraphOf = paragraphOf;
        this.sentenceOf = sentenceOf;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.capitalOnlyByPosition = capitalOnlyByPosition(tokens, sentenceOf, sentenceStart);
        this.tags = new int[tokenArray.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tagger.tags(tokenArray[i]);
        }
    }

    /**
     * Marks capitalised words that owe their capital to their position only: they open a sentence,
     * a quotation or a parenthesis, and the article never writes them with a capital elsewhere
     * ("Parmi les manifestants...", "Autre différence :"). Words written in capitals (acronyms)
     * are not marked. Proper names are usually also written mid-sentence, so this is evidence
     * from the article itself rather than from a dictionary.
     */
    private static boolean[] capitalOnlyByPosition(List<Token> tokens, int[] sentenceOf, int[] sentenceStart) {
        int n = tokens.size();
        boolean[] initial = new boolean[n];
        HashSet<String> capitalisedInside = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalized()) {
                continue;
            }
            boolean atStart = sentenceStart[sentenceOf[i]] == i;
            if (!atStart) {
                Token prev = tokens.get(i - 1);
                atStart = prev.kind() == TokenKind.QUOTE || prev.is('(') || prev.is('—') || prev.is('–')
                        || prev.is('-') || prev.is(':') || prev.is('…');
            }
            if (atStart) {
                initial[i] = !isAllCaps(t.text());
            } else {
                capitalisedInside.add(t.norm());
            }
        }
        for (int i = 0; i < n; i++) {
            if (initial[i] && capitalisedInside.contains(tokens.get(i).norm())) {
                initial[i] = false;
            }
        }
        return initial;
    }

    private static boolean isAllCaps(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if token {@code i} is capitalised only because it opens a sentence, quotation or
     * parenthesis, and is never capitalised elsewhere in the article.
     */
    public boolean capitalOnlyByPosition(int i) {
        return capitalOnlyByPosition[i];
    }

    /**
     * Tokenizes and segments a text.
     *
     * @param abbreviations tokens followed by a period that do not end a sentence ("M.", "Mme.")
     */
    public static TextAnalysis of(String text, Tokenizer tokenizer, Set<String> abbreviations) {
        return of(text, tokenizer, abbreviations, TokenTagger.NONE);
    }

    /**
     * Tokenizes and segments a text, and tags each token with {@code tagger}.
     *
     * @param abbreviations tokens followed by a period that do not end a sentence ("M.", "Mme.")
     * @param tagger        the word classes of each token, read back with {@link #tags(int)}
     */
    public static TextAnalysis of(String text, Tokenizer tokenizer, Set<String> abbreviations, TokenTagger tagger) {
        List<Token> tokens = tokenizer.tokenize(text);
        int n = tokens.size();
        int[] para = new int[n];
        int[] sent = new int[n];
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int p = 0;
        int s = -1;
        boolean newSentence = true;
        for (int i = 0; i < n; i++) {
            if (i > 0 && hasNewline(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                p++;
                newSentence = true;
            }
            if (newSentence) {
                if (s >= 0) {
                    ends.add(i);
                }
                s++;
                starts.add(i);
                newSentence = false;
            }
            para[i] = p;
            sent[i] = s;
            if (endsSentence(tokens, i, abbreviations)) {
                newSentence = true;
            }
        }
        if (s >= 0) {
            ends.add(n);
        }
        return new TextAnalysis(text, tokens, para, sent,
                starts.stream().mapToInt(Integer::intValue).toArray(),
                ends.stream().mapToInt(Integer::intValue).toArray(), tagger);
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence ends after . ! ? … (and any closing quotes right after them) when the next token
     * opens a new sentence: a capital, a digit, or an opening quote. Commas after the closing quote
     * ("...éliminés", a dit X) keep the sentence going.
     */
    private static boolean endsSentence(List<Token> tokens, int i, Set<String> abbreviations) {
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.QUOTE) {
            // "...éliminés." Il a dit: the sentence ends after the closing quote
            return i > 0 && i + 1 < tokens.size() && isClosingContext(tokens, i)
                    && tokens.get(i - 1).kind() == TokenKind.PUNCT
                    && ".!?…".indexOf(tokens.get(i - 1).text().charAt(0)) >= 0
                    && startsSentence(tokens.get(i + 1));
        }
        if (t.kind() != TokenKind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        if (next.kind() == TokenKind.QUOTE && isClosingContext(tokens, i + 1)) {
            return false; // the sentence ends after the closing quote, decided there
        }
        if (next.kind() == TokenKind.PUNCT && ".!?…)".indexOf(next.text().charAt(0)) >= 0) {
            return false;
        }
        if (c == '.' && i > 0) {
            Token prev = tokens.get(i - 1);
            if (prev.end() == t.start() && (abbreviations.contains(prev.text() + ".")
                    || (prev.isWord() && prev.text().length() == 1 && prev.capitalized()))) {
                return false;
            }
        }
        return startsSentence(next);
    }

    private static boolean isClosingContext(List<Token> tokens, int q) {
        Token quote = tokens.get(q);
        char m = quote.text().charAt(0);
        if (m == '»' || m == '”' || m == '›') {
            return true;
        }
        if (m == '"') {
            // a straight quote glued to the preceding punctuation closes
            return tokens.get(q - 1).end() == quote.start();
        }
        return false;
    }

    private static boolean startsSentence(Token next) {
        return next.capitalized() || next.kind() == TokenKind.NUMBER || next.kind() == TokenKind.QUOTE
                || next.is('-') || next.is('—') || next.is('(');
    }

    /** The article text. */
    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokenArray[i];
    }

    /** The word classes the tagger gave token {@code i}, as bits. */
    public int tags(int i) {
        return tags[i];
    }

    /** True if token {@code i} has every bit of {@code tag}. */
    public boolean has(int i, int tag) {
        return (tags[i] & tag) == tag;
    }

    public int size() {
        return tokenArray.length;
    }

    public int paragraphOf(int token) {
        return paragraphOf[token];
    }

    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    /** First token of sentence {@code s}. */
    public int sentenceStart(int s) {
        return sentenceStart[s];
    }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEnd(int s) {
        return sentenceEnd[s];
    }

    public int sentenceCount() {
        return sentenceStart.length;
    }

    /** The text between two tokens, inclusive of both. */
    public String span(int fromToken, int toTokenInclusive) {
        return text.substring(tokens.get(fromToken).start(), tokens.get(toTokenInclusive).end());
    }
}
