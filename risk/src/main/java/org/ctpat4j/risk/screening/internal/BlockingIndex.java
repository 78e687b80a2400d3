package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.risk.screening.ScreeningThresholds;

/**
 * The blocking index: finds, for a supplier name, the listed names that share at least one matchable token with it,
 * and for each which tokens on either side could match, so that a cheap upper bound of the score prunes most of them
 * before the precise scorer runs.
 *
 * <p>It is exact, not heuristic: every token pair the {@link Scorer} can match (equal, within the typo allowance of
 * {@link TokenDistance}, or equal after joining two adjacent tokens) is found. Typos are found through a deletion
 * neighbourhood (every string obtained by deleting up to the allowed number of letters from a token, as in SymSpell,
 * kept as 64-bit hashes): two tokens within k edits share a string reachable by at most k deletions from each.
 * Partners of every indexed token are computed once, so only supplier tokens that are not in the list need a search. Hence a listed name the index
 * does not return, or whose upper bound is below the POSSIBLE cut-off, cannot be a hit, and blocked screening returns
 * exactly what all-pairs screening returns.
 */
public final class BlockingIndex {

  private final PreparedName[] names;
  private final String[] vocabulary;
  private final Map<String, Integer> tokenIds = new HashMap<>();
  private final int[][] postings; // per vocabulary id: name index << 6 | token position
  private final DeletionHashes.Table deletions; // hash of a deletion string -> vocabulary ids
  private final int[][] partners; // per vocabulary id: the vocabulary ids it matches (itself included), ascending
  private final Map<String, int[]> joined = new HashMap<>(); // two adjacent listed tokens joined -> name << 6 | pos
  private final ThreadLocal<Scratch> scratch;

