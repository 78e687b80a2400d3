package org.ctpat4j.core.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.MembershipStatus;
import org.ctpat4j.core.Partner;

/** Cuts a dossier to what existed on a day: the implementation of {@link Dossier#cutTo(LocalDate)}. */
final class Cut {

  private final LocalDate day;

  private Cut(LocalDate day) {
    this.day = day;
  }

  static Dossier of(Dossier d, LocalDate day) {
    return new Cut(day).dossier(d);
  }

  private boolean existed(LocalDate date) {
    return date == null || !date.isAfter(day);
  }

  private LocalDate known(LocalDate date) {
    return existed(date) ? date : null;
  }

  private Dossier dossier(Dossier d) {
    LocalDate asOf = d.asOf() == null || d.asOf().isAfter(day) ? day : d.asOf();
    Evidence e = d.evidence();
    Evidence cut = evidence(e);
    Partner p = partner(d.partner());
    if (asOf.equals(d.asOf()) && cut.equals(e) && p.equals(d.partner())) {
      return d;
    }
    return new Dossier(
        d.format(), asOf, p, d.facilities(), d.materials(), d.links(), d.unmappedInputs(), d.products(), cut);
  }

  private Partner partner(Partner p) {
    if (p == null) {
      return null;
    }
    List<Membership> kept = new ArrayList<>();
    for (Membership m : p.memberships()) {
      Membership c = membership(m);
      if (c != null) {
        kept.add(c);
      }
    }
    return kept.equals(p.memberships()) ? p : new Partner(p.name(), p.country(), p.entityType(), kept);
  }

  private Membership membership(Membership m) {
    if (m == null) {
      return null;
    }
    boolean joined = m.since() != null && existed(m.since());
    boolean applied = m.applied() != null && existed(m.applied());
    if (!joined && !applied) {
      return m.since() == null && m.applied() == null ? m : null;
    }
    if (!joined) {
      // a member today that was an applicant on the day
      return new Membership(m.program(), null, null, null, MembershipStatus.APPLICANT, m.applied(), null);
    }
    MembershipStatus status = m.statusOn(day);
    if (status == m.status()) {
      return m;
    }
    // a suspension or removal that took effect after the day
    return new Membership(m.program(), m.since(), m.until(), m.tier(), status, m.applied(), null);
  }

  private Evidence evidence(Evidence e) {
    List<Document> documents = keep(e.documents(), doc -> existed(doc.issued()));
    Set<String> issued = new HashSet<>();
    for (Document doc : documents) {
      issued.add(doc.id());
    }
    Set<String> later = new HashSet<>();
    for (Document doc : e.documents()) {
      if (doc != null && !issued.contains(doc.id())) {
        later.add(doc.id());
      }
    }
    return new Evidence(
        program(e.socialComplianceProgram()),
        e.riskAssessment() == null || existed(e.riskAssessment().performed()) ? e.riskAssessment() : null,
        e.codeOfConduct() == null ? null : e.codeOfConduct().inForceOn(day).orElse(null),
        keep(e.audits(), a -> existed(a.date())),
        keep(e.trainings(), t -> existed(t.date())),
        keep(e.supplierCommitments(), c -> existed(c.acknowledged())),
        e.remediationPlan() == null || existed(e.remediationPlan().adopted()) ? e.remediationPlan() : null,
        cases(e.remediationCases(), later),
        keep(e.engagements(), g -> existed(g.date())),
        documents);
  }

  private SocialComplianceProgram program(SocialComplianceProgram p) {
    if (p == null || !existed(p.adopted())) {
      return null;
    }
    List<LocalDate> reviews = keep(p.reviews(), this::existed);
    LocalDate last = p.lastReviewOn(day).orElse(null);
    if (reviews.size() == p.reviews().size() && java.util.Objects.equals(last, p.lastReviewed())) {
      return p;
    }
    return new SocialComplianceProgram(p.document(), p.adopted(), last, p.addressesForcedLabor(), reviews);
  }

  private List<RemediationCase> cases(List<RemediationCase> cases, Set<String> laterDocuments) {
    List<RemediationCase> out = new ArrayList<>(cases.size());
    for (RemediationCase c : cases) {
      if (c == null || !existed(c.opened())) {
        continue;
      }
      String verification =
          c.verification() != null && laterDocuments.contains(c.verification()) ? null : c.verification();
      boolean closed = existed(c.closed());
      out.add(
          new RemediationCase(
              c.id(),
              c.facility(),
              c.opened(),
              c.indicators(),
              known(c.disclosedToCbp()),
              c.actions(),
              closed ? c.closed() : null,
              closed ? verification : null));
    }
    return out;
  }

  private static <T> List<T> keep(List<T> list, Predicate<T> existed) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null && existed.test(t)) {
        out.add(t);
      }
    }
    return out.size() == list.size() ? list : out;
  }
}
