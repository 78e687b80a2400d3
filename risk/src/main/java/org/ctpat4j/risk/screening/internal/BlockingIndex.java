package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.ScreeningThresholds;

/**
 * The blocking index: finds, for a supplier name, the listed names that share at least one matchable token with it,
 * and for each which tokens on either side could match, so that a cheap upper bound of the score prunes most of them
 * before the precise scorer runs.
 *
 * <p>It is exact, not heuristic: every token pair the {@link Scorer} can match (equal, within the typo allowance of
 * {@link TokenDistance}, or equal after joining two adjacent tokens) is found. Typos are found through a deletion
 * neighbourhood (every string obtained by deleting up to the allowed number of letters from a token, as in SymSpell,
 * kept as 64-bit hashes): two tokens within k edits share a string reachable by at most k deletions from each. The
 * partners of every indexed token are computed once, so only supplier tokens that are not in the list need a search.
 *
 * <p>Postings are split in two. A <em>strong</em> posting is a distinctive token (outside parentheses) of a listed
 * name, or any token of a name without distinctive tokens; a <em>weak</em> one is a place, sector or generic word of a
 * name that has distinctive tokens. A name reached through weak postings only has no distinctive token matched, so its
 * score is capped at {@link ScreeningThresholds#noDistinctiveCap()}; when that cap is below the cut-off, weak postings
 * never make a name a candidate (this is the rare-token priority). For each candidate, the tokens on both sides that
 * could match give an upper bound of the score; only names whose bound reaches the cut-off are returned. Hence a
 * listed name the index does not return cannot be a hit, and blocked screening returns exactly what all-pairs
 * screening returns.
 */
public final class BlockingIndex implements ListedRuns {

  private final PreparedName[] names;
  private final String[] vocabulary;
  private final Map<String, Integer> tokenIds = new HashMap<>();
  /**
   * Every proper prefix of a vocabulary token, up to {@link #PREFIX_LENGTH} characters: two adjacent supplier tokens
   * can only join into a listed token when the first is a proper prefix of it, so most suppliers' token pairs are never
   * concatenated and looked up. A longer supplier token is always looked up: the set stays small whatever the list.
   */
  private final Set<String> vocabularyPrefixes = new HashSet<>();
  /**
   * The proper prefixes of the vocabulary tokens that do not read as pinyin: a Cantonese spelling that reads as pinyin
   * is never taken ({@link Cantonese#readsAsPinyin}), so the search of the spellings of a name prunes on these.
   */
  private final Set<String> cantonesePrefixes = new HashSet<>();

  private static final int PREFIX_LENGTH = 24;
  private final int[][] strongPostings; // per vocabulary id: name index << 6 | token position
  private final int[][] weakPostings;
  private final int[][] nameVocabulary; // per name and position: vocabulary id, or -1 for a token without weight
  private final DeletionHashes.Table deletions; // hash of a deletion string -> vocabulary ids
  private final Map<String, int[]> skeletons; // pinyin with one syllable reduced to its initial -> vocabulary ids
  private final int[][] partners; // per vocabulary id: the vocabulary ids it matches (itself first)
  private final Map<String, int[]> joined = new HashMap<>(); // two adjacent listed tokens joined -> name << 6 | pos
  private final Map<String, int[]> acronyms = new HashMap<>(); // initials of a listed name -> name indexes
  private final ThreadLocal<Scratch> scratch;

