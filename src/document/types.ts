// The document model: one Doc per article, which every pipeline stage annotates with typed spans (offsets, never copies).

/** Where a record came from, for error messages and provenance. */
export interface Origin {
  file: string;
  /** 1-based line of the record in its file (the first line of the article for the reference format). */
  line: number;
}

/** One input article, as produced by the readers in `stages/ingest`. */
export interface Article {
  /** The record's own id, or a content hash when the record has none. */
  id: string;
  /** Article (publication) date, YYYY-MM-DD; null when the input gave none. */
  date: string | null;
  title: string | null;
  text: string;
  url: string | null;
  source: string | null;
  origin: Origin;
}

/** Universal POS tags as wink-nlp emits them. */
export type PosTag =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** Index of the token in `Doc.tokens`. */
  i: number;
  /** Character offsets [start, end) into `Doc.text`. */
  start: number;
  end: number;
  /** Surface form, exactly as in the text. */
  text: string;
  /** Lower-cased form (contractions expanded by wink: "n't" → "not"). */
  normal: string;
  lemma: string;
  /** The form dictionaries match against: upper case, typographic apostrophes folded ("N'T", "ISRAEL'S"). */
  key: string;
  /** Upper-cased lemma, for patterns written with base forms. */
  lemmaKey: string;
  pos: PosTag;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Character offsets [start, end) into `Doc.text`. */
  start: number;
  end: number;
  /** Token range [firstToken, endToken) in `Doc.tokens`. */
  firstToken: number;
  endToken: number;
}

/** A token range [start, end) inside one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** A resolved actor code, split into its parts. */
export interface ActorCode {
  /** Full CAMEO actor code, e.g. TURGOV, IGOUNO, PSEREBHMS. */
  code: string;
  /** ISO 3166-1 alpha-3 of the actor's country, null for transnational actors (IGO, NGO, ...). */
  country: string | null;
  /** First role code after the country/root, e.g. GOV, MIL, REB; null when none. */
  agent: string | null;
}

/** An actor mention found by the `actors` stage. */
export interface ActorMention extends ActorCode {
  sentence: number;
  tokens: TokenSpan;
  /** Canonical name when the actor is a known person or organisation. */
  name: string | null;
  /** True when the dictionaries know the actor; false when it was coded from context only. */
  known: boolean;
  /** Which dictionary entry produced the code, e.g. "Phoenix.Countries.actors.txt:1234". */
  entry: string;
  /**
   * How the code was composed, when the actors stage composed it: the name's entry and code, then each role word's
   * entry ("TUR (countries.yaml:777) + ~MIL (agents-common.yaml:120)"), and "former → ELI". Not part of the output.
   */
  rule?: string;
  /**
   * True for a party the sentence does not name but the coding convention implies (the actor's own country as the
   * target of a protest): its `tokens` are empty, at the trigger.
   */
  implicit?: boolean;
  /**
   * True when the text does not say who the actor is ("twelve people are killed in an airstrike"): its code is empty
   * and its country null, never a made-up code. Such an actor is implicit too.
   */
  unknown?: boolean;
  /** True when the actor is a person: a dictionary entry with dated offices, or an unknown name after a role. */
  person?: boolean;
}

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'planned';

/** When an event happened, as the `dates` stage resolved it. */
export interface EventDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
  value: string;
  precision: 'day' | 'week' | 'month' | 'year';
  /** Where it came from: a time expression of the sentence, an anchor ("three days after ..."), or the article date. */
  basis: 'text' | 'anchor' | 'article';
  /** Character offsets of the time expression in the article text, when the text gave one. */
  span: [number, number] | null;
}

/** An event found by the `events` stage, before output mapping. */
export interface EventMention {
  sentence: number;
  /** CAMEO event code, e.g. "040", "0256", "163". */
  cameo: string;
  source: ActorMention;
  target: ActorMention | null;
  trigger: TokenSpan;
  modality: Modality;
  /** Which pattern produced the code, e.g. "CAMEO.2.0.txt:1234". */
  pattern: string;
  /** Set by the `dates` stage. */
  date?: EventDate;
  /** Set by the `places` stage: where the event happened, when the text says. */
  location?: PlaceMention;
  /** Set by the `confidence` stage: the probability, by the trained model, that the event is coded right. */
  confidence?: number;
  /**
   * Set by the `events` stage when a party is a bare role word ("six people", "police") that only the place of the
   * event can give a country; the `places` stage gives it that country or drops the event.
   */
  awaitsPlace?: boolean;
}

/** A place named in the article, resolved against the gazetteer. */
export interface PlaceMention {
  sentence: number;
  /** The words that name it; for a dateline, the dateline's words. */
  tokens: TokenSpan;
  name: string;
  kind: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  geonameid: number | null;
  /**
   * How the text uses it: where something happened ("met in Istanbul"), the article's dateline, a container of
   * another place ("Paris, Texas"), or a mere mention (talked about, not where).
   */
  role: 'locative' | 'dateline' | 'container' | 'mention';
}

/** The article under annotation. Stages return a new Doc with their fields filled in. */
export interface Doc {
  article: Article;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  events: EventMention[];
  /** Places the text names, set by the `places` stage. */
  places: PlaceMention[];
  /** Sentences skipped by a discard phrase (index → the phrase), and whether the whole story was discarded. */
  discards: { sentences: Map<number, string>; story: string | null };
}

/** One coded event, exactly as `event.schema.json` defines it. */
export interface OutputActor {
  text: string;
  code: string;
  country: string | null;
  name: string | null;
  agent: string | null;
  known: boolean;
  /** Present and true when the sentence does not name the actor (its text is then empty). */
  implicit?: boolean;
  /** Present and true when the text does not say who the actor is: code and text empty, country null. */
  unknown?: boolean;
}

export interface OutputLocation {
  name: string;
  /** What sort of place: city, country, admin1, territory, region, sea, strait, river, venue, country-part. */
  kind?: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
}

export type Offsets = [number, number];

export interface CodedEvent {
  id: string;
  article_id: string;
  sentence: string;
  sentence_index: number;
  date: string;
  date_precision: 'day' | 'week' | 'month' | 'year';
  source: OutputActor;
  target: OutputActor | null;
  cameo: string;
  cameo_label: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: string;
  plover_mode: string | null;
  location: OutputLocation | null;
  modality: Modality;
  evidence: { trigger: Offsets; source: Offsets | null; target: Offsets | null; location: Offsets | null };
  confidence?: number;
  /** Dictionary entries behind the codes: the verb pattern, and the actor entries. */
  provenance: { pattern: string; source: string; target: string | null };
}
