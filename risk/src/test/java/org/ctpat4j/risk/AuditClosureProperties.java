package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.signal.RiskSignal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Appending, after a facility's latest audit, an audit that closes every finding never raises any facility's level
 * (issue 12, item 2). Seeded: a failing case names its seed.
 */
class AuditClosureProperties {

  private static final String[][] MILLS = {
      {"knit", "Chittagong Knit Composite Ltd", "BD"},
      {"dye", "Gazipur Dyeing & Finishing Ltd", "BD"},
      {"sew", "Binh Duong Garment Joint Stock Company", "VN"},
      {"wash", "Phnom Penh Denim Laundry Co., Ltd.", "KH"},
      {"trim", "Tirupur Trims & Labels Pvt Ltd", "IN"}};

  private static final RiskEngine ENGINE = RiskEngine.newBuilder().build();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static Dossier dossier(List<Audit> audits) {
    List<Facility> fs = new ArrayList<>();
    List<Link> ls = new ArrayList<>();
    for (int i = 0; i < MILLS.length; i++) {
      fs.add(new Facility(MILLS[i][0], MILLS[i][1], MILLS[i][2], null));
      if (i > 0) {
        ls.add(new Link(MILLS[i - 1][0], MILLS[i][0], "fabric"));
      }
    }
    Evidence ev = new Evidence(null, null, null, audits, null, null, null, null, null, null);
    return new Dossier(Dossier.FORMAT, null, Graphs.partner(), fs,
        List.of(new Material("fabric", "Cotton jersey knit fabric", "6006.22")), ls, List.of(),
        List.of(new Product("polo", "Men's cotton polo shirts", "6105.10", "trim")), ev);
  }

  private static Audit randomAudit(Random r, String facility, int k, LocalDate date) {
    List<AuditFinding> findings = new ArrayList<>();
    int n = r.nextInt(4);
    ForcedLaborIndicator[] indicators = ForcedLaborIndicator.values();
    AuditFindingSeverity[] severities = AuditFindingSeverity.values();
    AuditFindingStatus[] statuses = AuditFindingStatus.values();
    for (int j = 0; j < n; j++) {
      findings.add(new AuditFinding(r.nextInt(5) == 0 ? null : indicators[r.nextInt(indicators.length)],
          severities[r.nextInt(severities.length)], statuses[r.nextInt(statuses.length)]));
    }
    return new Audit(facility + "-a" + k, facility, date, r.nextBoolean() ? "SMETA" : "amfori BSCI",
        r.nextInt(4) != 0, r.nextBoolean(), false, "doc-" + facility + "-" + k, findings);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void appendingAClosureAudit_neverRaisesAnyFacility(long seed) {
    Random r = new Random(seed);
    LocalDate start = LocalDate.of(2022, 1, 1);
    List<Audit> audits = new ArrayList<>();
    int k = 0;
    for (String[] mill : MILLS) {
      int count = r.nextInt(4);
      for (int j = 0; j < count; j++) {
        audits.add(randomAudit(r, mill[0], k++, start.plusDays(r.nextInt(4 * 365))));
      }
    }
    LocalDate asOf = start.plusDays(r.nextInt(5 * 365));
    String target = MILLS[r.nextInt(MILLS.length)][0];
    LocalDate latest = audits.stream().filter(a -> a.facility().equals(target)).map(Audit::date)
        .max(LocalDate::compareTo).orElse(start);
    List<AuditFinding> closed = new ArrayList<>();
    for (Audit a : audits) {
      if (a.facility().equals(target)) {
        for (AuditFinding f : a.findings()) {
          closed.add(new AuditFinding(f.indicator(), f.severity(), AuditFindingStatus.CLOSED, "verified closed"));
        }
      }
    }
    boolean independent = r.nextInt(4) != 0;
    Audit closure = new Audit(target + "-closure", target, latest.plusDays(1 + r.nextInt(180)), "SMETA",
        independent, false, false, "doc-closure", closed);
    List<Audit> after = new ArrayList<>(audits);
    after.add(closure);

    RiskResult before = ENGINE.assess(dossier(audits), asOf);
    RiskResult now = ENGINE.assess(dossier(after), asOf);
    for (String[] mill : MILLS) {
      assertThat(before.levelOf(mill[0]).isAtLeast(now.levelOf(mill[0])))
          .as("seed %d: facility %s went from %s to %s after closure audit of %s on %s (as of %s)", seed, mill[0],
              before.levelOf(mill[0]), now.levelOf(mill[0]), target, closure.date(), asOf)
          .isTrue();
    }
    if (independent && !closure.date().isAfter(asOf)) {
      assertThat(now.facility(target).map(f -> f.signals().stream().map(RiskSignal::rule).toList())
          .orElse(List.of()))
          .as("seed %d: an independent closure audit on or before the day leaves no open indicator", seed)
          .doesNotContain("audit-indicators");
    }
  }
}
