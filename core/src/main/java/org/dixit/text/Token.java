package org.dixit.text;

/**
 * One token: its kind and its UTF-16 span in the text. {@code norm} is the lower-cased text with
 * typographic apostrophes normalised, which is what lexicons are matched against.
 *
 * @param kind  what the token is
 * @param start start offset (UTF-16 index) in the text
 * @param end   end offset (exclusive)
 * @param text  the token as written
 * @param norm  lower case, apostrophes as {@code '}
 */
public record Token(TokenKind kind, int start, int end, String text, String norm) {

    /** True if the first character is an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True if this is the single character {@code c}. */
    public boolean is(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }
}
