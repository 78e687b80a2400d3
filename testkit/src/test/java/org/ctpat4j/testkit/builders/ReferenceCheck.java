package org.ctpat4j.testkit.builders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;

/**
 * Test helper: the referential checks of the dossier format (unique ids, every reference resolves), written
 * independently of the builders so that it can catch their mistakes.
 */
public final class ReferenceCheck {

  private ReferenceCheck() {}

  /**
   * Returns every broken reference or duplicate id.
   *
   * @param d the dossier
   * @return problems, empty when none
   */
  public static List<String> problems(Dossier d) {
    List<String> problems = new ArrayList<>();
    Set<String> facilities = unique("facility", d.facilities().stream().map(f -> f.id()).toList(), problems);
    Set<String> materials = unique("material", d.materials().stream().map(m -> m.id()).toList(), problems);
    unique("product", d.products().stream().map(p -> p.id()).toList(), problems);
    Evidence e = d.evidence();
    Set<String> documents = unique("document", e.documents().stream().map(x -> x.id()).toList(), problems);
    unique("audit", e.audits().stream().map(a -> a.id()).toList(), problems);
    unique("training", e.trainings().stream().map(t -> t.id()).toList(), problems);
    Consumer<String> facility = id -> require(facilities, "facility", id, problems);
    Consumer<String> material = id -> require(materials, "material", id, problems);
    Consumer<String> document = id -> require(documents, "document", id, problems);
    d.links().forEach(l -> {
      facility.accept(l.from());
      facility.accept(l.to());
      material.accept(l.material());
      l.documents().forEach(document);
    });
    d.unmappedInputs().forEach(u -> {
      facility.accept(u.facility());
      material.accept(u.material());
    });
    d.products().forEach(p -> facility.accept(p.producedBy()));
    if (e.socialComplianceProgram() != null) {
      document.accept(e.socialComplianceProgram().document());
    }
    if (e.riskAssessment() != null) {
      document.accept(e.riskAssessment().document());
    }
    if (e.codeOfConduct() != null) {
      document.accept(e.codeOfConduct().document());
      e.codeOfConduct().policies().forEach(document);
    }
    if (e.remediationPlan() != null) {
      document.accept(e.remediationPlan().document());
    }
    e.audits().forEach(a -> {
      facility.accept(a.facility());
      document.accept(a.document());
    });
    e.trainings().forEach(t -> {
      if (t.facility() != null) {
        facility.accept(t.facility());
      }
      document.accept(t.document());
    });
    e.supplierCommitments().forEach(c -> {
      facility.accept(c.facility());
      document.accept(c.document());
    });
    e.remediationCases().forEach(c -> facility.accept(c.facility()));
    e.engagements().forEach(g -> document.accept(g.document()));
    return problems;
  }

  private static Set<String> unique(String kind, List<String> ids, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add("duplicate " + kind + " " + id);
      }
    }
    return seen;
  }

  private static void require(Set<String> ids, String kind, String id, List<String> problems) {
    if (!ids.contains(id)) {
      problems.add("unknown " + kind + " " + id);
    }
  }
}
