package org.ctpat4j.evidence.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.evidence.FindingCode;
import org.ctpat4j.risk.MappingCoverage;
import org.ctpat4j.risk.ProductExposure;

/**
 * {@link Requirement#RISK_BASED_MAPPING} (Trade Compliance 1): every product mapped to origin, high-risk facilities
 * identified with CBP's public sources, a current risk assessment that includes forced labor, a mapping that can be
 * handed to CBP unredacted, and a code of conduct that commits to mapping.
 *
 * <p>Codes: {@link FindingCode#MAPPING_SILENT_GAP}, {@link FindingCode#MAPPING_HIGH_RISK_INCOMPLETE} (HIGH-risk
 * materials not mapped to origin, when the dossier declares no unmapped input), {@link FindingCode#FACILITY_IDENTIFIER_SHARED}, {@link FindingCode#FACILITY_ADDRESS_COUNTRY_MISMATCH},
 * {@link FindingCode#MAPPING_UNMAPPED_INPUT} (one per unmapped input), {@link FindingCode#MAPPING_INCOMPLETE}
 * (coverage below the policy minimum with no unmapped input listed), {@link FindingCode#MAPPING_REDACTED} (a redacted
 * facility of the mapped chain or a redacted link document), {@link FindingCode#RISK_ASSESSMENT_MISSING},
 * {@link FindingCode#RISK_ASSESSMENT_NO_FORCED_LABOR}, {@link FindingCode#RISK_SOURCES_NOT_CONSULTED},
 * {@link FindingCode#RISK_ASSESSMENT_STALE}, {@link FindingCode#MAPPING_COMMITMENT_MISSING},
 * {@link FindingCode#PRODUCT_HIGH_RISK}, and the shared codes. The requirement's other codes,
 * {@link FindingCode#REFERENCE_DATA_PARTIAL} and {@link FindingCode#REFERENCE_DATA_NOTE}, are raised by
 * {@link ReferenceDataCheck}, whatever the requirement's applicability.
 */
final class RiskBasedMappingCheck implements Check {

  private static final String RA = "evidence.riskAssessment";

  @Override
  public Requirement requirement() {
    return Requirement.RISK_BASED_MAPPING;
  }

  @Override
  public void run(CheckContext ctx) {
    Facts facts = ctx.facts;
    Dossier dossier = facts.dossier;
    Map<String, Material> materials = new HashMap<>();
    dossier.materials().forEach(m -> materials.putIfAbsent(m.id(), m));
    List<UnmappedInput> unmapped = dossier.unmappedInputs();
    for (int i = 0; i < unmapped.size(); i++) {
      UnmappedInput u = unmapped.get(i);
      Material m = materials.get(u.material());
      String material = m == null ? u.material() : m.name() + " (" + m.id() + ")";
      ctx.add(
          FindingCode.MAPPING_UNMAPPED_INPUT,
          Subjects.facility(u.facility()),
          "unmappedInputs[" + i + "]",
          facts.facilityLabel(u.facility()),
          material,
          u.note() == null ? ctx.none() : u.note());
    }
    double coverage = facts.risk.mappingCoverage();
    if (unmapped.isEmpty() && coverage < ctx.policy().minimumMappingCoverage()) {
      ctx.add(
          FindingCode.MAPPING_INCOMPLETE,
          Subjects.PARTNER,
          "",
          Messages.percent(coverage),
          Messages.percent(ctx.policy().minimumMappingCoverage()));
    }
    silentGaps(ctx, materials);
    redactions(ctx);
    consistency(ctx);
    riskAssessment(ctx);
    Optional<CodeOfConduct> coc = facts.codeOfConductInEffect();
    if (coc.isEmpty()) {
      ctx.add(FindingCode.MAPPING_COMMITMENT_MISSING, Subjects.PARTNER, "evidence.codeOfConduct");
    } else if (!coc.get().commitsToMapping()) {
      ctx.add(
          FindingCode.MAPPING_COMMITMENT_MISSING,
          Subjects.document(coc.get().document()),
          "evidence.codeOfConduct.commitsToMapping");
    }
    for (ProductExposure p : facts.risk.products()) {
      if (p.level().isAtLeast(ctx.policy().auditThreshold()) && !p.admissibility().detains()) {
        String path =
            p.paths().isEmpty()
                ? ctx.none()
                : p.paths().get(0).stream().map(facts::facilityLabel).collect(Collectors.joining(" \u2192 "));
        ctx.add(
            FindingCode.PRODUCT_HIGH_RISK,
            Subjects.product(p.product()),
            facts.productPath(p.product()),
            facts.productLabel(p.product()),
            p.level().name(),
            path);
      }
    }
  }

