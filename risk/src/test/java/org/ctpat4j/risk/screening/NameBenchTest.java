package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.ctpat4j.risk.internal.csv.Csv;
import org.junit.jupiter.api.Test;

/**
 * OpenSanctions' name-matching benchmark, organisation rows (see {@code name_bench_organisations.PROVENANCE.md}):
 * pairwise, the first name screened against a list holding only the second, a hit at POSSIBLE or MATCH counting as
 * "same entity". A naive baseline, the token-set ratio of fuzzy string matching at its customary cut-off of 0.8, is
 * measured in the same run. Both figures are printed; the floors asserted are the ones reached.
 */
class NameBenchTest {

  private static final String FILE = "name_bench_organisations.csv";
  private static final List<String> HEADER =
      List.of("case_group", "schema", "name1", "name2", "is_match", "quality", "category", "notes");

  record Pair(int line, String name1, String name2, boolean same) {}

  static List<Pair> pairs() {
    try (InputStream in = NameBenchTest.class.getResourceAsStream(FILE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Pair> out = new ArrayList<>();
      for (Csv.Row r : Csv.parse(FILE, text, HEADER, IllegalStateException::new)) {
        out.add(new Pair(r.line(), r.get(2), r.get(3), Boolean.parseBoolean(r.get(4))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface Matcher {
    boolean same(String name1, String name2);
  }

  static ScreeningQualityTest.Confusion evaluate(List<Pair> pairs, Matcher m) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<String> errors = new ArrayList<>();
    for (Pair p : pairs) {
      boolean said = m.same(p.name1(), p.name2());
      if (said && p.same()) {
        tp++;
      } else if (said) {
        fp++;
        errors.add("FP line " + p.line() + ": " + p.name1() + " | " + p.name2());
      } else if (p.same()) {
        fn++;
        errors.add("FN line " + p.line() + ": " + p.name1() + " | " + p.name2());
      } else {
        tn++;
      }
    }
    return new ScreeningQualityTest.Confusion(tp, fn, fp, tn, errors);
  }

  private static String figures(ScreeningQualityTest.Confusion c) {
    return String.format(Locale.ROOT, "precision %.3f recall %.3f (TP %d FP %d FN %d TN %d)", c.precision(),
        c.recall(), c.tp(), c.fp(), c.fn(), c.tn());
  }

  static boolean screened(String name1, String name2) {
    EntityScreener screener = EntityScreener.newBuilder()
        .entries(List.of(ScreeningEntry.newBuilder("listed", name2).build())).build();
    return !screener.screen(ScreeningQuery.of(name1)).isEmpty();
  }

  /** Token-set ratio: tokens folded to lower-case letters and digits, the best Indel ratio of the three strings. */
  static double tokenSetRatio(String a, String b) {
    TreeSet<String> ta = tokens(a);
    TreeSet<String> tb = tokens(b);
    TreeSet<String> common = new TreeSet<>(ta);
    common.retainAll(tb);
    TreeSet<String> onlyA = new TreeSet<>(ta);
    onlyA.removeAll(tb);
    TreeSet<String> onlyB = new TreeSet<>(tb);
    onlyB.removeAll(ta);
    String t0 = String.join(" ", common);
    String t1 = (t0 + " " + String.join(" ", onlyA)).strip();
    String t2 = (t0 + " " + String.join(" ", onlyB)).strip();
    double best = Math.max(indelRatio(t1, t2), t0.isEmpty() ? 0 : Math.max(indelRatio(t0, t1), indelRatio(t0, t2)));
    return best;
  }

  private static TreeSet<String> tokens(String s) {
    TreeSet<String> out = new TreeSet<>();
    for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** 1 - (insertions + deletions) / (|a| + |b|), through the longest common subsequence. */
  static double indelRatio(String a, String b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      Arrays.fill(cur, 0);
    }
    int lcs = prev[b.length()];
    return 2.0 * lcs / (a.length() + b.length());
  }

  @Test
  void tokenSetRatio_behavesAsTheKnownBaseline() {
    assertThat(tokenSetRatio("Siemens AG", "AG Siemens")).isEqualTo(1.0);
    assertThat(tokenSetRatio("Siemens", "Siemens AG")).isEqualTo(1.0);
    assertThat(tokenSetRatio("abc", "xyz")).isEqualTo(0.0);
    assertThat(indelRatio("kitten", "sitting")).isCloseTo(8.0 / 13, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void screening_beatsTheBaselineAndReachesItsFloors() {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSize(266);
    ScreeningQualityTest.Confusion ours = evaluate(pairs, NameBenchTest::screened);
    ScreeningQualityTest.Confusion baseline = evaluate(pairs, (a, b) -> tokenSetRatio(a, b) >= 0.8);
    System.out.println("[name bench] screening: " + figures(ours));
    System.out.println("[name bench] token-set ratio >= 0.8: " + figures(baseline));
    ours.errors().forEach(e -> System.out.println("[name bench]   " + e));
    assertThat(ours.precision()).as(figures(ours)).isGreaterThanOrEqualTo(0.90);
    assertThat(ours.recall()).as(figures(ours)).isGreaterThanOrEqualTo(0.90);
    assertThat(ours.precision()).as("better than the baseline").isGreaterThan(baseline.precision());
    assertThat(ours.recall()).as("better than the baseline").isGreaterThan(baseline.recall());
  }
}