  /**
   * Indexes names.
   *
   * @param names the listed names, each with at most {@link Normalizer#MAX_TOKENS} tokens
   */
  public BlockingIndex(PreparedName[] names) {
    this.names = names.clone();
    List<String> vocab = new ArrayList<>();
    List<List<Integer>> post = new ArrayList<>();
    Map<String, List<Integer>> joinedLists = new HashMap<>();
    for (int v = 0; v < names.length; v++) {
      PreparedName name = names[v];
      for (int pos = 0; pos < name.tokens.length; pos++) {
        if (name.weights[pos] <= 0) {
          continue;
        }
        String token = name.tokens[pos];
        Integer id = tokenIds.get(token);
        if (id == null) {
          id = vocab.size();
          tokenIds.put(token, id);
          vocab.add(token);
          post.add(new ArrayList<>());
        }
        post.get(id).add(v << 7 | (strong(name, pos) ? 64 : 0) | pos);
        if (pos + 1 < name.tokens.length && name.weights[pos + 1] > 0) {
          joinedLists.computeIfAbsent(token + name.tokens[pos + 1], k -> new ArrayList<>()).add(v << 7 | 64 | pos);
        }
      }
    }
    this.vocabulary = vocab.toArray(new String[0]);
    this.postings = new int[vocabulary.length][];
    for (int id = 0; id < vocabulary.length; id++) {
      postings[id] = post.get(id).stream().mapToInt(Integer::intValue).toArray();
    }
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
    // the partners of every vocabulary token, so that a supplier token found in the vocabulary needs no typo search
    this.partners = new int[vocabulary.length][];
    int[] stamp = new int[vocabulary.length];
    for (int id = 0; id < vocabulary.length; id++) {
      partners[id] = typoPartners(vocabulary[id], stamp, id + 1, id);
    }
    int vocabularySize = vocabulary.length;
    int nameCount = names.length;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(nameCount, vocabularySize));
  }

  /**
   * The number of distinct indexed tokens.
   *
   * @return the vocabulary size
   */
  public int vocabularySize() {
    return vocabulary.length;
  }

  /** Vocabulary ids within the typo allowance of a token, ascending; {@code self} (or -1) is included first. */
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
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A posting is strong when its token can lift the cap on names with unmatched distinctive tokens. */
  private static boolean strong(PreparedName name, int pos) {
    return !name.hasDistinctive || isDistinctive(name, pos);
  }

  private static boolean isDistinctive(PreparedName name, int pos) {
    return name.name.classes()[pos] == org.ctpat4j.risk.screening.Explanation.TokenClass.DISTINCTIVE
        && !name.name.parenthetical()[pos];
  }

  /** Per-thread work arrays, reset by an epoch stamp instead of clearing. */
  private static final class Scratch {
    final int[] nameStamp;
    final long[] listMask;
    final long[] queryMask;
    final int[] vocabStamp;
    int[] touched = new int[64];
    int epoch;
    int vocabEpoch;

    Scratch(int names, int vocab) {
      nameStamp = new int[names];
      listMask = new long[names];
      queryMask = new long[names];
      vocabStamp = new int[vocab];
    }
  }

  /**
   * Listed names that may score at least {@code cutoff} against a supplier name, in ascending index order.
   *
   * @param q the supplier name
   * @param cutoff the lowest name score of interest, per listed name (the POSSIBLE cut-off minus the country
   *     adjustment of its entry)
   * @param thresholds the weights used to bound the score
   * @return indexes of candidate names, ascending
   */
  public int[] candidates(PreparedName q, double[] cutoff, ScreeningThresholds thresholds) {
    Scratch s = scratch.get();
    s.epoch++;
    if (s.epoch == Integer.MAX_VALUE) {
      Arrays.fill(s.nameStamp, 0);
      s.epoch = 1;
    }
    String[] qt = q.tokens;
    // the postings each query token reaches, with the query bits they carry
    List<int[]> reached = new ArrayList<>();
    List<Long> bits = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (int i = 0; i < qt.length; i++) {
      if (q.weights[i] <= 0) {
        continue;
      }
      long qbit = 1L << i;
      String token = qt[i];
      if (++s.vocabEpoch == Integer.MAX_VALUE) {
        Arrays.fill(s.vocabStamp, 0);
        s.vocabEpoch = 1;
      }
      int ve = s.vocabEpoch;
      Integer exact = tokenIds.get(token);
      int[] found = exact != null ? partners[exact] : typoPartners(token, s.vocabStamp, ve, -1);
      for (int id : found) {
        reached.add(postings[id]);
        bits.add(qbit);
        widths.add(1);
      }
      int[] j = joined.get(token); // one query token equal to two adjacent listed tokens
      if (j != null) {
        reached.add(j);
        bits.add(qbit);
        widths.add(2);
      }
      if (i + 1 < qt.length && q.weights[i + 1] > 0) { // two adjacent query tokens equal to one listed token
        Integer id = tokenIds.get(token + qt[i + 1]);
        if (id != null) {
          reached.add(postings[id]);
          bits.add(qbit | (1L << (i + 1)));
          widths.add(1);
        }
      }
    }
    // pass 1: names reached through a strong posting, or whose cap does not prune; pass 2: complete their masks
    int touchedCount = 0;
    double cap = thresholds.noDistinctiveCap() + 1e-9;
    for (int k = 0; k < reached.size(); k++) {
      touchedCount = mark(s, touchedCount, reached.get(k), bits.get(k), widths.get(k), cutoff, cap, true);
    }
    for (int k = 0; k < reached.size(); k++) {
      mark(s, touchedCount, reached.get(k), bits.get(k), widths.get(k), cutoff, cap, false);
    }
    int[] out = new int[touchedCount];
    int count = 0;
    double a = thresholds.listCoverageWeight();
    for (int k = 0; k < touchedCount; k++) {
      int v = s.touched[k];
      PreparedName l = names[v];
      double wl = 0;
      boolean distinctive = false;
      long lm = s.listMask[v];
      for (int pos = 0; pos < l.tokens.length; pos++) {
        if ((lm & (1L << pos)) != 0) {
          wl += l.weights[pos];
          distinctive |= l.name.classes()[pos] == org.ctpat4j.risk.screening.Explanation.TokenClass.DISTINCTIVE
              && !l.name.parenthetical()[pos];
        }
      }
      double wq = 0;
      long qm = s.queryMask[v];
      for (int i = 0; i < qt.length; i++) {
        if ((qm & (1L << i)) != 0) {
          wq += q.weights[i];
        }
      }
      double bound = a * (wl / l.totalWeight) + (1 - a) * (wq / q.totalWeight);
      if (l.hasDistinctive && !distinctive) {
        bound = Math.min(bound, thresholds.noDistinctiveCap());
      }
      if (bound + 1e-9 >= cutoff[v]) {
        out[count++] = v;
      }
    }
    int[] result = Arrays.copyOf(out, count);
    Arrays.sort(result);
    return result;
  }

  private static int mark(Scratch s, int touchedCount, int[] posting, long qbits, int width, double[] cutoff,
      double cap, boolean firstPass) {
    for (int p : posting) {
      int v = p >>> 7;
      int pos = p & 63;
      if (s.nameStamp[v] != s.epoch) {
        if (!firstPass || ((p & 64) == 0 && cap < cutoff[v])) {
          continue; // only weak tokens reach it: its score is capped below the cut-off
        }
        s.nameStamp[v] = s.epoch;
        s.listMask[v] = 0;
        s.queryMask[v] = 0;
        if (touchedCount == s.touched.length) {
          s.touched = Arrays.copyOf(s.touched, touchedCount * 2);
        }
        s.touched[touchedCount++] = v;
      }
      long b = 1L << pos;
      if (width == 2) {
        b |= 1L << (pos + 1);
      }
      s.listMask[v] |= b;
      s.queryMask[v] |= qbits;
    }
    return touchedCount;
  }
}
