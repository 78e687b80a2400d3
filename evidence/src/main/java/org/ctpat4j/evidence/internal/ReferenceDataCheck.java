package org.ctpat4j.evidence.internal;

import org.ctpat4j.core.Requirement;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.risk.data.ReferenceDataNote;
import org.ctpat4j.risk.data.ReferenceDataVersion;

/**
 * What the reference data behind the risk assessment could not say: part of {@link Requirement#RISK_BASED_MAPPING}
 * (Trade Compliance 1 identifies high-risk facilities with CBP's public sources), but every report carries it, whatever
 * that requirement's applicability, since absence from a partial list clears nobody. Its findings are INFO by default
 * and always INFO when the requirement is not in force.
 *
 * <p>Codes: {@link FindingCode#REFERENCE_DATA_NOTE} (one per {@code RiskResult#referenceDataNotes()}) and
 * {@link FindingCode#REFERENCE_DATA_PARTIAL} (one per partial edition in {@code RiskResult#referenceData()}).
 */
final class ReferenceDataCheck implements Check {

  @Override
  public Requirement requirement() {
    return Requirement.RISK_BASED_MAPPING;
  }

  @Override
  public boolean alwaysRuns() {
    return true;
  }

  @Override
  public void run(CheckContext ctx) {
    for (ReferenceDataNote n : ctx.facts.risk.referenceDataNotes()) {
      ctx.add(FindingCode.REFERENCE_DATA_NOTE, Subjects.referenceData(n.list().title()), "", n.list().title(),
          n.message());
    }
    for (ReferenceDataVersion r : ctx.facts.risk.referenceData()) {
      if (!r.complete()) {
        ctx.add(
            FindingCode.REFERENCE_DATA_PARTIAL,
            Subjects.referenceData(r.name()),
            "",
            r.name(),
            r.version(),
            r.note().isEmpty() ? ctx.none() : r.note());
      }
    }
  }
}
