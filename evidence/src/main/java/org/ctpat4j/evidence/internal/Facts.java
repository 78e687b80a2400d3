package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.evidence.CompliancePolicy;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.RiskResult;

/** What every check of one run needs, computed once. Immutable after construction. */
final class Facts {

  final Dossier dossier;
  final RiskResult risk;
  final LocalDate asOf;
  final CompliancePolicy policy;
  private final Map<String, Integer> facilityIndex = new HashMap<>();
  private final Map<String, Integer> productIndex = new HashMap<>();
  private final Map<String, Document> documents = new HashMap<>();
  private final Map<String, List<RemediationCase>> casesByFacility = new HashMap<>();
  private final Map<Audit, Integer> auditIndex = new IdentityHashMap<>();
  private final Map<String, List<Audit>> auditsByFacility = new HashMap<>();
  final SortedSet<String> highRisk;
  /**
   * Facilities whose goods CBP would detain (UFLPA presumption or a WRO in force). Their remedy is to leave the chain or
   * a rebuttal, never an audit, training or commitment, so the checks that ask for those leave them out.
   */
  final SortedSet<String> detaining;
  final SortedSet<String> tier1;

  Facts(Dossier dossier, RiskResult risk, LocalDate asOf, CompliancePolicy policy) {
    this.dossier = dossier;
    this.risk = risk;
    this.asOf = asOf;
    this.policy = policy;
    List<Facility> facilities = dossier.facilities();
    for (int i = 0; i < facilities.size(); i++) {
      facilityIndex.putIfAbsent(facilities.get(i).id(), i);
    }
    List<Product> products = dossier.products();
    for (int i = 0; i < products.size(); i++) {
      productIndex.putIfAbsent(products.get(i).id(), i);
    }
    for (Document d : dossier.evidence().documents()) {
      documents.putIfAbsent(d.id(), d);
    }
    for (RemediationCase c : dossier.evidence().remediationCases()) {
      casesByFacility.computeIfAbsent(c.facility(), k -> new ArrayList<>(1)).add(c);
    }
    List<Audit> audits = dossier.evidence().audits();
    for (int i = 0; i < audits.size(); i++) {
      auditIndex.putIfAbsent(audits.get(i), i);
      auditsByFacility.computeIfAbsent(audits.get(i).facility(), k -> new ArrayList<>(1)).add(audits.get(i));
    }
    SortedSet<String> high = new TreeSet<>();
    for (FacilityRisk f : risk.facilities()) {
      if (f.level().isAtLeast(policy.auditThreshold())) {
        high.add(f.facility());
      }
    }
    this.highRisk = Collections.unmodifiableSortedSet(high);
    SortedSet<String> detains = new TreeSet<>();
    for (FacilityRisk f : risk.facilities()) {
      if (f.signals().stream().anyMatch(sig -> sig.admissibility().detains())) {
        detains.add(f.facility());
      }
    }
    this.detaining = Collections.unmodifiableSortedSet(detains);
    SortedSet<String> t1 = new TreeSet<>();
    risk.tiers().forEach((id, tier) -> {
      if (tier == 1) {
        t1.add(id);
      }
    });
    for (Product p : products) {
      t1.add(p.producedBy());
    }
    this.tier1 = Collections.unmodifiableSortedSet(t1);
  }

  /**
   * Returns a facility of the dossier by id.
   *
   * @param id the id
   * @return the first facility with that id, or {@code null}
   */
  Facility facility(String id) {
    Integer i = facilityIndex.get(id);
    return i == null ? null : dossier.facilities().get(i);
  }

  String facilityPath(String id) {
    Integer i = facilityIndex.get(id);
    return i == null ? "" : "facilities[" + i + "]";
  }

  /**
   * Returns the remediation cases of a facility, in document order.
   *
   * @param facility the facility's id
   * @return the cases; empty when none
   */
  List<RemediationCase> casesOf(String facility) {
    return casesByFacility.getOrDefault(facility, List.of());
  }

  /**
   * Returns whether the remediation of a case was verified: the case names a verification document the dossier lists,
   * or an audit of the facility dated on or after the day the case was opened records every indicator of the case as
   * {@link AuditFindingStatus#CLOSED} (and none of them still open). A case without indicators needs no verification.
   *
   * @param c a case of the dossier
   * @return {@code true} when verified
   */
  boolean verified(RemediationCase c) {
    if (c.indicators().isEmpty()) {
      return true;
    }
    if (c.verification() != null && documents.containsKey(c.verification())) {
      return true;
    }
    for (Audit a : auditsByFacility.getOrDefault(c.facility(), List.of())) {
      if (a.date().isBefore(c.opened()) || a.date().isAfter(asOf)) {
        continue;
      }
      Set<ForcedLaborIndicator> closed = EnumSet.noneOf(ForcedLaborIndicator.class);
      boolean stillOpen = false;
      for (AuditFinding f : a.findings()) {
        if (f.indicator() != null && c.indicators().contains(f.indicator())) {
          if (f.status() == AuditFindingStatus.CLOSED) {
            closed.add(f.indicator());
          } else {
            stillOpen = true;
          }
        }
      }
      if (!stillOpen && closed.containsAll(c.indicators())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the path of an audit of the dossier (this very instance).
   *
   * @param audit an audit of the dossier
   * @return for example {@code evidence.audits[3]}, or {@code evidence.audits} for an audit not in the dossier
   */
  String auditPath(Audit audit) {
    Integer i = auditIndex.get(audit);
    return i == null ? "evidence.audits" : "evidence.audits[" + i + "]";
  }

  String productPath(String id) {
    Integer i = productIndex.get(id);
    return i == null ? "" : "products[" + i + "]";
  }

  String facilityLabel(String id) {
    Integer i = facilityIndex.get(id);
    return i == null ? id : dossier.facilities().get(i).name() + " (" + id + ")";
  }

  /**
   * Returns the facilities that an audit, training or supplier commitment can speak for: the high-risk ones whose
   * goods would not be detained anyway.
   *
   * @return the facility ids; never null
   */
  SortedSet<String> auditable() {
    SortedSet<String> out = new TreeSet<>(highRisk);
    out.removeAll(detaining);
    return out;
  }

  String productLabel(String id) {
    Integer i = productIndex.get(id);
    return i == null ? id : dossier.products().get(i).name() + " (" + id + ")";
  }

  Optional<Document> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  String documentLabel(String id) {
    Document d = documents.get(id);
    return d == null ? id : d.title() + " (" + id + ")";
  }

  /** The code of conduct that is in effect on the day: absent, or adopted after the day, reads as none. */
  Optional<CodeOfConduct> codeOfConductInEffect() {
    CodeOfConduct c = dossier.evidence().codeOfConduct();
    if (c == null || (c.adopted() != null && c.adopted().isAfter(asOf))) {
      return Optional.empty();
    }
    return Optional.of(c);
  }
}
