package org.ctpat4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.RequirementDefinition.EffectiveDate;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.RemediationCase;
import org.junit.jupiter.api.Test;

/**
 * Regression tests: methods of the exported API that accepted {@code null} silently (a lookup in an empty list, a fixed
 * date) or failed with a bare {@code NullPointerException} now reject it naming the argument, as their packages state.
 */
class NullArgumentsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  private static Dossier dossier(List<Facility> facilities, List<Material> materials) {
    Partner partner = new Partner("Acme", "US", BusinessEntityType.US_IMPORTER, null);
    return new Dossier("ctpat4j-dossier/1", DAY, partner, facilities, materials, null, null, null, null);
  }

  @Test
  void facility_nullId_throwsNpeNamingIt_evenWhenThereAreNoFacilities() {
    assertThatNullPointerException().isThrownBy(() -> dossier(List.of(), List.of()).facility(null)).withMessage("id");
    Dossier one = dossier(List.of(new Facility("f1", "Plant", "VN", null)), List.of());
    assertThatNullPointerException().isThrownBy(() -> one.facility(null)).withMessage("id");
    assertThat(one.facility("f1")).isPresent();
  }

  @Test
  void material_nullId_throwsNpeNamingIt() {
    Dossier d = dossier(List.of(), List.of(new Material("m1", "Cotton", "5201")));
    assertThatNullPointerException().isThrownBy(() -> d.material(null)).withMessage("id");
    assertThat(d.material("m1")).isPresent();
  }

  @Test
  void document_nullId_throwsNpeNamingIt() {
    Evidence e =
        new Evidence(null, null, null, null, null, null, null, null, null, List.of(new Document("d1", "PO", null)));
    assertThatNullPointerException().isThrownBy(() -> e.document(null)).withMessage("id");
    assertThat(e.document("d1")).isPresent();
  }

  @Test
  void isOpenOn_nullDate_throwsNpeNamingIt() {
    RemediationCase c = new RemediationCase("r1", "f1", DAY, List.of(), null, List.of(), null);
    assertThatNullPointerException().isThrownBy(() -> c.isOpenOn(null)).withMessage("date");
    assertThat(c.isOpenOn(DAY)).isTrue();
  }

  @Test
  void is_nullCode_throwsNpeNamingIt() {
    Problem p = new Problem("/asOf", ProblemCode.values()[0], "bad");
    assertThatNullPointerException().isThrownBy(() -> p.is(null)).withMessage("problemCode");
    assertThat(p.is(ProblemCode.values()[0])).isTrue();
  }

  @Test
  void inForceFor_fixedWithNullMemberSince_throwsLikeGracePeriod() {
    EffectiveDate fixed = new EffectiveDate.Fixed(DAY);
    EffectiveDate grace = new EffectiveDate.GracePeriod(DAY, DAY.plusMonths(6));
    assertThatNullPointerException().isThrownBy(() -> fixed.inForceFor(null)).withMessage("memberSince");
    assertThatNullPointerException().isThrownBy(() -> grace.inForceFor(null)).withMessage("memberSince");
    assertThat(fixed.inForceFor(DAY.minusYears(1))).isEqualTo(DAY);
  }
}
