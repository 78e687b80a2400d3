package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctpat4j.risk.screening.Explanation.DiscountedToken;
import org.ctpat4j.risk.screening.Explanation.MatchKind;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.Explanation.TokenMatch;
import org.ctpat4j.risk.screening.ScreeningThresholds;

/**
 * The precise name scorer (see {@link ScreeningThresholds} for the formula). Token pairs are aligned greedily: best
 * similarity first, then heavier pairs, then list order; then unmatched adjacent tokens are joined. Deterministic and
 * stateless.
 */
public final class Scorer {

  private final ScreeningThresholds thresholds;

  /**
   * Creates a scorer.
   *
   * @param thresholds weights and penalties
   */
  public Scorer(ScreeningThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** The alignment of two names and the score it gives. */
  public static final class Result {
    final int[] listPartner; // per list token: query token index, -1 unmatched, -2 - i when joined from q[i], q[i+1]
    final int[] queryPartner; // per query token: list token index, -1 unmatched, -2 - j when joined from l[j], l[j+1]
    double score;
    final List<String> notes = new ArrayList<>(0);

    Result(int q, int l) {
      listPartner = new int[l];
      queryPartner = new int[q];
      Arrays.fill(listPartner, -1);
      Arrays.fill(queryPartner, -1);
    }

    /**
     * The name score in [0, 1].
     *
     * @return the score
     */
    public double score() {
      return score;
    }
  }

  /**
   * Scores a supplier name against a listed name.
   *
   * @param q the supplier name
   * @param l the listed name
   * @return the alignment and score
   */
  public Result score(PreparedName q, PreparedName l) {
    Result r = new Result(q.tokens.length, l.tokens.length);
    if (!q.screenable() || !l.screenable()) {
      r.score = 0;
      return r;
    }
    // candidate pairs
    int n = q.tokens.length;
    int m = l.tokens.length;
    long[] pairs = new long[Math.min(n * m, 4096)];
    double[] sims = new double[pairs.length];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (q.weights[i] <= 0) {
        continue;
      }
      for (int j = 0; j < m; j++) {
        if (l.weights[j] <= 0 || count == pairs.length) {
          continue;
        }
        int e = TokenDistance.edits(q.tokens[i], l.tokens[j]);
        if (e >= 0) {
          pairs[count] = ((long) i << 32) | j;
          sims[count] = 1.0 - thresholds.typoPenalty() * e;
          count++;
        }
      }
    }
    Integer[] order = new Integer[count];
    for (int k = 0; k < count; k++) {
      order[k] = k;
    }
    final long[] p = pairs;
    final double[] s = sims;
    Arrays.sort(order, (x, y) -> {
      int c = Double.compare(s[y], s[x]);
      if (c != 0) {
        return c;
      }
      int ix = (int) (p[x] >>> 32);
      int jx = (int) p[x];
      int iy = (int) (p[y] >>> 32);
      int jy = (int) p[y];
      c = Double.compare(q.weights[iy] + l.weights[jy], q.weights[ix] + l.weights[jx]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(jx, jy);
      return c != 0 ? c : Integer.compare(ix, iy);
    });
    double[] simL = new double[m]; // similarity credited to each list token (0 when unmatched)
    double[] simQ = new double[n];
    boolean distinctiveMatched = false;
    for (Integer k : order) {
      int i = (int) (p[k] >>> 32);
      int j = (int) p[k];
      if (r.queryPartner[i] != -1 || r.listPartner[j] != -1) {
        continue;
      }
      r.queryPartner[i] = j;
      r.listPartner[j] = i;
      simL[j] = s[k];
      simQ[i] = s[k];
      distinctiveMatched |= isDistinctive(l, j);
    }
    // joined: two adjacent query tokens equal one list token
    for (int j = 0; j < m; j++) {
      if (r.listPartner[j] != -1 || l.weights[j] <= 0) {
        continue;
      }
      for (int i = 0; i + 1 < n; i++) {
        if (r.queryPartner[i] == -1 && r.queryPartner[i + 1] == -1 && q.weights[i] > 0 && q.weights[i + 1] > 0
            && joinedEquals(q.tokens[i], q.tokens[i + 1], l.tokens[j])) {
          r.listPartner[j] = -2 - i;
          r.queryPartner[i] = j;
          r.queryPartner[i + 1] = j;
          simL[j] = 1.0;
          simQ[i] = 1.0;
          simQ[i + 1] = 1.0;
          distinctiveMatched |= isDistinctive(l, j);
          break;
        }
      }
    }
    // joined: one query token equals two adjacent list tokens
    for (int i = 0; i < n; i++) {
      if (r.queryPartner[i] != -1 || q.weights[i] <= 0) {
        continue;
      }
      for (int j = 0; j + 1 < m; j++) {
        if (r.listPartner[j] == -1 && r.listPartner[j + 1] == -1 && l.weights[j] > 0 && l.weights[j + 1] > 0
            && joinedEquals(l.tokens[j], l.tokens[j + 1], q.tokens[i])) {
          r.queryPartner[i] = -2 - j;
          r.listPartner[j] = i;
          r.listPartner[j + 1] = i;
          simL[j] = 1.0;
          simL[j + 1] = 1.0;
          simQ[i] = 1.0;
          distinctiveMatched |= isDistinctive(l, j) || isDistinctive(l, j + 1);
          break;
        }
      }
    }
    double a = thresholds.listCoverageWeight();
    // coverage as 1 - lost weight / total weight, so that a full exact match is exactly 1.0
    double lostL = 0;
    for (int j = 0; j < m; j++) {
      lostL += l.weights[j] * (1.0 - simL[j]);
    }
    double lostQ = 0;
    for (int i = 0; i < n; i++) {
      lostQ += q.weights[i] * (1.0 - simQ[i]);
    }
    double score = a * (1.0 - lostL / l.totalWeight) + (1 - a) * (1.0 - lostQ / q.totalWeight);
    if (l.hasDistinctive && !distinctiveMatched) {
      score = Math.min(score, thresholds.noDistinctiveCap());
    }
    r.score = Math.max(0.0, Math.min(1.0, score));
    return r;
  }

  private static boolean isDistinctive(PreparedName l, int j) {
    return l.name.classes()[j] == TokenClass.DISTINCTIVE && !l.name.parenthetical()[j];
  }

  static boolean joinedEquals(String a, String b, String whole) {
    return whole.length() == a.length() + b.length() && whole.startsWith(a) && whole.endsWith(b);
  }

  /**
   * The matched token pairs, in list order.
   *
   * @param q the supplier name
   * @param l the listed name
   * @param r their alignment
   * @return the matches
   */
  public static List<TokenMatch> matches(PreparedName q, PreparedName l, Result r) {
    List<TokenMatch> out = new ArrayList<>();
    for (int j = 0; j < l.tokens.length; j++) {
      int p = r.listPartner[j];
      TokenClass c = l.name.classes()[j];
      if (p >= 0) {
        int qi = p;
        if (r.queryPartner[qi] < -1) { // one query token joined to l[j], l[j+1]
          if (r.queryPartner[qi] == -2 - j) {
            out.add(new TokenMatch(q.tokens[qi], l.tokens[j] + " " + l.tokens[j + 1], MatchKind.JOINED, 0, c));
          }
          continue;
        }
        int e = TokenDistance.edits(q.tokens[qi], l.tokens[j]);
        out.add(new TokenMatch(q.tokens[qi], l.tokens[j], e == 0 ? MatchKind.EXACT : MatchKind.TYPO, e, c));
      } else if (p < -1) {
        int qi = -2 - p;
        out.add(new TokenMatch(q.tokens[qi] + " " + q.tokens[qi + 1], l.tokens[j], MatchKind.JOINED, 0, c));
      }
    }
    return out;
  }

  /**
   * Tokens of either name that weigh less than a distinctive token, list name first, without repeats.
   *
   * @param q the supplier name
   * @param l the listed name
   * @return the discounted tokens
   */
  public static List<DiscountedToken> discounted(PreparedName q, PreparedName l) {
    Set<DiscountedToken> out = new LinkedHashSet<>();
    for (PreparedName name : List.of(l, q)) {
      for (int k = 0; k < name.tokens.length; k++) {
        TokenClass c = name.name.classes()[k];
        if (c != TokenClass.DISTINCTIVE) {
          out.add(new DiscountedToken(name.tokens[k], c));
        } else if (name.name.parenthetical()[k]) {
          out.add(new DiscountedToken(name.tokens[k], TokenClass.LOCALITY));
        }
      }
      for (String stop : name.name.stopwords()) {
        out.add(new DiscountedToken(stop, TokenClass.STOPWORD));
      }
    }
    return List.copyOf(out);
  }

  /**
   * What else shaped the score of a pair, one sentence each.
   *
   * @param q the supplier name
   * @param l the listed name
   * @param r their alignment
   * @return the notes, possibly empty
   */
  public static List<String> notes(PreparedName q, PreparedName l, Result r) {
    List<String> out = new ArrayList<>(r.notes);
    notCompared(out, "supplier", q);
    notCompared(out, "listed", l);
    return out;
  }

  private static void notCompared(List<String> out, String side, PreparedName name) {
    int n = name.name.notCompared();
    if (n > 0) {
      out.add(String.format(Locale.ROOT, "%s name: %,d token%s after the %dth not compared", side, n,
          n == 1 ? "" : "s", Normalizer.MAX_TOKENS));
    }
  }

  /**
   * Tokens without a partner, legal forms left out.
   *
   * @param name a name
   * @param partners its partner array from a {@link Result}
   * @return the unmatched tokens in name order
   */
  static List<String> unmatched(PreparedName name, int[] partners) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < name.tokens.length; k++) {
      if (partners[k] == -1 && name.name.classes()[k] != TokenClass.LEGAL_FORM) {
        out.add(name.tokens[k]);
      }
    }
    return out;
  }

  /**
   * Unmatched tokens of the supplier name.
   *
   * @param q the supplier name
   * @param r the alignment
   * @return the tokens
   */
  public static List<String> unmatchedQuery(PreparedName q, Result r) {
    return unmatched(q, r.queryPartner);
  }

  /**
   * Unmatched tokens of the listed name.
   *
   * @param l the listed name
   * @param r the alignment
   * @return the tokens
   */
  public static List<String> unmatchedList(PreparedName l, Result r) {
    return unmatched(l, r.listPartner);
  }
}
