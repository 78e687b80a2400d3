package org.ctpat4j.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingSeverity;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.ForcedLaborIndicator;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.dossier.UnmappedInput;

/**
 * A seeded generator of valid, rich dossiers for property tests: every evidence type, optional fields present and
 * absent, unicode and JSON-hostile names, valid LEI/USCC/GLN check characters, dates not after {@code asOf}. The same
 * seed always gives the same dossier, so a failing case is replayed with {@link #generate(long)}.
 */
public final class DossierGenerator {

  private static final List<String> COUNTRIES = List.copyOf(Codes.countryCodes());
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String[] WORDS = {
    "Acme", "Société Générale", "Ünïcödé GmbH", "合盛硅业", "Хлопок", "قطن", "🌞 Solar", "Ñandú S.A.",
    "O'Brien & Sons", "quote \" and \\ backslash", "tab\there", "line\nbreak", "Çelik A.Ş.", "Tiếng Việt",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "${java.version}", "{org.ctpat4j.message}", "<script>", "  padded  ", "Zürich\u00a0AG"
  };
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

  private final Random r;

  private DossierGenerator(long seed) {
    this.r = new Random(seed);
  }

  /**
   * Generates the dossier of a seed.
   *
   * @param seed the seed
   * @return a valid dossier
   */
  public static Dossier generate(long seed) {
    return new DossierGenerator(seed).dossier();
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  private <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private <T> T pick(T[] items) {
    return items[r.nextInt(items.length)];
  }

  private <T> List<T> some(T[] items, int max) {
    List<T> out = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(pick(items));
    }
    return out;
  }

  private String text() {
    StringBuilder b = new StringBuilder(pick(WORDS));
    int extra = r.nextInt(3);
    for (int i = 0; i < extra; i++) {
      b.append(' ');
      if (chance(30)) {
        // random letters from several scripts (Latin, Greek, Cyrillic, CJK)
        int[] bases = {0x41, 0x391, 0x410, 0x4E00};
        int base = bases[r.nextInt(bases.length)];
        for (int k = 0; k < 1 + r.nextInt(6); k++) {
          b.appendCodePoint(base + r.nextInt(24));
        }
      } else {
        b.append(pick(WORDS));
      }
    }
    return b.toString();
  }

