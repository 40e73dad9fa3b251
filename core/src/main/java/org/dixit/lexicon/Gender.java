package org.dixit.lexicon;

/** Grammatical gender of a mention or a person, as far as the text tells. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Parses the lexicon codes m, f, x. */
    public static Gender of(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** True unless the two genders are known and differ. */
    public boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** "m", "f" or null, as in the output contract. */
    public String code() {
        return switch (this) {
            case MALE -> "m";
            case FEMALE -> "f";
            default -> null;
        };
    }
}
