package org.dixit.text;

import java.util.Objects;

/**
 * One token: its kind and its UTF-16 span in the text. {@code norm} is the lower-cased text with
 * typographic apostrophes normalised, which is what lexicons are matched against. Immutable; a
 * class rather than a record only to compute {@link #capitalized()} once, as every rule asks it.
 */
public final class Token {
    private final TokenKind kind;
    private final int start;
    private final int end;
    private final String text;
    private final String norm;
    private final boolean capitalized;
    /** The character of a one-character token, else 0: {@link #is} is asked at nearly every token. */
    private final char single;

    /**
     * @param kind  what the token is
     * @param start start offset (UTF-16 index) in the text
     * @param end   end offset (exclusive)
     * @param text  the token as written
     * @param norm  lower case, apostrophes as {@code '}
     */
    public Token(TokenKind kind, int start, int end, String text, String norm) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.norm = norm;
        this.capitalized = !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        this.single = text.length() == 1 ? text.charAt(0) : 0;
    }

    public TokenKind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public String norm() {
        return norm;
    }

    /** True if the first character is an upper-case letter. */
    public boolean capitalized() {
        return capitalized;
    }

    /** True if this is the single character {@code c}. */
    public boolean is(char c) {
        return single == c && c != 0;
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && kind == t.kind && start == t.start && end == t.end && text.equals(t.text)
                && norm.equals(t.norm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, start, end, text, norm);
    }

    @Override
    public String toString() {
        return "Token[kind=" + kind + ", start=" + start + ", end=" + end + ", text=" + text + ", norm=" + norm + "]";
    }
}
