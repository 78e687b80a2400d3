package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.UflpaEntity;
import org.ctpat4j.risk.screening.Romanizer;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningThresholds;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.EntityMatch;
import org.junit.jupiter.api.Test;

/** The screening engine behind the {@code uflpa-entity-list} rule, on real rows of the bundled list. */
class ScreeningEntityMatcherTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final List<UflpaEntity> LIST = ReferenceData.bundled().uflpaEntities();

  private static Facility facility(String name, String country) {
    return new Facility("f1", name, List.of(), country, null, null, Identifiers.NONE, false);
  }

  private static List<RiskSignal> entitySignals(RiskEngine engine, Facility f, LocalDate asOf) {
    Dossier d =
        new Dossier(
            Dossier.FORMAT,
            asOf,
            new Partner("Acme Imports", "US", BusinessEntityType.US_IMPORTER, List.of()),
            List.of(f),
            List.of(new Material("m1", "Polysilicon", "2804.61")),
            List.of(),
            List.of(),
            List.of(new Product("p1", "Polysilicon", "2804.61", f.id())),
            Evidence.NONE);
    RiskResult r = engine.assess(d, asOf);
    return r.facility(f.id()).map(x -> x.signals()).orElse(List.of()).stream()
        .filter(s -> s.rule().equals("uflpa-entity-list"))
        .toList();
  }

  @Test
  void standardEngine_abbreviatedReorderedName_raisesHighWithExplanation() {
    Facility f = facility("DAQO NEW ENERGY (XINJIANG) CO LTD", "CN");
    List<RiskSignal> signals = entitySignals(RiskEngine.newBuilder().build(), f, AS_OF);
    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
      assertThat(s.reason()).contains("Xinjiang Daqo New Energy Co., Ltd.").contains("matched");
    });
  }

  @Test
  void exactEngine_sameName_isNotMatched() {
    Facility f = facility("DAQO NEW ENERGY (XINJIANG) CO LTD", "CN");
    RiskEngine exact = RiskEngine.newBuilder().entityMatcher(RiskEngine.exactEntityMatcher()).build();
    assertThat(entitySignals(exact, f, AS_OF)).isEmpty();
  }

  @Test
  void standardEngine_chineseScriptName_raisesHigh() {
    Facility f = facility("新疆大全新能源股份有限公司", "CN");
    assertThat(entitySignals(RiskEngine.newBuilder().build(), f, AS_OF))
        .extracting(RiskSignal::level)
        .containsExactly(RiskLevel.HIGH);
  }

  @Test
  void standardEngine_listingNotYetInForce_isNotMatched() {
    Facility f = facility("TBEA Co., Ltd.", "CN");
    // the TBEA row takes effect 2026-08-03 (Federal Register 2026-15628)
    assertThat(entitySignals(RiskEngine.newBuilder().build(), f, LocalDate.of(2026, 8, 2))).isEmpty();
    assertThat(entitySignals(RiskEngine.newBuilder().build(), f, LocalDate.of(2026, 8, 3))).hasSize(1);
  }

  @Test
  void standardEngine_unrelatedName_raisesNothing() {
    Facility f = facility("Great Lakes Furniture Manufacturing Co.", "CA");
    assertThat(entitySignals(RiskEngine.newBuilder().build(), f, AS_OF)).isEmpty();
  }

  @Test
  void match_possibleHit_isMediumForReview() {
    // A one-letter difference from the alias "Hoyuan Green Energy Co. Ltd." with an extra generic word: the
    // screener ranks it POSSIBLE, which must reach the rule as a MEDIUM signal, never HIGH.
    Facility f = facility("Shandong Boyuan Green Energy Group", "CN");
    List<EntityMatch> matches = ScreeningEntityMatcher.standard().match(f, LIST);
    assertThat(matches).isNotEmpty();
    assertThat(matches).allSatisfy(m -> {
      assertThat(m.level()).isEqualTo(RiskLevel.MEDIUM);
      assertThat(m.score()).isBetween(0.0, 1.0);
      assertThat(m.explanation()).isNotBlank();
    });
  }

  @Test
  void entries_oneEntryPerRow_withChineseNamesAdded() {
    List<ScreeningEntry> entries = ScreeningEntityMatcher.entries(LIST);
    assertThat(entries).hasSize(LIST.size());
    assertThat(entries)
        .filteredOn(e -> e.name().equals("Xinjiang Daqo New Energy Co., Ltd."))
        .singleElement()
        .satisfies(e -> assertThat(e.names()).contains("新疆大全新能源股份有限公司", "Xinjiang Great New Energy Co., Ltd."));
  }

  @Test
  void match_sameListInstance_reusesTheIndexAndIsDeterministic() {
    Facility f = facility("Xinjiang Great New Energy", "CN");
    List<EntityMatch> first = ScreeningEntityMatcher.standard().match(f, LIST);
    List<EntityMatch> second = ScreeningEntityMatcher.standard().match(f, LIST);
    assertThat(first).isEqualTo(second).isNotEmpty();
    assertThat(first.get(0).entity().name()).isEqualTo("Xinjiang Daqo New Energy Co., Ltd.");
  }

  @Test
  void match_fromManyThreadsOnAFreshMatcher_givesEveryThreadTheSameHits() throws Exception {
    ScreeningEntityMatcher fresh = ScreeningEntityMatcher.of(
        ScreeningThresholds.defaults(),
        Romanizer.defaults());
    Facility f = facility("Xinjiang Great New Energy", "CN");
    List<EntityMatch> expected = ScreeningEntityMatcher.standard().match(f, LIST);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<EntityMatch>>> all = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        all.add(pool.submit(() -> {
          start.await();
          return fresh.match(f, LIST);
        }));
      }
      start.countDown();
      for (Future<List<EntityMatch>> r : all) {
        assertThat(r.get()).isEqualTo(expected).isNotEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
