package org.dixit.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void frenchRemovesElisionsFoldsAccentsAndStems() throws IOException {
        Analyzer fr = LanguageAnalyzers.french();
        List<String> t = tokens(fr, "L'armée d'Almaty");
        assertEquals(2, t.size());
        assertEquals(tokens(fr, "armee").get(0), t.get(0), "elision removed and accent folded");
        assertEquals(tokens(fr, "manifestant"), tokens(fr, "manifestants"), "plural stems like singular");
        assertEquals(tokens(fr, "Tokaiev"), tokens(fr, "Tokaïev"));
        assertEquals(tokens(fr, "élections"), tokens(fr, "elections"));
        assertEquals(tokens(fr, "qu’il"), tokens(fr, "il"), "typographic apostrophe elided too");
    }

    @Test
    void englishStemsAndDropsPossessives() throws IOException {
        Analyzer en = LanguageAnalyzers.english();
        assertEquals(tokens(en, "destroy"), tokens(en, "destroying"));
        assertEquals(tokens(en, "Macron"), tokens(en, "Macron's"));
        assertEquals(tokens(en, "negotiation"), tokens(en, "negotiations"));
    }

    @Test
    void textFieldFollowsLanguage() {
        assertEquals(LanguageAnalyzers.TEXT_FR, LanguageAnalyzers.textField("FR"));
        assertEquals(LanguageAnalyzers.TEXT_EN, LanguageAnalyzers.textField("en"));
        assertEquals(LanguageAnalyzers.TEXT_OTHER, LanguageAnalyzers.textField("de"));
        assertEquals(LanguageAnalyzers.TEXT_OTHER, LanguageAnalyzers.textField(null));
    }
}
