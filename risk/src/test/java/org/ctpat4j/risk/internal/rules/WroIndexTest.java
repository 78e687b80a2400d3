package org.ctpat4j.risk.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ctpat4j.risk.data.ReferenceData;
import org.junit.jupiter.api.Test;

/** The names a Withhold Release Order or Finding covers, read from the scope text as CBP and the press write it. */
class WroIndexTest {

  @Test
  void names_dropGroupWordsAndGoods_andKeepEveryEntity() {
    assertThat(WroIndex.names(
        "FGV Holdings Berhad, its subsidiaries and joint ventures (palm oil and palm oil products)"))
        .containsExactly("FGV Holdings Berhad");
    assertThat(WroIndex.names("Top Glove Sdn. Bhd. and TG Medical Sdn. Bhd. (Top Glove Corporation Bhd; disposable"
        + " gloves)")).containsExactly("Top Glove Sdn. Bhd", "TG Medical Sdn. Bhd", "Top Glove Corporation Bhd");
    assertThat(WroIndex.names("Yunnan Machinery, a/k/a Golden Horse (JinMa) Diesel Factory, a/k/a Yunnan 1st Prison"))
        .contains("Yunnan Machinery", "Golden Horse Diesel Factory", "Yunnan 1st Prison");
    assertThat(WroIndex.names("Hetian Haolin Hair Accessories Co., Ltd.")).containsExactly(
        "Hetian Haolin Hair Accessories Co., Ltd");
    assertThat(WroIndex.names("Fishing Vessel: Da Wang (Vanuatu-flagged, Taiwan-owned; seafood)")).first()
        .isEqualTo("Da Wang");
  }

  @Test
  void merchandiseScopes_areRecognised_andNameOnlyTheirOperators() {
    assertThat(WroIndex.isMerchandise(
        "All Turkmenistan Cotton or products produced in whole or in part with Turkmenistan cotton.")).isTrue();
    assertThat(WroIndex.isMerchandise("Tobacco produced in the Republic of Malawi by Malawian workers")).isTrue();
    assertThat(WroIndex.isMerchandise("Hoshine Silicon Industry Co., Ltd.")).isFalse();
    assertThat(WroIndex.merchandiseNames(
        "All seafood harvested by vessels owned or operated by Dalian Ocean Fishing Co., Ltd."))
        .containsExactly("Dalian Ocean Fishing Co., Ltd");
  }

  @Test
  void merchandiseRows_ofACountry_areItsMerchandiseOrders_inListOrder() {
    ReferenceData data = ReferenceData.bundled();
    WroIndex index = WroIndex.of(data);
    int merchandise = 0;
    for (String iso : data.wroFindings().stream().map(w -> w.isoAlpha2().toUpperCase(Locale.ROOT)).distinct()
        .toList()) {
      var rows = index.merchandiseRows(iso);
      for (WroIndex.Row row : rows) {
        assertThat(row.merchandise()).isTrue();
        assertThat(row.superseded()).isFalse();
        assertThat(row.finding().isoAlpha2()).isEqualToIgnoringCase(iso);
      }
      assertThat(rows.stream().map(r -> data.wroFindings().indexOf(r.finding())).toList()).isSorted();
      merchandise += rows.size();
      long expected = data.wroFindings().stream()
          .filter(w -> w.isoAlpha2().equalsIgnoreCase(iso) && WroIndex.isMerchandise(w.entityOrScope()))
          .count();
      assertThat((long) rows.size()).as(iso).isLessThanOrEqualTo(expected);
    }
    // the bundled lists hold orders on whole merchandise (Turkmenistan cotton, Malawi tobacco, ...)
    assertThat(merchandise).isPositive();
    assertThat(index.merchandiseRows("ZZ")).isEmpty();
    assertThat(index.merchandiseRows("TM")).extracting(r -> r.finding().entityOrScope())
        .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("cotton"));
  }
}