  /**
   * Indexes names.
   *
   * @param names the listed names, each with at most {@link Normalizer#MAX_TOKENS} tokens, fewer than 2^24 names
   */
  public BlockingIndex(PreparedName[] names) {
    this.names = names.clone();
    List<String> vocab = new ArrayList<>();
    List<List<Integer>> strong = new ArrayList<>();
    List<List<Integer>> weak = new ArrayList<>();
    Map<String, List<Integer>> joinedLists = new HashMap<>();
    this.nameVocabulary = new int[names.length][];
    for (int v = 0; v < names.length; v++) {
      PreparedName name = names[v];
      nameVocabulary[v] = new int[name.tokens.length];
      for (int pos = 0; pos < name.tokens.length; pos++) {
        if (name.weights[pos] <= 0) {
          nameVocabulary[v][pos] = -1;
          continue;
        }
        String token = name.tokens[pos];
        Integer id = tokenIds.get(token);
        if (id == null) {
          id = vocab.size();
          tokenIds.put(token, id);
          vocab.add(token);
          strong.add(new ArrayList<>());
          weak.add(new ArrayList<>());
        }
        nameVocabulary[v][pos] = id;
        (isStrong(name, pos) ? strong : weak).get(id).add(v << 6 | pos);
        if (pos + 1 < name.tokens.length) { // the second may be a legal form: "Siemens AG" / "SiemensAG"
          joinedLists.computeIfAbsent(token + name.tokens[pos + 1], k -> new ArrayList<>()).add(v << 6 | pos);
          if (Normalizer.mayBeStem(token)) {
            joinedLists.computeIfAbsent(token + "s" + name.tokens[pos + 1], k -> new ArrayList<>()).add(v << 6 | pos);
          }
        }
      }
    }
    Map<String, List<Integer>> acronymLists = new HashMap<>();
    for (int v = 0; v < names.length; v++) {
      if (names[v].acronym != null) {
        acronymLists.computeIfAbsent(names[v].acronym, k -> new ArrayList<>()).add(v);
      }
    }
    acronymLists.forEach((k, v) -> acronyms.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.vocabulary = vocab.toArray(new String[0]);
    for (String token : vocabulary) {
      for (int end = 1; end < token.length() && end <= PREFIX_LENGTH; end++) {
        vocabularyPrefixes.add(token.substring(0, end));
      }
      if (!Cantonese.readsAsPinyin(token)) {
        for (int end = 1; end < token.length() && end <= PREFIX_LENGTH; end++) {
          cantonesePrefixes.add(token.substring(0, end));
        }
      }
    }
    this.strongPostings = toArrays(strong);
    this.weakPostings = toArrays(weak);
    joinedLists.forEach((k, v) -> joined.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    Map<Long, List<Integer>> del = new HashMap<>();
    for (int id = 0; id < vocabulary.length; id++) {
      String token = vocabulary[id];
      if (!TokenDistance.typoEligible(token)) {
        continue;
      }
      for (long d : DeletionHashes.of(token, TokenDistance.allowed(token.length()))) {
        List<Integer> ids = del.computeIfAbsent(d, k -> new ArrayList<>());
        if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
          ids.add(id);
        }
      }
    }
    long[] keys = new long[del.size()];
    int[][] values = new int[del.size()][];
    int k = 0;
    for (Map.Entry<Long, List<Integer>> e : del.entrySet()) {
      keys[k] = e.getKey();
      values[k++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    this.deletions = new DeletionHashes.Table(keys, values);
    Map<String, List<Integer>> skeletonLists = new HashMap<>();
    for (int id = 0; id < vocabulary.length; id++) {
      if (TokenDistance.typoEligible(vocabulary[id])) {
        for (String key : PinyinSyllables.skeletons(vocabulary[id])) {
          skeletonLists.computeIfAbsent(key, x -> new ArrayList<>()).add(id);
        }
      }
    }
    Map<String, int[]> skeletonArrays = new HashMap<>();
    skeletonLists.forEach((key, ids) -> skeletonArrays.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.skeletons = skeletonArrays;
    this.partners = new int[vocabulary.length][];
    int[] stamp = new int[vocabulary.length];
    for (int id = 0; id < vocabulary.length; id++) {
      partners[id] = typoPartners(vocabulary[id], stamp, id + 1, id);
    }
    int vocabularySize = vocabulary.length;
    int nameCount = names.length;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(nameCount, vocabularySize));
  }

  private static final int[] NONE = new int[0];

  /**
   * The most supplier tokens outside the vocabulary whose typo partners are remembered: suppliers' names repeat their
   * words ("textile", "trading", a town), so a chain of a million facilities computes each word's deletion
   * neighbourhood once; past this many distinct words the rest are computed every time (bounded memory, same answers).
   */
  static final int MAX_UNLISTED_CACHED = 1 << 16;

  /** Typo partners of supplier tokens outside the vocabulary (a pure function of the token, so safe to share). */
  private final ConcurrentHashMap<String, int[]> unlistedPartners = new ConcurrentHashMap<>();

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** The English words of the list, by skeleton and as a set; built on the first Chinese-script query. */
  private volatile EnglishWords english;

  /**
   * The distinctive words of listed names (outside parentheses) that are not pinyin, and adjacent pairs of them
   * joined ("mech" "mind" as "mechmind"): the English brands a Chinese name may be rendered by.
   *
   * @param words those words and pairs
   * @param bySkeleton the same by consonant skeleton ({@link Sounds#skeleton}), when it has at least
   *     {@link Sounds#MIN_CONSONANTS} consonants
   */
  private record EnglishWords(Set<String> words, Map<String, List<String>> bySkeleton) {}

  private EnglishWords english() {
    EnglishWords e = english;
    if (e == null) {
      synchronized (this) {
        e = english;
        if (e == null) {
          e = buildEnglish();
          english = e;
        }
      }
    }
    return e;
  }

  private EnglishWords buildEnglish() {
    Set<String> words = new HashSet<>();
    for (PreparedName name : names) {
      String previous = null;
      for (int pos = 0; pos < name.tokens.length; pos++) {
        String t = name.tokens[pos];
        boolean english = isDistinctive(name, pos) && PinyinSyllables.of(t) == null && !Numbers.hasDigit(t);
        if (english) {
          words.add(t);
          if (previous != null) {
            words.add(previous + t);
          }
        }
        previous = english ? t : null;
      }
    }
    Map<String, TreeSet<String>> byKey = new HashMap<>();
    for (String w : words) {
      String key = Sounds.skeleton(w);
      if (key.length() >= Sounds.MIN_CONSONANTS) {
        byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(w);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    byKey.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return new EnglishWords(Set.copyOf(words), Map.copyOf(out));
  }

  /**
   * The English brands of the list (distinctive words that are not pinyin, and adjacent pairs of them joined) whose
   * consonant skeleton ({@link Sounds#skeleton}) is the given one.
   *
   * @param skeleton a skeleton of at least {@link Sounds#MIN_CONSONANTS} consonants
   * @return the words in alphabetical order, possibly empty
   */
  public List<String> soundingLike(String skeleton) {
    return english().bySkeleton().getOrDefault(skeleton, List.of());
  }

  /**
   * Whether a word is an English distinctive word of some listed name (outside parentheses, not pinyin): what the
   * meaning of a Chinese character may be compared with.
   *
   * @param word a canonical token
   * @return true for such a word
   */
  public boolean englishDistinctive(String word) {
    return english().words().contains(word);
  }

  /**
   * Reaches the listed word a spelling equals, or the two adjacent listed words it runs together; a Cantonese spelling
   * only when it does not read as pinyin ({@link Cantonese#readsAsPinyin}), as the scorer takes it.
   */
  private int reachSpelled(Scratch s, int reachedCount, String spelling, long bit, List<int[]> joinedPostings,
      List<Long> joinedBits, boolean cantonese) {
    Integer id = tokenIds.get(spelling);
    int[] j = joined.get(spelling);
    if (id == null && j == null || cantonese && Cantonese.readsAsPinyin(spelling)) {
      return reachedCount;
    }
    if (j != null) {
      joinedPostings.add(j);
      joinedBits.add(bit);
    }
    return id != null ? reach(s, reachedCount, id, bit) : reachedCount;
  }

  /**
   * Whether a token is a weighted token of some indexed name.
   *
   * @param token a canonical token
   * @return true when the list has it
   */
  @Override
  public boolean listed(String token) {
    return tokenIds.containsKey(token);
  }

  @Override
  public boolean prefix(String s) {
    return s.length() > PREFIX_LENGTH || cantonesePrefixes.contains(s);
  }

  @Override
  public boolean joined(String s) {
    return joined.containsKey(s);
  }

  @Override
  public boolean adjacent(String first, String second) {
    int[] at = joined.get(first + second);
    if (at == null) {
      return false;
    }
    for (int p : at) {
      PreparedName name = names[p >>> 6];
      int pos = p & 63;
      if (name.tokens[pos].equals(first) && name.weights[pos + 1] > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of distinct indexed tokens.
   *
   * @return the vocabulary size
   */
  public int vocabularySize() {
    return vocabulary.length;
  }

  /** Vocabulary ids within the typo allowance of a token; {@code self} (or -1) is included first. */
  private int[] typoPartners(String token, int[] stamp, int epoch, int self) {
    List<Integer> out = new ArrayList<>();
    if (self >= 0) {
      out.add(self);
      stamp[self] = epoch;
    }
    if (TokenDistance.typoEligible(token)) {
      for (long d : DeletionHashes.of(token, TokenDistance.allowed(token.length()))) {
        int[] ids = deletions.get(d);
        if (ids == null) {
          continue;
        }
        for (int id : ids) {
          if (stamp[id] != epoch && TokenDistance.editsOfEligible(token, vocabulary[id]) >= 0) {
            stamp[id] = epoch;
            out.add(id);
          }
        }
      }
      for (String key : PinyinSyllables.skeletons(token)) { // one-syllable slips beyond the edit allowance
        for (int id : skeletons.getOrDefault(key, NONE)) {
          if (stamp[id] != epoch && TokenDistance.editsOfEligible(token, vocabulary[id]) >= 0) {
            stamp[id] = epoch;
            out.add(id);
          }
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isStrong(PreparedName name, int pos) {
    return !name.hasDistinctive || isDistinctive(name, pos);
  }

  private static boolean isDistinctive(PreparedName name, int pos) {
    return name.name.classes()[pos] == TokenClass.DISTINCTIVE && !name.name.parenthetical()[pos];
  }

  /** Per-thread work arrays, reset by epoch stamps instead of clearing. */
  private static final class Scratch {
    final int[] nameStamp;
    final int[] acronymStamp;
    final long[] listMask;
    final long[] queryMask;
    final int[] typoStamp;
    final int[] vocabStamp;
    final long[] vocabBits;
    int[] reached = new int[64];
    int[] touched = new int[64];
    int epoch;
    int typoEpoch;

    Scratch(int names, int vocab) {
      nameStamp = new int[names];
      acronymStamp = new int[names];
      listMask = new long[names];
      queryMask = new long[names];
      typoStamp = new int[vocab];
      vocabStamp = new int[vocab];
      vocabBits = new long[vocab];
    }
  }

  /**
   * Listed names that may score at least {@code cutoff} against a supplier name, in ascending index order.
   *
   * @param q the supplier name
   * @param cutoff the lowest name score of interest, per listed name (the POSSIBLE cut-off minus the country
   *     adjustment of its entry)
   * @param minCutoff the smallest value in {@code cutoff}
   * @param thresholds the weights used to bound the score
   * @return indexes of candidate names, ascending
   */
  public int[] candidates(PreparedName q, double[] cutoff, double minCutoff, ScreeningThresholds thresholds) {
    Scratch s = scratch.get();
    if (++s.epoch == Integer.MAX_VALUE) {
      Arrays.fill(s.nameStamp, 0);
      Arrays.fill(s.acronymStamp, 0);
      Arrays.fill(s.vocabStamp, 0);
      s.epoch = 1;
    }
    int epoch = s.epoch;
    String[] qt = q.tokens;
    int reachedCount = 0;
    List<int[]> joinedPostings = new ArrayList<>(0);
    List<Long> joinedBits = new ArrayList<>(0);
    // 1. the vocabulary tokens each supplier token reaches, with the supplier-token bits they carry
    for (int i = 0; i < qt.length; i++) {
      if (q.weights[i] <= 0) {
        continue;
      }
      long qbit = 1L << i;
      String token = qt[i];
      Integer exact = tokenIds.get(token);
      int[] found;
      if (exact != null) {
        found = partners[exact];
      } else {
        found = unlistedPartners.get(token);
        if (found == null) {
          if (++s.typoEpoch == Integer.MAX_VALUE) {
            Arrays.fill(s.typoStamp, 0);
            s.typoEpoch = 1;
          }
          found = typoPartners(token, s.typoStamp, s.typoEpoch, -1);
          if (unlistedPartners.size() < MAX_UNLISTED_CACHED) {
            unlistedPartners.putIfAbsent(token, found);
          }
        }
      }
      for (int id : found) {
        reachedCount = reach(s, reachedCount, id, qbit);
      }
      int[] j = joined.get(token); // one supplier token equal to two adjacent listed tokens
      if (j != null) {
        joinedPostings.add(j);
        joinedBits.add(qbit);
      }
      // two adjacent supplier tokens equal to one listed token (which the first must begin)
      if (i + 1 < qt.length && (token.length() > PREFIX_LENGTH || vocabularyPrefixes.contains(token))) {
        Integer id = tokenIds.get(token + qt[i + 1]);
        if (id != null) {
          reachedCount = reach(s, reachedCount, id, qbit | (1L << (i + 1)));
        }
        Integer withS = Normalizer.mayBeStem(token) ? tokenIds.get(token + "s" + qt[i + 1]) : null;
        if (withS != null) {
          reachedCount = reach(s, reachedCount, withS, qbit | (1L << (i + 1)));
        }
      }
    }
    // a Chinese name's trade name spelled otherwise, as its initials, in Wade-Giles or in Cantonese, which may be a
    // listed name's distinctive word or two (许继 / XJ, 东旭 / Tunghsu, 达华 / Tat Wah), reached as if the trade name
    // were that word
    if (q.tradeInitials != null || q.tradeWadeGiles != null || q.tradeCantonese != null) {
      long tradeBit = 1L << Scorer.firstDistinctive(q);
      Integer id = q.tradeInitials != null ? tokenIds.get(q.tradeInitials) : null;
      if (id != null) {
        reachedCount = reach(s, reachedCount, id, tradeBit);
      }
      if (q.tradeWadeGiles != null) {
        reachedCount = reachSpelled(s, reachedCount, q.tradeWadeGiles, tradeBit, joinedPostings, joinedBits, false);
      }
      if (q.tradeCantonese != null) {
        for (String form : q.tradeCantonese) {
          reachedCount = reachSpelled(s, reachedCount, form, tradeBit, joinedPostings, joinedBits, true);
        }
      }
    }
    // 2. candidate names: through strong postings; through weak ones only where the cap does not prune
    double cap = thresholds.noDistinctiveCap() + 1e-9;
    boolean weakMatters = cap >= minCutoff;
    int touchedCount = 0;
    for (int r = 0; r < reachedCount; r++) {
      int id = s.reached[r];
      for (int p : strongPostings[id]) {
        touchedCount = touch(s, touchedCount, p >>> 6, epoch);
      }
      if (weakMatters) {
        for (int p : weakPostings[id]) {
          if (cap >= cutoff[p >>> 6]) {
            touchedCount = touch(s, touchedCount, p >>> 6, epoch);
          }
        }
      }
    }
    for (int[] posting : joinedPostings) {
      for (int p : posting) {
        touchedCount = touch(s, touchedCount, p >>> 6, epoch);
      }
    }
    for (int i = 0; i < qt.length; i++) { // a supplier token equal to the initials of listed names
      int[] a = q.weights[i] > 0 ? acronyms.get(qt[i]) : null;
      if (a != null) {
        for (int v : a) {
          touchedCount = touch(s, touchedCount, v, epoch);
          s.acronymStamp[v] = epoch;
        }
      }
    }
    // 3. which tokens of each candidate could match, on both sides
    for (int k = 0; k < touchedCount; k++) {
      int v = s.touched[k];
      int[] ids = nameVocabulary[v];
      long lm = 0;
      long qm = 0;
      for (int pos = 0; pos < ids.length; pos++) {
        int id = ids[pos];
        if (id >= 0 && s.vocabStamp[id] == epoch) {
          lm |= 1L << pos;
          qm |= s.vocabBits[id];
        }
      }
      s.listMask[v] = lm;
      s.queryMask[v] = qm;
    }
    for (int k = 0; k < joinedPostings.size(); k++) {
      for (int p : joinedPostings.get(k)) {
        int v = p >>> 6;
        int pos = p & 63;
        s.listMask[v] |= (1L << pos) | (1L << (pos + 1));
        s.queryMask[v] |= joinedBits.get(k);
      }
    }
    // 4. upper bound of the score
    int[] out = new int[touchedCount];
    int count = 0;
    double a = thresholds.listCoverageWeight();
    // the trade name of a name in Chinese script, which may lift a pair with a listed name in Latin script to POSSIBLE
    int trade = q.hanScript && !q.secondReading ? Scorer.firstDistinctive(q) : -1;
    int second = trade >= 0 ? Scorer.nextDistinctive(q, trade) : -1; // when the first is translated
    long tradeBit = (trade >= 0 && Scorer.isTradeName(qt[trade]) ? 1L << trade : 0)
        | (second >= 0 && Scorer.isTradeName(qt[second]) ? 1L << second : 0);
    for (int k = 0; k < touchedCount; k++) {
      int v = s.touched[k];
      PreparedName l = names[v];
      double wl = 0;
      boolean distinctive = false;
      boolean place = false; // a place that counts for this listed name could match
      long lm = s.listMask[v];
      for (int pos = 0; pos < l.tokens.length; pos++) {
        if ((lm & (1L << pos)) != 0) {
          wl += l.weights[pos];
          distinctive |= isDistinctive(l, pos);
          place |= l.name.classes()[pos] == TokenClass.LOCALITY && l.weights[pos] > thresholds.localityWeight();
        }
      }
      double wq = 0;
      double boost = 0; // a supplier's place may weigh as much as the listed name's place it matches
      long qm = s.queryMask[v];
      for (int i = 0; i < qt.length; i++) {
        if ((qm & (1L << i)) != 0) {
          wq += q.weights[i];
          if (place && q.name.classes()[i] == TokenClass.LOCALITY) {
            boost += Math.max(0, PreparedName.weightOf(TokenClass.DISTINCTIVE, thresholds) - q.weights[i]);
          }
        }
      }
      double bound = a * (wl / l.totalWeight) + (1 - a) * ((wq + boost) / (q.totalWeight + boost));
      if (l.hasDistinctive && !distinctive) {
        bound = Math.min(bound, thresholds.noDistinctiveCap());
      }
      if (s.acronymStamp[v] == epoch || (l.hasDistinctive && covers(lm, l) && (place || covers(qm, q)))
          || ((qm & tradeBit) != 0 && distinctive && !l.hanScript)) {
        bound = Math.max(bound, thresholds.possible()); // the acronym, brand, place and trade-name floors of the scorer
      }
      if (bound + 1e-9 >= cutoff[v]) {
        out[count++] = v;
      }
    }
    int[] result = Arrays.copyOf(out, count);
    Arrays.sort(result);
    return result;
  }

  /** Whether a mask holds every weighted token of a name, or for a listed name every distinctive one. */
  private static boolean covers(long mask, PreparedName name) {
    for (int pos = 0; pos < name.tokens.length; pos++) {
      if ((mask & (1L << pos)) == 0 && name.weights[pos] > 0 && (name.hasDistinctive ? isDistinctive(name, pos)
          : true)) {
        return false;
      }
    }
    return true;
  }

  private static int reach(Scratch s, int reachedCount, int id, long bits) {
    if (s.vocabStamp[id] != s.epoch) {
      s.vocabStamp[id] = s.epoch;
      s.vocabBits[id] = bits;
      if (reachedCount == s.reached.length) {
        s.reached = Arrays.copyOf(s.reached, reachedCount * 2);
      }
      s.reached[reachedCount++] = id;
    } else {
      s.vocabBits[id] |= bits;
    }
    return reachedCount;
  }

  private static int touch(Scratch s, int touchedCount, int v, int epoch) {
    if (s.nameStamp[v] != epoch) {
      s.nameStamp[v] = epoch;
      if (touchedCount == s.touched.length) {
        s.touched = Arrays.copyOf(s.touched, touchedCount * 2);
      }
      s.touched[touchedCount++] = v;
    }
    return touchedCount;
  }
}
