package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random lists and queries: the blocked result equals all-pairs, scores stay in [0, 1], hits are ordered and
 * screening is deterministic. A failing case names its seed.
 */
class EntityScreenerProperties {

  private static final String[] WORDS = {"xinjiang", "hotan", "silicon", "textile", "group", "industry", "daqo",
      "zhongtai", "zhonghe", "huafu", "ninestar", "camel", "esquel", "sun", "speed", "sunspeed", "new", "energy",
      "cotton", "gold", "western", "co", "ltd", "company", "limited", "(shanshan)", "inc", "abcd", "abce", "mining",
      "&", "of", "ja", "solar", "技", "大全", "新疆", "有限公司", "Société", "Ind", "Grp", "int'l", "S.A."};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  private static String name(Random r) {
    int n = 1 + r.nextInt(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (r.nextInt(6) == 0 && w.length() > 3) { // a typo
        int k = r.nextInt(w.length());
        w = w.substring(0, k) + (char) ('a' + r.nextInt(26)) + w.substring(k + 1);
      }
      sb.append(i == 0 ? "" : r.nextInt(8) == 0 ? "" : " ").append(w);
    }
    return sb.toString().isBlank() ? "x" : sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void screen_randomListAndQueries_equalsAllPairsAndIsOrdered(long seed) {
    Random r = new Random(seed);
    List<ScreeningEntry> entries = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ScreeningEntry.Builder b = ScreeningEntry.newBuilder("e" + i, name(r));
      if (r.nextBoolean()) {
        b.alias(name(r));
      }
      if (r.nextBoolean()) {
        b.country(r.nextBoolean() ? "CN" : "US");
      }
      entries.add(b.build());
    }
    double possible = 0.1 + 0.8 * r.nextDouble();
    EntityScreener screener = EntityScreener.newBuilder().entries(entries)
        .thresholds(ScreeningThresholds.defaults().withMatch(Math.max(possible, 0.88)).withPossible(possible)).build();
    for (int k = 0; k < 80; k++) {
      ScreeningQuery.Builder qb = ScreeningQuery.newBuilder(name(r));
      if (r.nextInt(3) == 0) {
        qb.alias(name(r));
      }
      if (r.nextBoolean()) {
        qb.country(r.nextBoolean() ? "CN" : "CA");
      }
      ScreeningQuery q = qb.build();
      List<ScreeningHit> hits = screener.screen(q);
      assertThat(hits).as("seed %d query %s", seed, q).isEqualTo(screener.screenAllPairs(q));
      assertThat(hits).as("seed %d query %s", seed, q).isSortedAccordingTo(ScreeningHit.ORDER)
          .allSatisfy(h -> assertThat(h.score()).isBetween(possible, 1.0));
      assertThat(screener.screen(q)).as("deterministic, seed %d", seed).isEqualTo(hits);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void screen_listedNameItself_isAMatchWithScoreOne(long seed) {
    Random r = new Random(seed);
    List<ScreeningEntry> entries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      entries.add(ScreeningEntry.newBuilder("e" + i, name(r)).build());
    }
    EntityScreener screener = EntityScreener.newBuilder().entries(entries).build();
    for (ScreeningEntry e : entries) {
      String canonical = screener.canonicalForm(e.name());
      boolean screenable = !screener.screen(ScreeningQuery.of(e.name() + " zzzz")).isEmpty()
          || !screener.screen(ScreeningQuery.of(e.name())).isEmpty();
      if (!screenable) {
        continue; // a name of legal forms and stop words only ("Co. Ltd of")
      }
      assertThat(screener.screen(ScreeningQuery.of(e.name())))
          .as("seed %d name %s (%s)", seed, e.name(), canonical)
          .anySatisfy(h -> {
            assertThat(h.entry().id()).isEqualTo(e.id());
            assertThat(h.score()).isEqualTo(1.0);
          });
    }
  }
}
