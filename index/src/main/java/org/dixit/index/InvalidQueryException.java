package org.dixit.index;

/**
 * A search the user got wrong (malformed query, bad date, bad limit). The message is one line,
 * fit to show as is ("invalid query: …"); callers answer with a usage error, never a stack trace.
 */
public final class InvalidQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong */
    public InvalidQueryException(String message) {
        super(message);
    }
}
