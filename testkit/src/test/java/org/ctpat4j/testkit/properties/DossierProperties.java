package org.ctpat4j.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.core.validation.DossierValidator;
import org.ctpat4j.testkit.builders.EvidenceGap;
import org.ctpat4j.testkit.junit.Seeded;
import org.ctpat4j.testkit.junit.TestSeed;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Properties of ctpat4j-core's validator and JSON form on generated dossiers (here because core cannot depend on the
 * testkit). A failure prints the seed.
 */
@Seeded
class DossierProperties {

  private static final DossierValidator VALIDATOR = DossierValidator.standard();

  @RepeatedTest(15)
  void generatedDossier_validatesClean_andRoundTripsThroughJson(TestSeed seed) {
    GeneratedCase c = GeneratedCase.draw(seed, true);
    Dossier d = c.chain().dossier();
    if (c.gap().filter(g -> g == EvidenceGap.MISSING_DOCUMENTS).isPresent()) {
      assertThat(VALIDATOR.validate(d)).as("%s: broken references on purpose", c.description()).isNotEmpty();
      return;
    }
    assertThat(VALIDATOR.validate(d)).as("%s: problems", c.description()).isEmpty();
    String json = DossierWriter.standard().write(d);
    Dossier back = DossierReader.strict().read(json);
    assertThat(back).as("%s: read back", c.description()).isEqualTo(d);
    assertThat(DossierWriter.standard().write(back)).as("%s: written again", c.description()).isEqualTo(json);
  }
}
