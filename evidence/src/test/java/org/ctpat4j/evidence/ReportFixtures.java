package org.ctpat4j.evidence;

import java.util.Locale;
import org.ctpat4j.core.dossier.Facility;

/** Reports built from the compliant fixture with gaps, shared by renderer and validation tests. */
public final class ReportFixtures {

  private ReportFixtures() {}

  /** The compliant fixture without the audit of f2 and with a code of conduct that is not public. */
  public static ComplianceReport withGaps(Locale locale) {
    Fixture f = Fixture.compliant();
    f.audits.clear();
    f.coc = Mutations.coc(f.coc, true, true, null, f.coc.uploadedToPortal(), f.coc.policies());
    return ComplianceChecker.newBuilder().locale(locale).build().check(f.dossier(), f.risk(), f.anchor);
  }

  /** A report whose risky facility has markup and a pipe in its name. */
  public static ComplianceReport withScriptName() {
    Fixture f = Fixture.compliant();
    f.facilities.set(1, new Facility("f2", "<script>alert(1)</script> | Evil", "CN", null));
    f.audits.clear();
    return ComplianceChecker.newBuilder().build().check(f.dossier(), f.risk(), f.anchor);
  }

}
