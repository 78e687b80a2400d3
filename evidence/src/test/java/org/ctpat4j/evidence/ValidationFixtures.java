package org.ctpat4j.evidence;

import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;

/** Dossiers and a checker (with a stub assessor) for the validation tests. */
public final class ValidationFixtures {

  private ValidationFixtures() {}

  /** A checker whose assessor returns the fixture's risk for any dossier. */
  public static ComplianceChecker checker() {
    return ComplianceChecker.newBuilder().riskAssessor((d, day) -> Fixture.compliant().risk(day)).build();
  }

  /** The compliant fixture. */
  public static Dossier compliant() {
    return Fixture.compliant().dossier();
  }

  /** Two gaps: f2 not audited (its name has template characters) and the code of conduct not public. */
  public static Dossier withGaps() {
    Fixture f = Fixture.compliant();
    f.facilities.set(1, new Facility("f2", "Sunrise {Polysilicon} ${1+1} Ltd.", "CN", "CN-NM"));
    f.audits.clear();
    f.coc = Mutations.coc(f.coc, true, true, null, f.coc.uploadedToPortal(), f.coc.policies());
    return f.dossier();
  }
}
