package org.ctpat4j.risk.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctpat4j.risk.screening.Explanation.CountryEffect;
import org.ctpat4j.risk.screening.internal.BlockingIndex;
import org.ctpat4j.risk.screening.internal.ListedSegmentation;
import org.ctpat4j.risk.screening.internal.Normalizer;
import org.ctpat4j.risk.screening.internal.PreparedName;
import org.ctpat4j.risk.screening.internal.Scorer;

/**
 * Screens supplier names, aliases and identifiers against an entity list, inside the JVM, offline and
 * deterministically.
 *
 * <pre>{@code
 * EntityScreener screener = EntityScreener.newBuilder()
 *     .entries(listedEntries)
 *     .thresholds(ScreeningThresholds.defaults().withPossible(0.8))
 *     .build();
 * List<ScreeningHit> hits = screener.screen(ScreeningQuery.of("HOSHINE SILICON IND SHANSHAN CO LTD", "CN"));
 * }</pre>
 *
 * <p>Names are normalised (see {@link ScreeningThresholds} for the scoring and {@link Romanizer} for Chinese script),
 * every name of the supplier is compared with every name of each listed entry that a blocking index returns, and the
 * best pair per entry is kept. {@link #screen} and {@link #screenAllPairs} return the same hits: the blocking index
 * is exact, not heuristic. It finds every listed name sharing a matchable token with the supplier (equal, within the
 * typo allowance through a deletion neighbourhood, or equal after joining two adjacent tokens), bounds each one's score
 * from the tokens that could match, and scores precisely only those whose bound reaches the POSSIBLE cut-off; names
 * reached only through place, sector or generic words are skipped when the cap for names without a matched
 * distinctive word keeps them below the cut-off. The all-pairs method exists to prove it and as a reference.
 *
 * <p>A supplier name written in Chinese script is also screened in a second reading whose romanized syllables are cut
 * into the words the list uses (大零号湾 as "Dalinghao Bay" rather than "Daling Haowan"), where a business word may be
 * spelled in pinyin as the list spells it (科创 Kechuang), a character may be read by its English meaning (湾 Bay,
 * from Unicode's Unihan definitions) and two to four syllables by an English brand that sounds like them (康曼德
 * Commando); a hit from that reading says so in its explanation, and one that rests on a meaning or a sound is at most
 * POSSIBLE.
 *
 * <p>Instances are immutable and thread-safe; building one normalises and indexes the list (milliseconds for a few
 * thousand names).
 */
public final class EntityScreener {

  /** The jurisdictions treated as one country for the country evidence: mainland China, Hong Kong, Macao. */
  private static final Set<String> GREATER_CHINA = Set.of("CN", "HK", "MO");

  private final List<ScreeningEntry> entries;
  private final ScreeningThresholds thresholds;
  private final Romanizer romanizer;
  private final Normalizer normalizer;
  private final Scorer scorer;
  private final PreparedName[] names;
  private final int[] nameEntry;
  private final int[] nameIndexInEntry;
  private final BlockingIndex index;
  /** Per listed name: whether no other entry has a name holding all its distinctive tokens (a rare brand). */
  private final boolean[] rareBrand;
  private final Map<EntityIdentifier, List<Integer>> byIdentifier;
  /** Derived from the immutable state only, so caching it keeps the screener deterministic; at most one per country. */
  private final java.util.concurrent.ConcurrentHashMap<String, CountryTable> countryTables =
      new java.util.concurrent.ConcurrentHashMap<>();

