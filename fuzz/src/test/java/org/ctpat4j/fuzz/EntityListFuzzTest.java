package org.ctpat4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;

/**
 * The UFLPA Entity List CSV reader ({@code --entity-list}) on arbitrary bytes: it loads the list or throws a
 * {@link ReferenceDataException} naming where the problem is, never anything else.
 */
class EntityListFuzzTest {

  private static final ReferenceDataVersion VERSION =
      new ReferenceDataVersion(ReferenceList.UFLPA_ENTITY_LIST.title(), "fuzz", false, "fuzz", "fuzz", "");

  @FuzzTest(maxDuration = "10m")
  void entityList(byte[] csv) {
    try {
      ReferenceData.Builder builder = ReferenceData.newBuilder();
      // The other lists empty (header only), so that each run parses the fuzzed list, not the bundled ones.
      for (ReferenceList other : ReferenceList.values()) {
        if (other != ReferenceList.UFLPA_ENTITY_LIST) {
          builder.load(
              other,
              (String.join(",", other.header()) + "\n").getBytes(StandardCharsets.UTF_8),
              new ReferenceDataVersion(other.title(), "empty", false, "fuzz", "fuzz", ""));
        }
      }
      ReferenceData data = builder.load(ReferenceList.UFLPA_ENTITY_LIST, csv, VERSION).build();
      assertThat(data.uflpaEntities()).allSatisfy(e -> assertThat(e.name()).isNotBlank());
    } catch (ReferenceDataException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
