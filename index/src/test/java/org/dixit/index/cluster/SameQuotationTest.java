package org.dixit.index.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameQuotationTest {
    private static final String FULL = "Quel genre de négociations peut-on avoir avec des criminels, avec des "
            + "meurtriers? Nous avons eu affaire à des bandits armés et entraînés";

    private static boolean same(String a, String b) {
        return SameQuotation.test(QuoteNormalizer.words(a), QuoteNormalizer.words(b));
    }

    @Test
    void samePassageReportedDifferentlyIsOneQuotation() {
        assertTrue(same(FULL, FULL.replace(",", "").replace("?", ".")), "re-punctuated");
        assertTrue(same(FULL, "Nous avons eu affaire à des bandits armés et entraînés"), "shortened");
        assertTrue(same(FULL, "Quel genre de négociations peut-on avoir avec des criminels"), "trimmed");
        assertTrue(same("Il faut les détruire et cela sera fait d'ici peu",
                "il faut les détruire et ce sera fait d'ici peu"), "one word changed");
    }

    @Test
    void differentQuotationsAreNot() {
        assertFalse(same(FULL, "Nous avons donné l'ordre d'ouvrir le feu sans avertissement"));
        assertFalse(same("Nous ne pouvons pas accepter cette réforme des retraites injuste",
                "Nous devons dialoguer avec les syndicats sur la réforme des retraites"), "shared words only");
        assertFalse(same("affaire à des bandits", "affaire à des bandits"), "fewer than five words");
        assertFalse(same("avec des criminels avec des meurtriers et des voleurs",
                "meurtriers des criminels voleurs des avec des et avec"), "same words, no shared order");
    }
}