  private EntityScreener(Builder b) {
    this.entries = List.copyOf(b.entries);
    this.thresholds = b.thresholds;
    this.romanizer = b.romanizer;
    this.normalizer = new Normalizer(romanizer);
    this.scorer = new Scorer(thresholds);
    List<PreparedName> prepared = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<Integer> position = new ArrayList<>();
    Map<EntityIdentifier, List<Integer>> ids = new HashMap<>();
    Set<String> seenIds = new HashSet<>();
    for (int e = 0; e < entries.size(); e++) {
      ScreeningEntry entry = entries.get(e);
      if (!seenIds.add(entry.id())) {
        throw new IllegalArgumentException("entries[" + e + "].id: duplicate id '" + entry.id() + "'");
      }
      List<String> entryNames = entry.names();
      for (int k = 0; k < entryNames.size(); k++) {
        prepared.add(new PreparedName(normalizer.normalize(entryNames.get(k)), thresholds));
        owner.add(e);
        position.add(k);
      }
      for (EntityIdentifier id : entry.identifiers()) {
        ids.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
      }
    }
    if (prepared.size() >= (1 << 24)) {
      throw new IllegalArgumentException("entries: at most 16,777,215 names and aliases can be indexed");
    }
    PreparedName[] weighed = prepared.toArray(new PreparedName[0]);
    this.nameEntry = owner.stream().mapToInt(Integer::intValue).toArray();
    this.nameIndexInEntry = position.stream().mapToInt(Integer::intValue).toArray();
    this.rareBrand = rareBrands(weighed, nameEntry);
    countDistinguishingPlaces(weighed);
    this.names = weighed;
    this.index = new BlockingIndex(names);
    Map<EntityIdentifier, List<Integer>> frozen = new HashMap<>();
    ids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byIdentifier = Map.copyOf(frozen);
  }

  /**
   * For each listed name whose distinctive words other entries share, re-weighs the places that none of those
   * namesakes has (Aksu in Aksu Huafu Color Spinning beside Huafu Fashion): they tell the entities apart.
   */
  private void countDistinguishingPlaces(PreparedName[] weighed) {
    Map<String, Set<Integer>> entriesOf = new HashMap<>();
    Map<Integer, Set<String>> tokensOfEntry = new HashMap<>();
    for (int v = 0; v < weighed.length; v++) {
      for (String t : weighed[v].distinctiveTokens()) {
        entriesOf.computeIfAbsent(t, k -> new HashSet<>()).add(nameEntry[v]);
      }
      tokensOfEntry.computeIfAbsent(nameEntry[v], k -> new HashSet<>())
          .addAll(Arrays.asList(weighed[v].name().tokens()));
    }
    for (int v = 0; v < weighed.length; v++) {
      if (rareBrand[v] || weighed[v].distinctiveTokens().isEmpty()) {
        continue;
      }
      Set<Integer> namesakes = null;
      for (String t : weighed[v].distinctiveTokens()) {
        if (namesakes == null) {
          namesakes = new HashSet<>(entriesOf.get(t));
        } else {
          namesakes.retainAll(entriesOf.get(t));
        }
      }
      namesakes.remove(nameEntry[v]);
      Set<String> places = new HashSet<>(weighed[v].places());
      for (int other : namesakes) {
        places.removeAll(tokensOfEntry.get(other));
      }
      if (!places.isEmpty()) {
        weighed[v] = new PreparedName(weighed[v].name(), thresholds, places);
      }
    }
  }

  private static boolean[] rareBrands(PreparedName[] names, int[] nameEntry) {
    Map<String, Set<Integer>> entriesOf = new HashMap<>();
    for (int v = 0; v < names.length; v++) {
      for (String t : names[v].distinctiveTokens()) {
        entriesOf.computeIfAbsent(t, k -> new HashSet<>()).add(nameEntry[v]);
      }
    }
    boolean[] out = new boolean[names.length];
    for (int v = 0; v < names.length; v++) {
      Set<Integer> common = null;
      for (String t : names[v].distinctiveTokens()) {
        if (common == null) {
          common = new HashSet<>(entriesOf.get(t));
        } else {
          common.retainAll(entriesOf.get(t));
        }
      }
      out[v] = common != null && common.size() == 1;
    }
    return out;
  }

  /**
   * Starts a builder.
   *
   * @return a builder with the default thresholds and {@link Romanizer#defaults()}
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The listed entries, in the order given.
   *
   * @return the entries
   */
  public List<ScreeningEntry> entries() {
    return entries;
  }

  /**
   * The thresholds in use.
   *
   * @return the thresholds
   */
  public ScreeningThresholds thresholds() {
    return thresholds;
  }

  /**
   * The romanizer in use; its {@link Romanizer#description()} says whether ICU4J is used.
   *
   * @return the romanizer
   */
  public Romanizer romanizer() {
    return romanizer;
  }

  /**
   * Normalises a name the way the screener does, for display and debugging: canonical tokens joined by spaces.
   *
   * @param name a company name
   * @return its canonical form, e.g. {@code "hoshine silicon industry shanshan co ltd"}
   */
  public String canonicalForm(String name) {
    Objects.requireNonNull(name, "name");
    return normalizer.normalize(name).canonical();
  }

