package org.dixit.index.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dixit.model.Article;
import org.dixit.model.ArticleQuotes;
import org.dixit.model.Quote;

/**
 * Content fingerprints: a re-run can tell an article it already stored, unchanged, from a new
 * version of it and skip the work (extraction is the expensive part of indexing).
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** SHA-1 of the article as read: id, metadata and text. */
    public static String of(Article a) {
        MessageDigest md = sha1();
        article(md, a);
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-1 of the article and every field of its quotes. */
    public static String of(ArticleQuotes aq) {
        MessageDigest md = sha1();
        article(md, aq.article());
        put(md, "quotes:" + aq.quotes().size());
        for (Quote q : aq.quotes()) {
            put(md, q.start() + ":" + q.end() + ":" + q.type() + ":" + q.speakerStart() + ":" + q.speakerEnd() + ":"
                    + q.cueStart() + ":" + q.cueEnd() + ":" + q.confidence());
            put(md, q.text());
            put(md, q.speaker());
            put(md, q.speakerMention());
            put(md, q.cue());
            put(md, q.speakerGender());
            put(md, q.speakerRole());
            put(md, q.evidence().rule());
            q.evidence().chain().forEach(s -> put(md, s));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void article(MessageDigest md, Article a) {
        put(md, a.id());
        put(md, a.date() == null ? null : a.date().iso() + "/" + a.date().granularity());
        put(md, a.title());
        put(md, a.source());
        put(md, a.url());
        put(md, a.lang());
        put(md, a.text());
    }

    /** Length-prefixed, so field boundaries cannot be confused ("ab"+"c" vs "a"+"bc"). */
    private static void put(MessageDigest md, String s) {
        if (s == null) {
            md.update((byte) 0xff);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
        md.update(b);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }
}
