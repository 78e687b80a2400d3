package org.ctpat4j.risk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A TIP year missing from the reference data is said, once per assessment (issue 12, item 3). */
class ReferenceDataNotesTest {

  private static List<String> notes(ReferenceData d, LocalDate asOf) {
    return d.notes(asOf).stream().map(ReferenceDataNote::message).toList();
  }

  @Test
  void notes_yearWithRows_sayNothing() {
    assertThat(ReferenceData.bundled().notes(LocalDate.of(2025, 10, 1))).isEmpty();
  }

  @Test
  void notes_assessmentYearNotBundled_namesTheYearUsed() {
    assertThat(ReferenceData.bundled().notes(LocalDate.of(2026, 11, 1))).singleElement().satisfies(n -> {
      assertThat(n.list()).isEqualTo(ReferenceList.TIP_TIERS);
      assertThat(n.message()).isEqualTo("TIP report data for 2026 not in the reference data; latest year 2025 used");
    });
  }

  @Test
  void notes_yearWithoutSignallingTiers_saysNoTier3Data() {
    // 2024 is not bundled and 2023 holds Tier 1 and Tier 2 only: before, a Tier 3 country gave no signal and no word
    assertThat(notes(ReferenceData.bundled(), LocalDate.of(2024, 6, 30))).containsExactly(
        "TIP report data for 2024 not in the reference data; latest year 2023 used",
        "The 2023 TIP rows hold only Tier 1 and Tier 2: a country on the Tier 2 Watch List, Tier 3 or a Special Case"
            + " in 2023 gives no signal");
  }

  @Test
  void notes_beforeEveryYear_saysTheRuleIsSilent() {
    assertThat(notes(ReferenceData.bundled(), LocalDate.of(2021, 3, 1))).containsExactly(
        "No TIP report data for 2021 or earlier (the list holds 2023, 2025): the tip-tier rule gives no signal");
  }
}