  /**
   * Screens one supplier using the blocking index.
   *
   * @param query the supplier
   * @return the hits, best first (score descending, then entry id); empty when nothing reaches POSSIBLE
   */
  public List<ScreeningHit> screen(ScreeningQuery query) {
    return run(query, true);
  }

  /**
   * Screens one supplier by comparing it with every listed name; slow, and equal to {@link #screen} by construction.
   * For tests and benchmarks.
   *
   * @param query the supplier
   * @return the hits, as {@link #screen} returns them
   */
  public List<ScreeningHit> screenAllPairs(ScreeningQuery query) {
    return run(query, false);
  }

  /**
   * Screens many suppliers, in order.
   *
   * @param queries the suppliers
   * @return one list of hits per query, in the same order
   */
  public List<List<ScreeningHit>> screenAll(Collection<ScreeningQuery> queries) {
    List<List<ScreeningHit>> out = new ArrayList<>(queries.size());
    for (ScreeningQuery q : queries) {
      out.add(screen(q));
    }
    return List.copyOf(out);
  }

  private List<ScreeningHit> run(ScreeningQuery query, boolean blocked) {
    Objects.requireNonNull(query, "query");
    List<String> queryNames = query.names();
    PreparedName[] q = new PreparedName[queryNames.size()];
    boolean han = false;
    for (int k = 0; k < q.length; k++) {
      q[k] = new PreparedName(normalizer.normalize(queryNames.get(k)), thresholds);
      han |= q[k].hanScript();
    }
    List<ListedSegmentation.Reading> recuts = han ? recuts(q) : List.of();
    int firstRecut = q.length;
    if (!recuts.isEmpty()) { // after every name, so that on a tie the name as cut wins
      q = Arrays.copyOf(q, q.length + recuts.size());
      for (int k = 0; k < recuts.size(); k++) {
        q[firstRecut + k] = PreparedName.secondReading(recuts.get(k).name(), thresholds);
      }
    }
    CountryTable table = countryTables.computeIfAbsent(query.country().orElse(""), this::countryTable);
    double[] adjustment = table.adjustment;
    double[] cutoff = table.cutoff;
    // best pair per entry: score, then query name order, then listed name order
    Map<Integer, Best> best = new HashMap<>();
    for (int k = 0; k < q.length; k++) {
      if (!q[k].screenable()) {
        continue;
      }
      if (blocked) {
        for (int v : index.candidates(q[k], cutoff, table.minCutoff(), thresholds)) {
          consider(best, q, k, v, table);
        }
      } else {
        for (int v = 0; v < names.length; v++) {
          consider(best, q, k, v, table);
        }
      }
    }
    Map<Integer, EntityIdentifier> identified = new HashMap<>();
    for (EntityIdentifier id : query.identifiers()) {
      for (int e : byIdentifier.getOrDefault(id, List.of())) {
        identified.putIfAbsent(e, id);
      }
    }
    List<ScreeningHit> hits = new ArrayList<>();
    for (Map.Entry<Integer, Best> b : best.entrySet()) {
      int e = b.getKey();
      if (identified.containsKey(e)) {
        continue;
      }
      Best pair = b.getValue();
      double score = clamp(pair.result.score() + adjustment[e]);
      List<String> notes = new ArrayList<>();
      if (pair.result.brand() && table.agrees[e] && rareBrand[pair.name] && score < thresholds.match()) {
        score = thresholds.match();
        notes.add("a brand no other listed entity has, in the same country: MATCH");
      }
      PreparedName l = names[pair.name];
      PreparedName qn = q[pair.query];
      if (pair.result.neverPossible()) {
        score = Math.min(score, Math.nextDown(thresholds.possible())); // whatever the country added
      }
      if (pair.query >= firstRecut) {
        ListedSegmentation.Reading recut = recuts.get(pair.query - firstRecut);
        notes.add("the Chinese name read as '" + recut.name().canonical() + "', its syllables cut into the words of the"
            + " list" + (recut.glossed().isEmpty() ? "" : ", " + String.join(", ", recut.glossed())
            + " read by its English meaning (Unihan for a character, CC-CEDICT for a word)")
            + (recut.sounded().isEmpty() ? "" : ", " + String.join(", ", recut.sounded())
            + " read as an English word that sounds like it")
            + (recut.wadeGiles().isEmpty() ? "" : ", " + String.join(", ", recut.wadeGiles())
            + " spelled in Wade-Giles")
            + (recut.cantonese().isEmpty() ? "" : ", " + String.join(", ", recut.cantonese())
            + " spelled in Cantonese as Hong Kong names write it"));
        if ((!recut.glossed().isEmpty() || !recut.sounded().isEmpty()) && score >= thresholds.match()) {
          score = Math.nextDown(thresholds.match());
          notes.add("a match that rests on the meaning or the sound of a character, not its spelling, is at most"
              + " POSSIBLE");
        } else if (!recut.wadeGiles().isEmpty() && score >= thresholds.match()) {
          score = Math.nextDown(thresholds.match());
          notes.add("Wade-Giles as names write it drops the marks that tell t from d, k from g and ch from zh and q:"
              + " a match through it is at most POSSIBLE");
        } else if (!recut.cantonese().isEmpty() && score >= thresholds.match()) {
          score = Math.nextDown(thresholds.match());
          notes.add("Cantonese as Hong Kong names write it has no fixed spelling and drops the tones: a match through"
              + " it is at most POSSIBLE");
        }
      }
      if (pair.result.neverMatch() && score >= thresholds.match()) {
        score = Math.nextDown(thresholds.match()); // whatever the country added
      }
      if (score >= thresholds.match() && hongKong(query.country(), entries.get(e).country())
          && qn.hanScript() != l.hanScript()) {
        score = Math.nextDown(thresholds.match());
        notes.add("Hong Kong names romanise in Cantonese: a match through pinyin is at most POSSIBLE");
      }
      Optional<ScreeningLevel> level = thresholds.levelOf(score);
      if (level.isEmpty()) {
        continue;
      }
      notes.addAll(0, Scorer.notes(qn, l, pair.result));
      Explanation explanation = new Explanation(qn.name().original(), l.name().original(),
          Scorer.matches(qn, l, pair.result), Scorer.discounted(qn, l), Scorer.unmatchedQuery(qn, pair.result),
          Scorer.unmatchedList(l, pair.result), pair.result.score(), countryEffect(query.country(), entries.get(e).country()), adjustment[e],
          Optional.empty(), notes);
      hits.add(new ScreeningHit(entries.get(e), l.name().original(), score, level.get(), explanation));
    }
    for (Map.Entry<Integer, EntityIdentifier> id : identified.entrySet()) {
      int e = id.getKey();
      ScreeningEntry entry = entries.get(e);
      int primary = firstNameOf(e);
      PreparedName l = names[primary];
      PreparedName qn = q[0];
      Scorer.Result r = scorer.score(qn, l);
      Explanation explanation = new Explanation(qn.name().original(), entry.name(), Scorer.matches(qn, l, r),
          Scorer.discounted(qn, l), Scorer.unmatchedQuery(qn, r), Scorer.unmatchedList(l, r), r.score(),
          countryEffect(query.country(), entry.country()), 0.0, Optional.of(id.getValue()), Scorer.notes(qn, l, r));
      hits.add(new ScreeningHit(entry, entry.name(), 1.0, ScreeningLevel.MATCH, explanation));
    }
    hits.sort(ScreeningHit.ORDER);
    return List.copyOf(hits);
  }

