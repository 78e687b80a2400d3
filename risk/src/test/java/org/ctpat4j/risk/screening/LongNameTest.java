package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screening cost is bounded by design: names of 1,000 to 100,000 characters, on the supplier side and on the list
 * side, in the shapes that made the cost cubic (one long token) or unbounded (many tokens, long Chinese runs). The
 * timeouts only guard against a hang; speed is measured by the benchmark.
 */
class LongNameTest {

  private static final EntityScreener UFLPA = EntityScreener.newBuilder().entries(UflpaTestList.entries()).build();

  /** Generated long names, by shape. */
  static Stream<Arguments> longNames() {
    IntFunction<String> oneToken = n -> "A".repeat(n);
    IntFunction<String> oneTokenAlmost = n -> "A".repeat(n - 1) + "B";
    IntFunction<String> manyTokens = n -> "Hoshine ".repeat(n / 8 + 1).substring(0, n);
    IntFunction<String> han = n -> "合盛硅业".repeat(n / 4 + 1).substring(0, n);
    IntFunction<String> random = n -> {
      Random r = new Random(n);
      StringBuilder sb = new StringBuilder(n);
      while (sb.length() < n) {
        sb.append(r.nextInt(7) == 0 ? ' ' : (char) ('a' + r.nextInt(26)));
      }
      return sb.toString();
    };
    IntFunction<String> stopWords = n -> "of the ".repeat(n / 7 + 1).substring(0, n);
    Stream.Builder<Arguments> out = Stream.builder();
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      out.add(Arguments.of("one token", n, oneToken.apply(n), oneTokenAlmost.apply(n)));
      out.add(Arguments.of("many tokens", n, manyTokens.apply(n), manyTokens.apply(n)));
      out.add(Arguments.of("Chinese script", n, han.apply(n), han.apply(n)));
      out.add(Arguments.of("random words", n, random.apply(n), random.apply(n + 1)));
      out.add(Arguments.of("stop words", n, stopWords.apply(n), stopWords.apply(n)));
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0}, {1} chars")
  @MethodSource("longNames")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void screen_longSupplierName_completes(String shape, int length, String name, String other) {
    List<ScreeningHit> hits = UFLPA.screen(ScreeningQuery.of(name, "CN"));
    assertThat(hits).as(shape).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
    assertThat(UFLPA.screenAllPairs(ScreeningQuery.of(name, "CN"))).isEqualTo(hits);
  }

  @ParameterizedTest(name = "{0}, {1} chars")
  @MethodSource("longNames")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void screen_longListedName_buildsAndScreensInBoundedTime(String shape, int length, String name, String other) {
    ScreeningEntry listed = ScreeningEntry.newBuilder("long", name).alias(other).country("CN").build();
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(listed)).build();
    List<ScreeningHit> hits = screener.screen(ScreeningQuery.of(other, "CN"));
    assertThat(screener.screenAllPairs(ScreeningQuery.of(other, "CN"))).isEqualTo(hits);
    if (!screener.canonicalForm(other).isEmpty()) {
      assertThat(hits).as("%s: the alias is listed as given", shape).singleElement()
          .satisfies(h -> assertThat(h.level()).isEqualTo(ScreeningLevel.MATCH));
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void screen_namesBeyondTheTokenCap_matchOnWhatWasComparedAndSayWhatWasNot() {
    String name = "Hoshine Silicon Industry (Shanshan) Co., Ltd. " + "zzyzx ".repeat(20_000);
    ScreeningEntry listed = ScreeningEntry.newBuilder("h", name).country("CN").build();
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(listed)).build();
    ScreeningHit hit = screener.screen(ScreeningQuery.of(name, "CN")).get(0);
    assertThat(hit.level()).isEqualTo(ScreeningLevel.MATCH);
    assertThat(hit.explanation().notes()).containsExactly(
        "supplier name: 19,942 tokens after the 64th not compared",
        "listed name: 19,942 tokens after the 64th not compared");
    assertThat(hit.explanation().toString()).contains("not compared");
  }

  @Test
  void typoMatching_stopsAtTheDocumentedTokenLength() {
    String base = "abcdefghijklmnopqrstuvwx"; // 24 letters, the longest compared with typos
    ScreeningEntry listed = ScreeningEntry.newBuilder("x", base).build();
    EntityScreener screener = EntityScreener.newBuilder().entries(List.of(listed)).build();
    assertThat(screener.screen(ScreeningQuery.of("abcdefghijklmnopqrstuvwy"))).singleElement();
    ScreeningEntry longer = ScreeningEntry.newBuilder("y", base + "yz").build();
    EntityScreener longScreener = EntityScreener.newBuilder().entries(List.of(longer)).build();
    assertThat(longScreener.screen(ScreeningQuery.of(base + "yy"))).isEmpty();
    assertThat(longScreener.screen(ScreeningQuery.of(base + "yz"))).singleElement();
  }
}
