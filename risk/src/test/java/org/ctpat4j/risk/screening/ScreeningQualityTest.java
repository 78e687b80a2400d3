package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the labelled set at the default thresholds. A query counts as flagged when it has any hit
 * (POSSIBLE or MATCH); a positive is a true positive when its listed entry is among the hits, a false negative
 * otherwise; a flagged negative is a false positive. The figures are in the assertion descriptions.
 */
class ScreeningQualityTest {

  private static final EntityScreener SCREENER = EntityScreener.newBuilder().entries(UflpaTestList.entries()).build();
  private static final List<LabelledSet.Case> POSITIVES = LabelledSet.positives();
  private static final List<LabelledSet.Case> NEGATIVES = LabelledSet.negatives();

  /** Counts of a screening evaluation; also used by {@code NameBenchTest}. */
  record Confusion(int tp, int fn, int fp, int tn, List<String> errors) {
    double precision() {
      return tp / (double) (tp + fp);
    }

    double recall() {
      return tp / (double) (tp + fn);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "precision %.3f recall %.3f (TP %d FN %d FP %d TN %d) errors %s",
          precision(), recall(), tp, fn, fp, tn, errors);
    }
  }

  private static Confusion evaluate(ScreeningLevel atLeast) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    List<String> errors = new ArrayList<>();
    for (LabelledSet.Case c : POSITIVES) {
      boolean found = SCREENER.screen(ScreeningQuery.of(c.name())).stream()
          .anyMatch(h -> h.entry().id().equals(c.expectedId()) && h.level().compareTo(atLeast) <= 0);
      if (found) {
        tp++;
      } else {
        fn++;
        if (atLeast == ScreeningLevel.POSSIBLE) {
          errors.add("missed [" + c.how() + "] " + c.name());
        }
      }
    }
    for (LabelledSet.Case c : NEGATIVES) {
      List<ScreeningHit> hits = SCREENER.screen(ScreeningQuery.of(c.name()));
      if (hits.stream().anyMatch(h -> h.level().compareTo(atLeast) <= 0)) {
        fp++;
        errors.add("false alarm " + hits.get(0));
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fn, fp, tn, errors);
  }

  @Test
  void labelledSet_isLargeEnough() {
    assertThat(POSITIVES).hasSizeGreaterThanOrEqualTo(300);
    assertThat(NEGATIVES).hasSizeGreaterThanOrEqualTo(300);
    assertThat(POSITIVES).anyMatch(c -> c.how().equals("pinyin")).anyMatch(c -> c.how().equals("chinese script"))
        .anyMatch(c -> c.how().equals("one typo")).anyMatch(c -> c.how().startsWith("locality prefix"));
  }

  @Test
  void negatives_areNotListed() {
    Set<String> listedCanonical = new HashSet<>();
    Set<String> listedTokens = new HashSet<>();
    for (ScreeningEntry e : UflpaTestList.entries()) {
      for (String n : e.names()) {
        String canonical = SCREENER.canonicalForm(n);
        listedCanonical.add(canonical);
        listedTokens.addAll(List.of(canonical.split(" ")));
      }
    }
    for (String brand : LabelledSet.BRANDS) {
      assertThat(listedTokens).as("brand %s is a listed word", brand).doesNotContain(brand.toLowerCase(Locale.ROOT));
    }
    for (LabelledSet.Case c : NEGATIVES) {
      assertThat(listedCanonical).as(c.name()).doesNotContain(SCREENER.canonicalForm(c.name()));
    }
  }

  @Test
  void defaultThresholds_reachPrecisionAndRecallGoals() {
    Confusion any = evaluate(ScreeningLevel.POSSIBLE);
    System.out.println("[labelled set] at POSSIBLE: " + any);
    assertThat(any.recall()).as("recall at POSSIBLE: %s", any).isGreaterThanOrEqualTo(0.95);
    assertThat(any.precision()).as("precision at POSSIBLE: %s", any).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void matchLevel_isPreciseAndCatchesMostVariants() {
    Confusion match = evaluate(ScreeningLevel.MATCH);
    System.out.println("[labelled set] at MATCH: " + match);
    assertThat(match.precision()).as("precision at MATCH: %s", match).isGreaterThanOrEqualTo(0.99);
    assertThat(match.recall()).as("recall at MATCH: %s", match).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void blockedScreening_equalsAllPairs_onLabelledSet() {
    List<LabelledSet.Case> all = new ArrayList<>(POSITIVES);
    all.addAll(NEGATIVES);
    for (LabelledSet.Case c : all) {
      ScreeningQuery q = ScreeningQuery.of(c.name(), "CN");
      assertThat(SCREENER.screen(q)).as(c.name()).isEqualTo(SCREENER.screenAllPairs(q));
    }
  }

  @Test
  void blockedScreening_equalsAllPairs_atLowCutoff() {
    EntityScreener loose = EntityScreener.newBuilder().entries(UflpaTestList.entries())
        .thresholds(ScreeningThresholds.defaults().withPossible(0.2)).build();
    int withHits = 0;
    for (LabelledSet.Case c : NEGATIVES) {
      ScreeningQuery q = ScreeningQuery.of(c.name());
      List<ScreeningHit> blocked = loose.screen(q);
      assertThat(blocked).as(c.name()).isEqualTo(loose.screenAllPairs(q));
      withHits += blocked.isEmpty() ? 0 : 1;
    }
    assertThat(withHits).as("the loose cut-off must exercise the index").isGreaterThan(100);
  }

  @Test
  void publishedListWithoutChineseAliases_stillFindsLatinVariants() {
    EntityScreener published = EntityScreener.newBuilder().entries(UflpaTestList.entriesAsPublished()).build();
    long found = POSITIVES.stream().filter(c -> LabelledSet.isLatin(c.name()) && !c.how().equals("pinyin"))
        .filter(c -> published.screen(ScreeningQuery.of(c.name())).stream()
            .anyMatch(h -> h.entry().id().equals(c.expectedId())))
        .count();
    long total = POSITIVES.stream().filter(c -> LabelledSet.isLatin(c.name()) && !c.how().equals("pinyin")).count();
    assertThat(found / (double) total).as("%d of %d", found, total).isGreaterThanOrEqualTo(0.95);
  }
}