  /** The second readings of the names written in Chinese script whose cut the list changes ({@link ListedSegmentation}). */
  private List<ListedSegmentation.Reading> recuts(PreparedName[] q) {
    List<ListedSegmentation.Reading> out = new ArrayList<>(q.length);
    for (PreparedName name : q) {
      if (name.hanScript()) {
        ListedSegmentation.Reading recut = ListedSegmentation.of(name.name(), index::listed,
            index::englishDistinctive, index::soundingLike, romanizer, phrase -> normalizer.normalize(phrase).tokens(),
            index);
        if (recut != null) {
          out.add(recut);
        }
      }
    }
    return out;
  }

  /** Country adjustments per entry and name cut-offs per listed name, for one supplier country. */
  private record CountryTable(double[] adjustment, double[] cutoff, double minCutoff, boolean[] agrees) {}

  private CountryTable countryTable(String country) {
    Optional<String> supplier = country.isEmpty() ? Optional.empty() : Optional.of(country);
    double[] adjustment = new double[entries.size()];
    boolean[] agrees = new boolean[entries.size()];
    for (int e = 0; e < entries.size(); e++) {
      CountryEffect effect = countryEffect(supplier, entries.get(e).country());
      agrees[e] = effect == CountryEffect.SAME || effect == CountryEffect.RELATED;
      adjustment[e] = switch (countryEffect(supplier, entries.get(e).country())) {
        case SAME, RELATED -> thresholds.sameCountryBonus();
        case DIFFERENT -> -thresholds.differentCountryPenalty();
        case UNKNOWN -> 0.0;
      };
    }
    double[] cutoff = new double[names.length];
    for (int v = 0; v < names.length; v++) {
      cutoff[v] = thresholds.possible() - adjustment[nameEntry[v]];
    }
    double min = Double.POSITIVE_INFINITY;
    for (double c : cutoff) {
      min = Math.min(min, c);
    }
    return new CountryTable(adjustment, cutoff, min, agrees);
  }

