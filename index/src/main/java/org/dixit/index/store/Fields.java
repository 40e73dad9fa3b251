package org.dixit.index.store;

/**
 * Names of the index fields. One Lucene index holds four kinds of documents, told apart by
 * {@link #KIND}: articles and their quotes (one block per article, replaced together), and the
 * derived speaker and cluster documents (rebuilt after ingest). Doc-values fields carry a
 * {@code _dv} suffix so no field name mixes two schemas.
 */
public final class Fields {
    /** Document kind: {@link #ARTICLE}, {@link #QUOTE}, {@link #SPEAKER} or {@link #CLUSTER}. */
    public static final String KIND = "kind";
    /** Kind value of an article document. */
    public static final String ARTICLE = "article";
    /** Kind value of a quote document. */
    public static final String QUOTE = "quote";
    /** Kind value of a speaker-entity document. */
    public static final String SPEAKER = "speaker";
    /** Kind value of a quote-cluster document. */
    public static final String CLUSTER = "cluster";

    /** Article id, on the article and on each of its quotes: the term an article is replaced by. */
    public static final String ARTICLE_ID = "article_id";
    /** Content fingerprint of the input article (id, metadata, text). */
    public static final String ARTICLE_FP = "article_fp";
    /** Fingerprint of the article and its quotes as stored. */
    public static final String CONTENT_FP = "content_fp";
    /**
     * Fingerprint of the engine that extracted an article's quotes, or "external" (stored and
     * indexed, on the article document; absent from articles stored before it was recorded).
     */
    public static final String ENGINE = "engine";
    /** Where an article's quotes come from: {@link #EXTRACTED_HERE} or {@link #LOADED} (stored and indexed). */
    public static final String QUOTES_ORIGIN = "quotes_origin";
    /** Origin value: extracted from the article text while indexing. */
    public static final String EXTRACTED_HERE = "extracted";
    /** Origin value: loaded with the article, extracted elsewhere. */
    public static final String LOADED = "loaded";
    /** Quote id: article id, '#', position of the quote in the article. */
    public static final String QUOTE_ID = "quote_id";
    /** Position of the quote in its article (stored and doc values, for ordering). */
    public static final String POS = "pos";
    /** Number of quotes of an article (stored on the article, for consistency checks). */
    public static final String QUOTE_COUNT = "quote_count";

    /** Article date, ISO text as precise as known (stored). */
    public static final String DATE = "date";
    /** Date granularity name (stored). */
    public static final String DATE_GRANULARITY = "date_granularity";
    /** Date truncated to the year, indexed for range filters. */
    public static final String DATE_YEAR = "date_y";
    /** Date truncated to the month, indexed only when the month is known. */
    public static final String DATE_MONTH = "date_m";
    /** Date truncated to the day, indexed only when the day is known. */
    public static final String DATE_DAY = "date_d";
    /** Full ISO date as sorted doc values, for sorting by date. */
    public static final String DATE_DV = "date_dv";
    /** Month (or year) as sorted doc values, for speaker timelines. */
    public static final String MONTH_DV = "month_dv";

    /** Outlet as written (stored). */
    public static final String SOURCE = "source";
    /** Outlet lower-cased, indexed for the source filter. */
    public static final String SOURCE_KEY = "source_key";
    /** Language code (stored and indexed). */
    public static final String LANG = "lang";
    /** Headline (stored). */
    public static final String TITLE = "title";
    /** Address of the original (stored). */
    public static final String URL = "url";
    /** Article text (stored on the article document; quote words go to the language fields). */
    public static final String ARTICLE_TEXT = "article_text";

    /** Quote text exactly as extracted (stored). */
    public static final String TEXT = "text";
    /** Quote start offset (stored). */
    public static final String START = "start";
    /** Quote end offset (stored). */
    public static final String END = "end";
    /** Quote type label (stored and indexed). */
    public static final String TYPE = "type";
    /** Speaker string as extracted (stored). */
    public static final String SPEAKER_NAME = "speaker";
    /** Speaker string as sorted doc values, read when entities are rebuilt. */
    public static final String SPEAKER_DV = "speaker_dv";
    /** Words of the speaker string, analysed (folded, not stemmed), so query words also match speakers. */
    public static final String SPEAKER_WORDS = "speaker_words";
    /** Speaker comparison key (see SpeakerName), indexed for the speaker filter. */
    public static final String SPEAKER_KEY = "speaker_key";
    /** Speaker mention (stored). */
    public static final String MENTION = "speaker_mention";
    /** Speaker mention start (stored). */
    public static final String SPEAKER_START = "speaker_start";
    /** Speaker mention end (stored). */
    public static final String SPEAKER_END = "speaker_end";
    /** Cue (stored). */
    public static final String CUE = "cue";
    /** Cue start (stored). */
    public static final String CUE_START = "cue_start";
    /** Cue end (stored). */
    public static final String CUE_END = "cue_end";
    /** Confidence (stored). */
    public static final String CONFIDENCE = "confidence";
    /** Speaker gender (stored). */
    public static final String GENDER = "speaker_gender";
    /** Speaker gender as doc values. */
    public static final String GENDER_DV = "gender_dv";
    /** Speaker role (stored). */
    public static final String ROLE = "speaker_role";
    /** Speaker role as doc values. */
    public static final String ROLE_DV = "role_dv";
    /** Evidence rule (stored). */
    public static final String RULE = "rule";
    /** Evidence chain, one stored value per step. */
    public static final String CHAIN = "chain";
    /**
     * Binary doc values of a clusterable quote: its quote id, a newline, its normalised words (for
     * the containment test; doc values read far faster than stored fields, which hold article texts).
     */
    public static final String CLUSTER_DV = "cl_dv";
    /** Hash of the quote id of a clusterable quote (numeric doc values): an order-free tie-break. */
    public static final String CLUSTER_KEY_DV = "cl_key_dv";
    /** Hashed word shingles of a clusterable quote (indexed), to find candidate pairs. */
    public static final String SHINGLE = "shingle";

    /** Speaker-entity or cluster id (stored and indexed). */
    public static final String ENTITY_ID = "entity_id";
    /** Displayed name of a speaker entity (stored). */
    public static final String ENTITY_NAME = "entity_name";
    /** Number of reports in a cluster (stored). */
    public static final String SIZE = "size";
    /** Speaker key that belongs to an entity (indexed and stored, one per key). */
    public static final String MEMBER_KEY = "member_key";
    /** Entity names and aliases, analysed, for name lookup. */
    public static final String NAMES = "names";
    /** Quote id that belongs to a cluster (indexed and stored, in first-seen order). */
    public static final String MEMBER_QUOTE = "member_quote";
    /** JSON of a derived entity (stored). */
    public static final String JSON = "json";
    /** Quote count of a speaker entity (sort key). */
    public static final String COUNT_DV = "count_dv";

    /** Facet dimension: speaker key. */
    public static final String FACET_SPEAKER = "speaker";
    /** Facet dimension: outlet. */
    public static final String FACET_SOURCE = "source";
    /** Facet dimension: month. */
    public static final String FACET_MONTH = "month";
    /** Facet dimension: quote type. */
    public static final String FACET_TYPE = "type";
    /** Facet dimension: language. */
    public static final String FACET_LANG = "lang";

    private Fields() {
    }
}