  private String chars(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private LocalDate dateUpTo(LocalDate max) {
    long days = max.toEpochDay() - EPOCH.toEpochDay();
    return EPOCH.plusDays((long) (r.nextDouble() * (days + 1)));
  }

  private LocalDate maybeDate(LocalDate max) {
    return chance(70) ? dateUpTo(max) : null;
  }

  private Dossier dossier() {
    LocalDate asOf = chance(80) ? LocalDate.of(2022, 1, 1).plusDays(r.nextInt(6 * 365)) : null;
    LocalDate max = asOf == null ? LocalDate.of(2027, 12, 31) : asOf;

    List<Membership> memberships = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      LocalDate since = dateUpTo(max);
      LocalDate until = chance(25) ? since.plusDays(1 + r.nextInt(3000)) : null;
      memberships.add(
          new Membership(pick(Program.values()), since, until, chance(60) ? 1 + r.nextInt(3) : null));
    }
    Partner partner =
        new Partner(text(), pick(COUNTRIES), pick(BusinessEntityType.values()), memberships);

    List<Document> documents = new ArrayList<>();
    for (int i = 0, n = r.nextInt(12); i < n; i++) {
      documents.add(
          new Document(
              chance(10) ? "doc-é-" + i : "d" + i,
              text(),
              chance(60) ? "evidence/" + chars(ALNUM, 6).toLowerCase() + ".pdf" : null,
              chance(40) ? chars("0123456789abcdef", 64) : null,
              chance(40) ? pick(new String[] {"en", "zh-Hans", "es-MX", "vi"}) : null,
              chance(20),
              maybeDate(max)));
    }

    List<Facility> facilities = new ArrayList<>();
    for (int i = 0, n = r.nextInt(9); i < n; i++) {
      String country = pick(COUNTRIES);
      facilities.add(
          new Facility(
              chance(10) ? "工厂-" + i : "f" + i,
              text(),
              some(WORDS, 2),
              country,
              chance(50) ? country + "-" + chars(ALNUM, 1 + r.nextInt(3)) : null,
              chance(50) ? text() : null,
              chance(30) ? Identifiers.NONE : identifiers(),
              chance(15)));
    }

    List<Material> materials = new ArrayList<>();
    for (int i = 0, n = r.nextInt(7); i < n; i++) {
      materials.add(new Material("m" + i, text(), chance(70) ? hsCode() : null));
    }

    List<Link> links = new ArrayList<>();
    List<UnmappedInput> unmapped = new ArrayList<>();
    if (!facilities.isEmpty() && !materials.isEmpty()) {
      // valid dossiers have no duplicate link and no material whose shares into one facility exceed the whole
      java.util.Set<List<String>> seen = new java.util.HashSet<>();
      java.util.Map<List<String>, Double> totals = new java.util.HashMap<>();
      for (int i = 0, n = r.nextInt(11); i < n; i++) {
        String from = pick(facilities).id();
        String to = pick(facilities).id();
        String material = pick(materials).id();
        Double share = chance(60) ? share() : null;
        List<String> documentIds = documentIds(documents, 3);
        if (!seen.add(List.of(from, to, material))) {
          continue;
        }
        if (share != null && totals.merge(List.of(to, material), share, Double::sum) > 1.0) {
          totals.merge(List.of(to, material), -share, Double::sum);
          share = null;
        }
        links.add(new Link(from, to, material, share, documentIds));
      }
      for (int i = 0, n = r.nextInt(3); i < n; i++) {
        unmapped.add(new UnmappedInput(pick(facilities).id(), pick(materials).id(), chance(50) ? text() : null));
      }
    }

    List<Product> products = new ArrayList<>();
    if (!facilities.isEmpty()) {
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        products.add(new Product("p" + i, text(), chance(60) ? hsCode() : null, pick(facilities).id()));
      }
    }