  private int firstNameOf(int entry) {
    int lo = 0;
    int hi = nameEntry.length - 1;
    while (lo < hi) { // nameEntry is ascending
      int mid = (lo + hi) >>> 1;
      if (nameEntry[mid] < entry) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void consider(Map<Integer, Best> best, PreparedName[] q, int k, int v, CountryTable table) {
    int e = nameEntry[v];
    if (names[v].singleToken() && nameIndexInEntry[v] > 0 && !table.agrees[e]) {
      return; // a one-word alias ("Yida") needs more than the word: the country must agree
    }
    Scorer.Result r = scorer.score(q[k], names[v]);
    if (r.score() < table.cutoff[v]) {
      return;
    }
    Best current = best.get(e);
    if (current == null || r.score() > current.result.score()) {
      best.put(e, new Best(k, v, r));
    }
  }

  /** The best pair so far; pairs are visited in (query name, listed name) order, so the first of equals stays. */
  private record Best(int query, int name, Scorer.Result result) {}

  private static boolean hongKong(Optional<String> supplier, Optional<String> listed) {
    return supplier.filter("HK"::equals).isPresent() || listed.filter("HK"::equals).isPresent();
  }

  private static double clamp(double score) {
    return Math.max(0.0, Math.min(1.0, score));
  }

  private static CountryEffect countryEffect(Optional<String> supplier, Optional<String> listed) {
    if (supplier.isEmpty() || listed.isEmpty()) {
      return CountryEffect.UNKNOWN;
    }
    if (supplier.get().equals(listed.get())) {
      return CountryEffect.SAME;
    }
    return GREATER_CHINA.contains(supplier.get()) && GREATER_CHINA.contains(listed.get())
        ? CountryEffect.RELATED
        : CountryEffect.DIFFERENT;
  }

  /** Configures an {@link EntityScreener}; not thread-safe. */
  public static final class Builder {
    private final List<ScreeningEntry> entries = new ArrayList<>();
    private ScreeningThresholds thresholds = ScreeningThresholds.defaults();
    private Romanizer romanizer;

    private Builder() {}

    /**
     * Adds listed entries.
     *
     * @param list the entries; ids must be unique
     * @return this builder
     */
    public Builder entries(Collection<ScreeningEntry> list) {
      for (ScreeningEntry e : Objects.requireNonNull(list, "list")) {
        entries.add(Objects.requireNonNull(e, "entry"));
      }
      return this;
    }

    /**
     * Sets the thresholds.
     *
     * @param value the thresholds
     * @return this builder
     */
    public Builder thresholds(ScreeningThresholds value) {
      this.thresholds = Objects.requireNonNull(value, "thresholds");
      return this;
    }

    /**
     * Sets the romanizer for Chinese script.
     *
     * @param value the romanizer, e.g. {@link Romanizer#none()} to compare Chinese characters as written
     * @return this builder
     */
    public Builder romanizer(Romanizer value) {
      this.romanizer = Objects.requireNonNull(value, "romanizer");
      return this;
    }

    /**
     * Builds the screener: normalises and indexes every name and alias.
     *
     * @return the screener
     * @throws IllegalArgumentException if two entries share an id
     */
    public EntityScreener build() {
      if (romanizer == null) {
        romanizer = Romanizer.defaults();
      }
      return new EntityScreener(this);
    }
  }
}
