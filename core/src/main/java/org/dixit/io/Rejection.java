package org.dixit.io;

/**
 * An input record that could not be used, and why.
 *
 * @param source file name (or "-" for standard input)
 * @param line   1-based line number, or 0 when the whole file is rejected
 * @param id     the record's id when it could be read, else null
 * @param reason what is wrong, in plain words
 */
public record Rejection(String source, long line, String id, String reason) {

    /** "FILE:LINE: reason" as printed on stderr. */
    public String describe() {
        return source + (line > 0 ? ":" + line : "") + (id != null ? " [" + id + "]" : "") + ": " + reason;
    }
}