  /**
   * Facilities the dossier is silent about (not an origin, no supplier, no unmapped input declared), and the HIGH-risk
   * materials left unmapped by them: those fail the requirement, since mapping is to focus on the highest risks.
   */
  private static void silentGaps(CheckContext ctx, Map<String, Material> materials) {
    Facts facts = ctx.facts;
    Dossier dossier = facts.dossier;
    MappingCoverage mapping = facts.risk.mapping();
    if (!mapping.silentGaps().isEmpty()) {
      Set<String> gaps = new HashSet<>(mapping.silentGaps());
      Map<String, Set<String>> supplies = new HashMap<>();
      for (Link l : dossier.links()) {
        if (gaps.contains(l.from())) {
          supplies.computeIfAbsent(l.from(), k -> new TreeSet<>()).add(materialLabel(materials, l.material()));
        }
      }
      for (Product p : dossier.products()) {
        if (gaps.contains(p.producedBy())) {
          supplies.computeIfAbsent(p.producedBy(), k -> new TreeSet<>())
              .add(p.name() + (p.hsCode() == null ? "" : " (HS " + p.hsCode() + ")"));
        }
      }
      for (String id : mapping.silentGaps()) {
        Facility f = facts.facility(id);
        String why =
            f != null && Boolean.FALSE.equals(f.origin())
                ? "the dossier says so"
                : "it makes " + String.join(", ", supplies.getOrDefault(id, Set.of()));
        ctx.add(FindingCode.MAPPING_SILENT_GAP, Subjects.facility(id), facts.facilityPath(id), facts.facilityLabel(id),
            why);
      }
    }
    // as for MAPPING_INCOMPLETE: a declared unmapped input is already an error of its own, so the coverage of
    // HIGH-risk materials fails the requirement only when the dossier is silent about what it did not map
    List<String> silent = new ArrayList<>();
    for (String m : mapping.unmappedHighRiskMaterials()) {
      silent.add(materialLabel(materials, m));
    }
    if (dossier.unmappedInputs().isEmpty()
        && !silent.isEmpty()
        && mapping.highRiskMaterialShare() < ctx.policy().minimumMappingCoverage()) {
      ctx.add(
          FindingCode.MAPPING_HIGH_RISK_INCOMPLETE,
          Subjects.PARTNER,
          "",
          Messages.percent(mapping.highRiskMaterialShare()),
          Messages.percent(ctx.policy().minimumMappingCoverage()),
          String.join(", ", silent));
    }
  }

  private static String materialLabel(Map<String, Material> materials, String id) {
    Material m = materials.get(id);
    return m == null ? id : m.name() + " (" + m.id() + (m.hsCode() == null ? "" : ", HS " + m.hsCode()) + ")";
  }

