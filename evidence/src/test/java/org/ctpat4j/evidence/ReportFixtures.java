package org.ctpat4j.evidence;

import java.util.Locale;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.risk.RiskResult;

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
    return withRiskyFacilityNamed("<script>alert(1)</script> | Evil");
  }

  /** A report whose risky facility has the given name. */
  public static ComplianceReport withRiskyFacilityNamed(String name) {
    Fixture f = Fixture.compliant();
    f.facilities.set(1, new Facility("f2", name, "CN", null));
    f.audits.clear();
    return ComplianceChecker.newBuilder().build().check(f.dossier(), f.risk(), f.anchor);
  }


  /**
   * A dossier, its risk and its report.
   *
   * @param dossier the dossier
   * @param risk its risk
   * @param report its report
   */
  public record Case(Dossier dossier, RiskResult risk, ComplianceReport report) {}

  /**
   * The compliant fixture whose risky facility f2 has markup in its name and is in the Xinjiang region (a UFLPA
   * signal), without audits.
   */
  public static Case scriptNameInXinjiang() {
    Fixture f = Fixture.compliant();
    f.facilities.set(1, new Facility("f2", "<script>alert(1)</script> | Evil \"&' Co.", "CN", "CN-XJ"));
    f.rules.put("f2", "uflpa-region");
    f.audits.clear();
    Dossier d = f.dossier();
    RiskResult r = f.risk();
    return new Case(d, r, ComplianceChecker.newBuilder().build().check(d, r, f.anchor));
  }
}