    Evidence evidence = documents.isEmpty() ? Evidence.NONE : evidence(documents, facilities, max);
    return new Dossier(Dossier.FORMAT, asOf, partner, facilities, materials, links, unmapped, products, evidence);
  }

  private Evidence evidence(List<Document> documents, List<Facility> facilities, LocalDate max) {
    SocialComplianceProgram scp = null;
    if (chance(60)) {
      LocalDate adopted = maybeDate(max);
      LocalDate reviewed = adopted == null ? maybeDate(max) : (chance(50) ? adopted : null);
      scp = new SocialComplianceProgram(doc(documents), adopted, reviewed, chance(70));
    }
    RiskAssessment risk =
        chance(60)
            ? new RiskAssessment(doc(documents), maybeDate(max), chance(70), some(RiskSource.values(), 4))
            : null;
    CodeOfConduct code =
        chance(60)
            ? new CodeOfConduct(
                doc(documents),
                r.nextInt(5) + "." + r.nextInt(10),
                maybeDate(max),
                chance(50) ? "https://example.com/code?v=" + r.nextInt(100) : null,
                maybeDate(max),
                chance(70),
                chance(70),
                documentIds(documents, 3))
            : null;
    List<Audit> audits = new ArrayList<>();
    List<Training> trainings = new ArrayList<>();
    List<SupplierCommitment> commitments = new ArrayList<>();
    List<RemediationCase> cases = new ArrayList<>();
    for (int i = 0, n = r.nextInt(6); i < n; i++) {
      TrainingAudience audience = pick(TrainingAudience.values());
      if (audience == TrainingAudience.SUPPLIER && facilities.isEmpty()) {
        audience = TrainingAudience.EMPLOYEES;
      }
      String facility =
          audience == TrainingAudience.SUPPLIER || (!facilities.isEmpty() && chance(10))
              ? pick(facilities).id()
              : null;
      trainings.add(
          new Training(
              "t" + i,
              audience,
              facility,
              dateUpTo(max),
              some(TrainingTopic.values(), 4),
              chance(60) ? 1 + r.nextInt(500) : null,
              doc(documents)));
    }
    if (!facilities.isEmpty()) {
      for (int i = 0, n = r.nextInt(5); i < n; i++) {
        List<AuditFinding> findings = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
          findings.add(
              new AuditFinding(
                  chance(70) ? pick(ForcedLaborIndicator.values()) : null,
                  pick(AuditFindingSeverity.values()),
                  pick(AuditFindingStatus.values()),
                  chance(50) ? text() : null));
        }
        audits.add(
            new Audit(
                "a" + i,
                pick(facilities).id(),
                dateUpTo(max),
                chance(70) ? pick(new String[] {"SMETA", "SA8000", "amfori BSCI", "RBA VAP"}) : null,
                chance(50),
                chance(50),
                chance(50),
                doc(documents),
                findings));
      }
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        commitments.add(
            new SupplierCommitment(pick(facilities).id(), "3." + r.nextInt(4), dateUpTo(max), chance(70), doc(documents)));
      }
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        LocalDate opened = dateUpTo(max);
        List<RemediationAction> actions = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          actions.add(
              new RemediationAction(
                  text(),
                  chance(60) ? opened.plusDays(r.nextInt(900)) : null,
                  pick(RemediationActionStatus.values())));
        }
        LocalDate closed =
            chance(40) ? opened.plusDays(r.nextInt((int) (max.toEpochDay() - opened.toEpochDay() + 1))) : null;
        LocalDate disclosed =
            chance(50) ? opened.plusDays(r.nextInt((int) (max.toEpochDay() - opened.toEpochDay() + 1))) : null;
        cases.add(
            new RemediationCase(
                "c" + i,
                pick(facilities).id(),
                opened,
                some(ForcedLaborIndicator.values(), 3),
                disclosed,
                actions,
                closed));
      }
    }
    RemediationPlan plan = chance(60) ? new RemediationPlan(doc(documents), maybeDate(max), chance(70)) : null;
    List<Engagement> engagements = new ArrayList<>();
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      engagements.add(
          new Engagement(dateUpTo(max), pick(EngagementKind.values()), doc(documents), chance(50) ? text() : null));
    }
    return new Evidence(scp, risk, code, audits, trainings, commitments, plan, cases, engagements, documents);
  }

  private String doc(List<Document> documents) {
    return pick(documents).id();
  }

  private List<String> documentIds(List<Document> documents, int max) {
    List<String> out = new ArrayList<>();
    if (!documents.isEmpty()) {
      for (int i = r.nextInt(max + 1); i > 0; i--) {
        out.add(doc(documents));
      }
    }
    return out;
  }

  private Double share() {
    return chance(10) ? 1.0 : 1.0 - r.nextDouble(); // (0, 1]
  }

  private String hsCode() {
    String digits = chars("0123456789", 4 + 2 * r.nextInt(4));
    StringBuilder b = new StringBuilder(digits.substring(0, 4));
    boolean dots = chance(60);
    for (int i = 4; i < digits.length(); i += 2) {
      b.append(dots ? "." : "").append(digits, i, i + 2);
    }
    return b.toString();
  }

  private Identifiers identifiers() {
    String lei = null;
    if (chance(60)) {
      String prefix = chars(ALNUM, 18);
      lei = prefix + Codes.leiCheckDigits(prefix);
    }
    String uscc = null;
    if (chance(50)) {
      String first = chars(USCC_ALPHABET, 17);
      uscc = first + Codes.usccCheckCharacter(first);
    }
    String gln = null;
    if (chance(50)) {
      String first = chars("0123456789", 12);
      gln = first + Codes.glnCheckDigit(first);
    }
    return new Identifiers(chance(40) ? "OS" + chars(ALNUM, 12) : null, lei, uscc, gln);
  }
}