  /**
   * Two facilities with one registry identifier, and an address that names another country than the facility's
   * country and region: both are WARNINGs naming the two places, since either side may be the wrong one.
   */
  private static void consistency(CheckContext ctx) {
    Facts facts = ctx.facts;
    List<Facility> facilities = facts.dossier.facilities();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < facilities.size(); i++) {
      Facility f = facilities.get(i);
      Identifiers ids = f.identifiers();
      String[][] typed = {{"LEI", ids.lei()}, {"USCC", ids.uscc()}, {"GLN", ids.gln()}, {"Open Supply Hub id", ids.osId()}};
      for (String[] t : typed) {
        if (t[1] == null || t[1].isBlank()) {
          continue;
        }
        Integer first = seen.putIfAbsent(t[0] + "\u0000" + t[1].strip().toUpperCase(Locale.ROOT), i);
        if (first != null && !facilities.get(first).id().equals(f.id())) {
          ctx.add(
              FindingCode.FACILITY_IDENTIFIER_SHARED,
              Subjects.facility(f.id()),
              "facilities[" + i + "].identifiers",
              facts.facilityLabel(facilities.get(first).id()),
              facts.facilityLabel(f.id()),
              t[0],
              t[1]);
        }
      }
      Optional<String> named = AddressCountries.named(f.address());
      if (named.isPresent() && f.country() != null && !named.get().equalsIgnoreCase(f.country())) {
        ctx.add(
            FindingCode.FACILITY_ADDRESS_COUNTRY_MISMATCH,
            Subjects.facility(f.id()),
            "facilities[" + i + "].address",
            facts.facilityLabel(f.id()),
            named.get() + " (" + f.address() + ")",
            f.country() + (f.region() == null ? "" : ", " + f.region()));
      }
    }
  }

  private static void redactions(CheckContext ctx) {
    Facts facts = ctx.facts;
    Dossier dossier = facts.dossier;
    // the redacted facilities first: the set of facilities on the chain is only built when there are some
    Set<String> redacted = new HashSet<>();
    for (Facility f : dossier.facilities()) {
      if (f.redacted()) {
        redacted.add(f.id());
      }
    }
    if (!redacted.isEmpty()) {
      Set<String> chain = new HashSet<>();
      for (String id : redacted) {
        if (facts.risk.tiers().containsKey(id)) {
          chain.add(id);
        }
      }
      for (Link l : dossier.links()) {
        if (redacted.contains(l.from())) {
          chain.add(l.from());
        }
        if (redacted.contains(l.to())) {
          chain.add(l.to());
        }
      }
      for (Product p : dossier.products()) {
        if (redacted.contains(p.producedBy())) {
          chain.add(p.producedBy());
        }
      }
      List<Facility> facilities = dossier.facilities();
      for (int i = 0; i < facilities.size(); i++) {
        Facility f = facilities.get(i);
        if (f.redacted() && chain.contains(f.id())) {
          ctx.add(FindingCode.MAPPING_REDACTED, Subjects.facility(f.id()), "facilities[" + i + "]", f.id());
        }
      }
    }
    List<Link> links = dossier.links();
    for (int i = 0; i < links.size(); i++) {
      List<String> docs = links.get(i).documents();
      for (int j = 0; j < docs.size(); j++) {
        String path = "links[" + i + "].documents[" + j + "]";
        Optional<Document> d = facts.document(docs.get(j));
        if (d.isEmpty()) {
          ctx.requireDocument(docs.get(j), path);
        } else if (d.get().redacted()) {
          ctx.add(
              FindingCode.MAPPING_REDACTED,
              Subjects.document(d.get().id()),
              path,
              facts.documentLabel(d.get().id()));
        }
      }
    }
  }

  private static void riskAssessment(CheckContext ctx) {
    RiskAssessment ra = ctx.facts.dossier.evidence().riskAssessment();
    if (ra == null) {
      ctx.add(FindingCode.RISK_ASSESSMENT_MISSING, Subjects.PARTNER, RA);
      return;
    }
    String subject = Subjects.document(ra.document());
    if (!ctx.notAfterAsOf(ra.performed(), subject, RA + ".performed")) {
      ctx.add(FindingCode.RISK_ASSESSMENT_MISSING, Subjects.PARTNER, RA);
      return;
    }
    ctx.requireDocument(ra.document(), RA + ".document");
    String label = ctx.facts.documentLabel(ra.document());
    if (!ra.includesForcedLabor()) {
      ctx.add(FindingCode.RISK_ASSESSMENT_NO_FORCED_LABOR, subject, RA + ".includesForcedLabor", label);
    }
    EnumSet<RiskSource> missing = EnumSet.noneOf(RiskSource.class);
    missing.addAll(ctx.policy().requiredRiskSources());
    missing.removeAll(ra.sourcesConsulted());
    if (!missing.isEmpty()) {
      ctx.add(FindingCode.RISK_SOURCES_NOT_CONSULTED, subject, RA + ".sourcesConsulted", label, CheckContext.join(missing));
    }
    if (!ctx.isCurrent(ra.performed(), ctx.policy().riskAssessmentMaxAge())) {
      ctx.add(
          FindingCode.RISK_ASSESSMENT_STALE,
          subject,
          RA + ".performed",
          label,
          ctx.dateOrNever(ra.performed()),
          ctx.period(ctx.policy().riskAssessmentMaxAge()));
    }
  }
}
