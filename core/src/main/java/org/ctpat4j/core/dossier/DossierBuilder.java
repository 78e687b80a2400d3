package org.ctpat4j.core.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.internal.DossierChecks;
import org.ctpat4j.core.internal.Nulls;

/**
 * Builds a {@link Dossier} in code, for example from an ERP's own tables, and checks it as the JSON reader does.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.newBuilder()
 *     .asOf(LocalDate.of(2026, 11, 1))
 *     .partner(p -> p.name("Acme Solar Inc.").country("US").entityType(BusinessEntityType.IMPORTER)
 *         .membership(Program.SECURITY, LocalDate.of(2019, 3, 1)))
 *     .facility("f1", f -> f.name("Sunrise Modules").country("VN"))
 *     .facility("f2", f -> f.name("Polar Wafer").country("CN").region("CN-JS"))
 *     .material("wafer", "Silicon wafer", "3818.00")
 *     .link("f2", "f1", "wafer", l -> l.share(1.0).document("po-7"))
 *     .product("module", p -> p.name("PV module").hsCode("8541.43").producedBy("f1"))
 *     .document("po-7", d -> d.title("Purchase order 7"))
 *     .build();                        // DossierFormatException listing every problem, with its JSON Pointer
 * }</pre>
 *
 * <p><b>Checked like a document.</b> {@link #build()} runs every check of {@code DossierReader} and
 * {@code DossierValidator} (required values, codes and check digits, ISO 3166-2 regions in the facility's country,
 * duplicate links, shares, dates after {@code asOf}, broken references) and either returns a valid dossier or throws a
 * {@link DossierFormatException} that lists every problem with the JSON Pointer of the value in the dossier's JSON
 * form ({@code /facilities/1/region}); the problems have no line or column. So setters accept {@code null} for a value
 * the source does not have: {@code build()} reports it as missing, with its place, together with everything else,
 * instead of failing on the first. {@link #buildUnchecked()} skips the checks, for tests of the checks and of what
 * consumes invalid dossiers; it still cannot produce a dossier whose records break their own null rules.
 *
 * <p><b>Identity.</b> Facilities, products, audits, trainings, remediation cases and documents are kept by id, in the
 * order first added: adding one with an id already present edits that one ({@code facility("f1", f -> ...)} creates
 * {@code f1} or changes it). Materials are kept by id and replaced. Links, unmapped inputs, supplier commitments and
 * engagements are kept in the order added.
 *
 * <p><b>Parts on their own.</b> Each part builder ({@link FacilityBuilder}, {@link AuditBuilder} and the others) can
 * also be used outside a dossier: {@code FacilityBuilder.newBuilder("f1")} starts one, {@code FacilityBuilder.from(f)}
 * holds the values of a record, and its {@code build()} checks the part as this builder's {@link #build()} would,
 * except what needs the rest of the dossier (references, duplicate ids, dates after {@code asOf}), with pointers
 * relative to the part ({@code /region}); {@code buildUnchecked()} keeps to the record's own null rules. This is the
 * one place that knows how each record is built and checked; the testkit's builders add test defaults on top of it.
 *
 * <p>Start with {@link Dossier#newBuilder()} or, to change an existing dossier, {@link Dossier#toBuilder()}. Not
 * thread-safe; a builder can be built any number of times and every build is independent of later changes.
 */
@Incubating
public final class DossierBuilder {

  /** The source name of the exception thrown by {@link #build()} unless {@link #source(String)} sets another. */
  public static final String DEFAULT_SOURCE = "built dossier";

  private String source = DEFAULT_SOURCE;
  private LocalDate asOf;
  private PartnerBuilder partner;
  private final Map<String, FacilityBuilder> facilities = new LinkedHashMap<>();
  private final Map<String, Supplier<Material>> materials = new LinkedHashMap<>();
  private final List<LinkBuilder> links = new ArrayList<>();
  private final List<Supplier<UnmappedInput>> unmappedInputs = new ArrayList<>();
  private final Map<String, ProductBuilder> products = new LinkedHashMap<>();
  private ProgramBuilder program;
  private RiskAssessmentBuilder riskAssessment;
  private CodeOfConductBuilder codeOfConduct;
  private RemediationPlanBuilder remediationPlan;
  private final Map<String, AuditBuilder> audits = new LinkedHashMap<>();
  private final Map<String, TrainingBuilder> trainings = new LinkedHashMap<>();
  private final List<CommitmentBuilder> commitments = new ArrayList<>();
  private final Map<String, RemediationCaseBuilder> cases = new LinkedHashMap<>();
  private final List<EngagementBuilder> engagements = new ArrayList<>();
  private final Map<String, DocumentBuilder> documents = new LinkedHashMap<>();

  DossierBuilder() {}

  /**
   * Returns a builder holding everything in a dossier; see {@link Dossier#toBuilder()}.
   *
   * @param dossier the dossier; never null
   * @return a new builder; never null
   */
  static DossierBuilder from(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    DossierBuilder b = new DossierBuilder();
    b.asOf = dossier.asOf();
    b.partner(dossier.partner());
    dossier.facilities().forEach(b::facility);
    dossier.materials().forEach(b::material);
    dossier.links().forEach(b::link);
    dossier.unmappedInputs().forEach(b::unmappedInput);
    dossier.products().forEach(b::product);
    return b.evidence(dossier.evidence());
  }

  private static <T> T edit(T part, Consumer<? super T> edit) {
    Objects.requireNonNull(edit, "edit").accept(part);
    return part;
  }

  // ---------------------------------------------------------------- dossier and partner

  /**
   * Sets the name that {@link #build()}'s exception gives the dossier (for example {@code "ERP export 2026-11"}).
   *
   * @param source the name; never null; default {@value #DEFAULT_SOURCE}
   * @return this builder
   */
  public DossierBuilder source(String source) {
    this.source = Objects.requireNonNull(source, "source");
    return this;
  }

  /**
   * Sets the day the dossier is judged at.
   *
   * @param asOf the day, or {@code null} to leave it to the caller of the checks (the default)
   * @return this builder
   */
  public DossierBuilder asOf(LocalDate asOf) {
    this.asOf = asOf;
    return this;
  }

  /**
   * Describes the partner, creating it on first use: {@code partner(p -> p.name("Acme").country("US"))}.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder partner(Consumer<? super PartnerBuilder> edit) {
    if (partner == null) {
      partner = new PartnerBuilder();
    }
    edit(partner, edit);
    return this;
  }

  // ---------------------------------------------------------------- supply chain

  /**
   * Adds the facility with this id, or changes it if already added.
   *
   * @param id the facility id; never null
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder facility(String id, Consumer<? super FacilityBuilder> edit) {
    Objects.requireNonNull(id, "id");
    edit(facilities.computeIfAbsent(id, FacilityBuilder::new), edit);
    return this;
  }

  /**
   * Removes the facility with this id, if any (what refers to it is kept, and then breaks).
   *
   * @param id the facility id; never null
   * @return this builder
   */
  public DossierBuilder withoutFacility(String id) {
    facilities.remove(Objects.requireNonNull(id, "id"));
    return this;
  }

  /**
   * Adds a material, replacing one with the same id.
   *
   * @param id the material id; never null
   * @param name its common name, or {@code null} when unknown (a problem of {@link #build()})
   * @param hsCode its Harmonized System code, or {@code null}
   * @return this builder
   */
  public DossierBuilder material(String id, String name, String hsCode) {
    Objects.requireNonNull(id, "id");
    materials.put(id, () -> new Material(id, name, hsCode));
    return this;
  }

  /**
   * Adds a material, replacing one with the same id.
   *
   * @param material the material; never null
   * @return this builder
   */
  public DossierBuilder material(Material material) {
    Objects.requireNonNull(material, "material");
    materials.put(material.id(), () -> material);
    return this;
  }

  /**
   * Adds a link: facility {@code from} supplies {@code material} to facility {@code to}.
   *
   * @param from the supplier's facility id, or {@code null} when unknown (a problem of {@link #build()})
   * @param to the customer's facility id, or {@code null} when unknown
   * @param material the material id, or {@code null} when unknown
   * @return this builder
   */
  public DossierBuilder link(String from, String to, String material) {
    return link(from, to, material, l -> {});
  }

  /**
   * Adds a link with its share and documents: {@code link("f2", "f1", "wafer", l -> l.share(0.6).document("po-7"))}.
   *
   * @param from the supplier's facility id, or {@code null} when unknown (a problem of {@link #build()})
   * @param to the customer's facility id, or {@code null} when unknown
   * @param material the material id, or {@code null} when unknown
   * @param edit what else to set; never null
   * @return this builder
   */
  public DossierBuilder link(String from, String to, String material, Consumer<? super LinkBuilder> edit) {
    links.add(edit(new LinkBuilder(from, to, material), edit));
    return this;
  }

  /**
   * Adds a link.
   *
   * @param link the link; never null
   * @return this builder
   */
  public DossierBuilder link(Link link) {
    Objects.requireNonNull(link, "link");
    links.add(LinkBuilder.from(link));
    return this;
  }

  /**
   * Adds an input whose origin is not mapped.
   *
   * @param facility the receiving facility's id, or {@code null} when unknown (a problem of {@link #build()})
   * @param material the input material's id, or {@code null} when unknown
   * @param note why it is unmapped, or {@code null}
   * @return this builder
   */
  public DossierBuilder unmappedInput(String facility, String material, String note) {
    unmappedInputs.add(() -> new UnmappedInput(facility, material, note));
    return this;
  }

  /**
   * Adds an input whose origin is not mapped.
   *
   * @param input the input; never null
   * @return this builder
   */
  public DossierBuilder unmappedInput(UnmappedInput input) {
    Objects.requireNonNull(input, "input");
    unmappedInputs.add(() -> input);
    return this;
  }

  /**
   * Adds the product with this id, or changes it if already added.
   *
   * @param id the product id; never null
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder product(String id, Consumer<? super ProductBuilder> edit) {
    Objects.requireNonNull(id, "id");
    edit(products.computeIfAbsent(id, ProductBuilder::new), edit);
    return this;
  }

  // ---------------------------------------------------------------- evidence

  /**
   * Describes the social compliance program (MSC 3.9), creating it on first use.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder socialComplianceProgram(Consumer<? super ProgramBuilder> edit) {
    program = edit(program == null ? new ProgramBuilder() : program, edit);
    return this;
  }

  /**
   * Describes the partner's risk assessment, creating it on first use.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder riskAssessment(Consumer<? super RiskAssessmentBuilder> edit) {
    riskAssessment = edit(riskAssessment == null ? new RiskAssessmentBuilder() : riskAssessment, edit);
    return this;
  }

  /**
   * Describes the code of conduct, creating it on first use.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder codeOfConduct(Consumer<? super CodeOfConductBuilder> edit) {
    codeOfConduct = edit(codeOfConduct == null ? new CodeOfConductBuilder() : codeOfConduct, edit);
    return this;
  }

  /**
   * Describes the remediation plan, creating it on first use.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder remediationPlan(Consumer<? super RemediationPlanBuilder> edit) {
    remediationPlan = edit(remediationPlan == null ? new RemediationPlanBuilder() : remediationPlan, edit);
    return this;
  }

  /**
   * Removes the social compliance program, if any.
   *
   * @return this builder
   */
  public DossierBuilder withoutSocialComplianceProgram() {
    program = null;
    return this;
  }

  /**
   * Removes the risk assessment, if any.
   *
   * @return this builder
   */
  public DossierBuilder withoutRiskAssessment() {
    riskAssessment = null;
    return this;
  }

  /**
   * Removes the code of conduct, if any.
   *
   * @return this builder
   */
  public DossierBuilder withoutCodeOfConduct() {
    codeOfConduct = null;
    return this;
  }

  /**
   * Removes the remediation plan, if any.
   *
   * @return this builder
   */
  public DossierBuilder withoutRemediationPlan() {
    remediationPlan = null;
    return this;
  }

  /**
   * Adds the audit with this id, or changes it if already added.
   *
   * @param id the audit id; never null
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder audit(String id, Consumer<? super AuditBuilder> edit) {
    Objects.requireNonNull(id, "id");
    edit(audits.computeIfAbsent(id, AuditBuilder::new), edit);
    return this;
  }

  /**
   * Adds the training with this id, or changes it if already added.
   *
   * @param id the training id; never null
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder training(String id, Consumer<? super TrainingBuilder> edit) {
    Objects.requireNonNull(id, "id");
    edit(trainings.computeIfAbsent(id, TrainingBuilder::new), edit);
    return this;
  }

  /**
   * Adds a supplier's acknowledgment of the code of conduct.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder supplierCommitment(Consumer<? super CommitmentBuilder> edit) {
    commitments.add(edit(new CommitmentBuilder(), edit));
    return this;
  }

  /**
   * Adds the remediation case with this id, or changes it if already added.
   *
   * @param id the case id; never null
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder remediationCase(String id, Consumer<? super RemediationCaseBuilder> edit) {
    Objects.requireNonNull(id, "id");
    edit(cases.computeIfAbsent(id, RemediationCaseBuilder::new), edit);
    return this;
  }

  /**
   * Adds an engagement with CBP or the trade community.
   *
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder engagement(Consumer<? super EngagementBuilder> edit) {
    engagements.add(edit(new EngagementBuilder(), edit));
    return this;
  }

  /**
   * Adds the document with this id, or changes it if already added.
   *
   * @param id the document id; never null
   * @param edit what to set; never null
   * @return this builder
   */
  public DossierBuilder document(String id, Consumer<? super DocumentBuilder> edit) {
    Objects.requireNonNull(id, "id");
    edit(documents.computeIfAbsent(id, DocumentBuilder::new), edit);
    return this;
  }

  /**
   * Removes the document with this id, if any (what refers to it is kept, and then breaks).
   *
   * @param id the document id; never null
   * @return this builder
   */
  public DossierBuilder withoutDocument(String id) {
    documents.remove(Objects.requireNonNull(id, "id"));
    return this;
  }

  // ---------------------------------------------------------------- records

  /**
   * Replaces the partner with the values of a partner record.
   *
   * @param partner the partner; never null
   * @return this builder
   */
  public DossierBuilder partner(Partner partner) {
    Objects.requireNonNull(partner, "partner");
    this.partner = PartnerBuilder.from(partner);
    return this;
  }

  /**
   * Adds a facility record, replacing one with the same id.
   *
   * @param facility the facility; never null
   * @return this builder
   */
  public DossierBuilder facility(Facility facility) {
    Objects.requireNonNull(facility, "facility");
    facilities.put(facility.id(), FacilityBuilder.from(facility));
    return this;
  }

  /**
   * Adds a product record, replacing one with the same id.
   *
   * @param product the product; never null
   * @return this builder
   */
  public DossierBuilder product(Product product) {
    Objects.requireNonNull(product, "product");
    products.put(product.id(), ProductBuilder.from(product));
    return this;
  }

  /**
   * Replaces all the evidence (the program, risk assessment, code of conduct and remediation plan, and every audit,
   * training, supplier commitment, remediation case, engagement and document) with that of an evidence record.
   *
   * @param evidence the evidence; never null
   * @return this builder
   */
  public DossierBuilder evidence(Evidence evidence) {
    Objects.requireNonNull(evidence, "evidence");
    SocialComplianceProgram s = evidence.socialComplianceProgram();
    program = s == null ? null : ProgramBuilder.from(s);
    RiskAssessment r = evidence.riskAssessment();
    riskAssessment = r == null ? null : RiskAssessmentBuilder.from(r);
    CodeOfConduct c = evidence.codeOfConduct();
    codeOfConduct = c == null ? null : CodeOfConductBuilder.from(c);
    RemediationPlan p = evidence.remediationPlan();
    remediationPlan = p == null ? null : RemediationPlanBuilder.from(p);
    audits.clear();
    evidence.audits().forEach(this::audit);
    trainings.clear();
    evidence.trainings().forEach(this::training);
    commitments.clear();
    evidence.supplierCommitments().forEach(this::supplierCommitment);
    cases.clear();
    evidence.remediationCases().forEach(this::remediationCase);
    engagements.clear();
    evidence.engagements().forEach(this::engagement);
    documents.clear();
    evidence.documents().forEach(this::document);
    return this;
  }

  /**
   * Adds an audit record, replacing one with the same id.
   *
   * @param audit the audit; never null
   * @return this builder
   */
  public DossierBuilder audit(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    audits.put(audit.id(), AuditBuilder.from(audit));
    return this;
  }

  /**
   * Adds a training record, replacing one with the same id.
   *
   * @param training the training; never null
   * @return this builder
   */
  public DossierBuilder training(Training training) {
    Objects.requireNonNull(training, "training");
    trainings.put(training.id(), TrainingBuilder.from(training));
    return this;
  }

  /**
   * Adds a supplier commitment record.
   *
   * @param commitment the commitment; never null
   * @return this builder
   */
  public DossierBuilder supplierCommitment(SupplierCommitment commitment) {
    commitments.add(CommitmentBuilder.from(Objects.requireNonNull(commitment, "commitment")));
    return this;
  }

  /**
   * Adds a remediation case record, replacing one with the same id.
   *
   * @param remediationCase the case; never null
   * @return this builder
   */
  public DossierBuilder remediationCase(RemediationCase remediationCase) {
    Objects.requireNonNull(remediationCase, "remediationCase");
    cases.put(remediationCase.id(), RemediationCaseBuilder.from(remediationCase));
    return this;
  }

  /**
   * Adds an engagement record.
   *
   * @param engagement the engagement; never null
   * @return this builder
   */
  public DossierBuilder engagement(Engagement engagement) {
    Objects.requireNonNull(engagement, "engagement");
    engagements.add(EngagementBuilder.from(engagement));
    return this;
  }

  /**
   * Adds a document record, replacing one with the same id.
   *
   * @param document the document; never null
   * @return this builder
   */
  public DossierBuilder document(Document document) {
    Objects.requireNonNull(document, "document");
    documents.put(document.id(), DocumentBuilder.from(document));
    return this;
  }

  // ---------------------------------------------------------------- build

  /**
   * Builds the dossier and checks it completely, as {@code DossierReader} checks a document.
   *
   * @return the dossier, which has passed every check; never null
   * @throws DossierFormatException listing every problem, each with its JSON Pointer, in the order of the dossier's
   *     JSON form; a missing partner or required value is a {@code MISSING_FIELD} problem, never a
   *     {@link NullPointerException}
   */
  public Dossier build() {
    Dossier draft;
    try (Nulls.Scope lenient = Nulls.lenient()) {
      draft = assemble();
    }
    List<Problem> problems = DossierChecks.check(draft);
    if (!problems.isEmpty()) {
      throw new DossierFormatException(source, problems);
    }
    // the checks passed: built again outside the lenient scope, so the records' own checks hold for what is returned
    return assemble();
  }

  /**
   * Builds the dossier without checking it: references may be broken, codes malformed and dates after {@code asOf}.
   * For tests of the checks and of code that must cope with an unchecked dossier; a dossier for an assessment should
   * come from {@link #build()}, or be checked with {@code DossierValidator} before use.
   *
   * @return the dossier; never null
   * @throws NullPointerException if the partner or a value the records require is missing, naming the component
   */
  public Dossier buildUnchecked() {
    return assemble();
  }

  private Dossier assemble() {
    Evidence evidence =
        new Evidence(
            program == null ? null : program.buildUnchecked(),
            riskAssessment == null ? null : riskAssessment.buildUnchecked(),
            codeOfConduct == null ? null : codeOfConduct.buildUnchecked(),
            audits.values().stream().map(AuditBuilder::buildUnchecked).toList(),
            trainings.values().stream().map(TrainingBuilder::buildUnchecked).toList(),
            commitments.stream().map(CommitmentBuilder::buildUnchecked).toList(),
            remediationPlan == null ? null : remediationPlan.buildUnchecked(),
            cases.values().stream().map(RemediationCaseBuilder::buildUnchecked).toList(),
            engagements.stream().map(EngagementBuilder::buildUnchecked).toList(),
            documents.values().stream().map(DocumentBuilder::buildUnchecked).toList());
    return new Dossier(
        Dossier.FORMAT,
        asOf,
        partner == null ? null : partner.buildUnchecked(),
        facilities.values().stream().map(FacilityBuilder::buildUnchecked).toList(),
        materials.values().stream().map(Supplier::get).toList(),
        links.stream().map(LinkBuilder::buildUnchecked).toList(),
        unmappedInputs.stream().map(Supplier::get).toList(),
        products.values().stream().map(ProductBuilder::buildUnchecked).toList(),
        evidence);
  }

  /**
   * Checks one part on its own: places it in an otherwise empty builder, runs the dossier checks leniently and keeps
   * the problems within the part, except broken references (the rest of the dossier is not there). The pointers of
   * the problems are made relative to the part.
   */
  private static <T> T checkedPart(
      String kind, String pointer, Consumer<DossierBuilder> place, Supplier<T> buildUnchecked) {
    DossierBuilder alone = new DossierBuilder();
    place.accept(alone);
    Dossier draft;
    try (Nulls.Scope lenient = Nulls.lenient()) {
      draft = alone.assemble();
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem p : DossierChecks.check(draft)) {
      boolean within = p.path().equals(pointer) || p.path().startsWith(pointer + "/");
      if (within && !p.is(ProblemCode.BROKEN_REFERENCE)) {
        problems.add(new Problem(p.path().substring(pointer.length()), p.line(), p.column(), p.code(), p.message()));
      }
    }
    if (!problems.isEmpty()) {
      throw new DossierFormatException("built " + kind, problems);
    }
    return buildUnchecked.get();
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? new ArrayList<>() : new ArrayList<>(list);
  }

  // ---------------------------------------------------------------- parts

  /** Describes the {@link Partner}. Setters accept {@code null} for a value not known; {@link #build()} reports it. */
  public static final class PartnerBuilder {
    private String name;
    private String country;
    private BusinessEntityType entityType;
    private final List<Membership> memberships = new ArrayList<>();

    private PartnerBuilder() {}

    /**
     * Returns a builder of the partner on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static PartnerBuilder newBuilder() {
      return new PartnerBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param partner the record; never null
     * @return a new builder; never null
     */
    public static PartnerBuilder from(Partner partner) {
      Objects.requireNonNull(partner, "partner");
      PartnerBuilder b = new PartnerBuilder();
      b.name(partner.name()).country(partner.country()).entityType(partner.entityType());
      partner.memberships().forEach(b::membership);
      return b;
    }

    /**
     * Sets the legal name.
     *
     * @param name the name, or {@code null}
     * @return this builder
     */
    public PartnerBuilder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the ISO 3166-1 alpha-2 country.
     *
     * @param country the country code, or {@code null}
     * @return this builder
     */
    public PartnerBuilder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets the CTPAT business entity type.
     *
     * @param entityType the type, or {@code null}
     * @return this builder
     */
    public PartnerBuilder entityType(BusinessEntityType entityType) {
      this.entityType = entityType;
      return this;
    }

    /**
     * Adds a membership or application ({@link Membership#applicant(Program, LocalDate)}).
     *
     * @param membership the membership; never null
     * @return this builder
     */
    public PartnerBuilder membership(Membership membership) {
      memberships.add(Objects.requireNonNull(membership, "membership"));
      return this;
    }

    /**
     * Adds an active membership that has not ended.
     *
     * @param program the program; never null
     * @param since the first day of membership, or {@code null} when unknown (a problem of {@link #build()})
     * @return this builder
     */
    public PartnerBuilder membership(Program program, LocalDate since) {
      return membership(new Membership(Objects.requireNonNull(program, "program"), since, null, null));
    }

    /**
     * Removes every membership and application in a program.
     *
     * @param program the program; never null
     * @return this builder
     */
    public PartnerBuilder withoutMembership(Program program) {
      Objects.requireNonNull(program, "program");
      memberships.removeIf(m -> m.program() == program);
      return this;
    }

    /**
     * Builds the partner and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values, codes
     * and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the partner; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     partner's JSON form ({@code /name})
     */
    public Partner build() {
      return checkedPart("partner", "/partner", d -> d.partner = this, this::buildUnchecked);
    }

    /**
     * Builds the partner without checking more than its record's own null rules.
     *
     * @return the partner; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Partner buildUnchecked() {
      return new Partner(name, country, entityType, memberships);
    }
  }

  /**
   * Describes a {@link Facility}. Defaults: no aliases, region, address or identifiers; not redacted; origin not
   * stated.
   */
  public static final class FacilityBuilder {
    private final String id;
    private String name;
    private List<String> aliases = new ArrayList<>();
    private String country;
    private String region;
    private String address;
    private Identifiers identifiers = Identifiers.NONE;
    private boolean redacted;
    private Boolean origin;

    private FacilityBuilder(String id) {
      this.id = id;
    }

    /**
     * Returns a builder of a facility on its own, outside a dossier.
     *
     * @param id the facility id; never null
     * @return a new builder; never null
     */
    public static FacilityBuilder newBuilder(String id) {
      Objects.requireNonNull(id, "id");
      return new FacilityBuilder(id);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param facility the record; never null
     * @return a new builder; never null
     */
    public static FacilityBuilder from(Facility facility) {
      Objects.requireNonNull(facility, "facility");
      FacilityBuilder b = new FacilityBuilder(facility.id());
      b.name(facility.name()).aliases(facility.aliases()).country(facility.country()).region(facility.region())
          .address(facility.address());
      b.identifiers(facility.identifiers()).redacted(facility.redacted()).origin(facility.origin());
      return b;
    }

    /**
     * Sets the legal or trading name.
     *
     * @param name the name, or {@code null}
     * @return this builder
     */
    public FacilityBuilder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Adds another name the facility is known by.
     *
     * @param alias the alias; never null
     * @return this builder
     */
    public FacilityBuilder alias(String alias) {
      aliases.add(Objects.requireNonNull(alias, "alias"));
      return this;
    }

    /**
     * Replaces the aliases.
     *
     * @param aliases the aliases; never null
     * @return this builder
     */
    public FacilityBuilder aliases(List<String> aliases) {
      this.aliases = new ArrayList<>(Objects.requireNonNull(aliases, "aliases"));
      return this;
    }

    /**
     * Sets the ISO 3166-1 alpha-2 country.
     *
     * @param country the code (for example {@code "CN"}), or {@code null}
     * @return this builder
     */
    public FacilityBuilder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets the ISO 3166-2 subdivision. {@link DossierBuilder#build()} refuses a value that is not such a code or not in
     * the facility's country: {@code "Xinjiang"} is an {@code INVALID_VALUE} problem, {@code "CN-XJ"} is right.
     *
     * @param region the code, or {@code null} when unknown
     * @return this builder
     */
    public FacilityBuilder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the street address.
     *
     * @param address the address, or {@code null}
     * @return this builder
     */
    public FacilityBuilder address(String address) {
      this.address = address;
      return this;
    }

    /**
     * Sets the registry identifiers.
     *
     * @param identifiers the identifiers; {@code null} reads as {@link Identifiers#NONE}
     * @return this builder
     */
    public FacilityBuilder identifiers(Identifiers identifiers) {
      this.identifiers = identifiers == null ? Identifiers.NONE : identifiers;
      return this;
    }

    /**
     * Sets whether the name or address given is masked.
     *
     * @param redacted {@code true} when masked
     * @return this builder
     */
    public FacilityBuilder redacted(boolean redacted) {
      this.redacted = redacted;
      return this;
    }

    /**
     * Sets whether the facility is an origin of raw materials.
     *
     * @param origin the flag, or {@code null} when not stated
     * @return this builder
     */
    public FacilityBuilder origin(Boolean origin) {
      this.origin = origin;
      return this;
    }

    /**
     * Builds the facility and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values,
     * codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the facility; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     facility's JSON form ({@code /name})
     */
    public Facility build() {
      return checkedPart("facility", "/facilities/0", d -> d.facilities.put(id, this), this::buildUnchecked);
    }

    /**
     * Builds the facility without checking more than its record's own null rules.
     *
     * @return the facility; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Facility buildUnchecked() {
      return new Facility(id, name, aliases, country, region, address, identifiers, redacted, origin);
    }
  }

  /** Describes a {@link Link}'s share and documents. */
  public static final class LinkBuilder {
    private final String from;
    private final String to;
    private final String material;
    private Double share;
    private List<String> documents = new ArrayList<>();

    private LinkBuilder(String from, String to, String material) {
      this.from = from;
      this.to = to;
      this.material = material;
    }

    /**
     * Returns a builder of a link on its own, outside a dossier.
     *
     * @param from the supplier's facility id, or {@code null} when unknown (a problem of {@link #build()})
     * @param to the customer's facility id, or {@code null} when unknown
     * @param material the material id, or {@code null} when unknown
     * @return a new builder; never null
     */
    public static LinkBuilder newBuilder(String from, String to, String material) {
      return new LinkBuilder(from, to, material);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param link the record; never null
     * @return a new builder; never null
     */
    public static LinkBuilder from(Link link) {
      Objects.requireNonNull(link, "link");
      return new LinkBuilder(link.from(), link.to(), link.material()).share(link.share()).documents(link.documents());
    }

    /**
     * Sets the share of the customer's need for the material that this supplier covers.
     *
     * @param share the share in (0, 1], or {@code null} when unknown
     * @return this builder
     */
    public LinkBuilder share(Double share) {
      this.share = share;
      return this;
    }

    /**
     * Adds the id of a document proving the link (a purchase order, an invoice, a bill of lading).
     *
     * @param document the document id; never null
     * @return this builder
     */
    public LinkBuilder document(String document) {
      documents.add(Objects.requireNonNull(document, "document"));
      return this;
    }

    /**
     * Replaces the ids of the documents proving the link.
     *
     * @param documents the document ids; never null
     * @return this builder
     */
    public LinkBuilder documents(List<String> documents) {
      this.documents = new ArrayList<>(Objects.requireNonNull(documents, "documents"));
      return this;
    }

    /**
     * Builds the link and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values, codes
     * and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the link; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     link's JSON form ({@code /from})
     */
    public Link build() {
      return checkedPart("link", "/links/0", d -> d.links.add(this), this::buildUnchecked);
    }

    /**
     * Builds the link without checking more than its record's own null rules.
     *
     * @return the link; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Link buildUnchecked() {
      return new Link(from, to, material, share, documents);
    }
  }

  /** Describes a {@link Product}. */
  public static final class ProductBuilder {
    private final String id;
    private String name;
    private String hsCode;
    private String producedBy;

    private ProductBuilder(String id) {
      this.id = id;
    }

    /**
     * Returns a builder of a product on its own, outside a dossier.
     *
     * @param id the product id; never null
     * @return a new builder; never null
     */
    public static ProductBuilder newBuilder(String id) {
      Objects.requireNonNull(id, "id");
      return new ProductBuilder(id);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param product the record; never null
     * @return a new builder; never null
     */
    public static ProductBuilder from(Product product) {
      Objects.requireNonNull(product, "product");
      return new ProductBuilder(product.id()).name(product.name()).hsCode(product.hsCode())
          .producedBy(product.producedBy());
    }

    /**
     * Sets the product's name.
     *
     * @param name the name, or {@code null}
     * @return this builder
     */
    public ProductBuilder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the Harmonized System classification.
     *
     * @param hsCode the code, or {@code null}
     * @return this builder
     */
    public ProductBuilder hsCode(String hsCode) {
      this.hsCode = hsCode;
      return this;
    }

    /**
     * Sets the facility that produces it (the tier-1 supplier).
     *
     * @param facility the facility id, or {@code null}
     * @return this builder
     */
    public ProductBuilder producedBy(String facility) {
      this.producedBy = facility;
      return this;
    }

    /**
     * Builds the product and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values, codes
     * and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the product; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     product's JSON form ({@code /name})
     */
    public Product build() {
      return checkedPart("product", "/products/0", d -> d.products.put(id, this), this::buildUnchecked);
    }

    /**
     * Builds the product without checking more than its record's own null rules.
     *
     * @return the product; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Product buildUnchecked() {
      return new Product(id, name, hsCode, producedBy);
    }
  }

  /** Describes the {@link SocialComplianceProgram}. */
  public static final class ProgramBuilder {
    private String document;
    private LocalDate adopted;
    private LocalDate lastReviewed;
    private boolean addressesForcedLabor;
    private List<LocalDate> reviews = new ArrayList<>();

    private ProgramBuilder() {}

    /**
     * Returns a builder of the social compliance program on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static ProgramBuilder newBuilder() {
      return new ProgramBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param program the record; never null
     * @return a new builder; never null
     */
    public static ProgramBuilder from(SocialComplianceProgram program) {
      Objects.requireNonNull(program, "program");
      return new ProgramBuilder().document(program.document()).adopted(program.adopted())
          .lastReviewed(program.lastReviewed())
          .addressesForcedLabor(program.addressesForcedLabor()).reviews(program.reviews());
    }

    /**
     * Sets the program document.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public ProgramBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Sets the day the program was adopted.
     *
     * @param adopted the day, or {@code null}
     * @return this builder
     */
    public ProgramBuilder adopted(LocalDate adopted) {
      this.adopted = adopted;
      return this;
    }

    /**
     * Sets the day of the last management review.
     *
     * @param lastReviewed the day, or {@code null}
     * @return this builder
     */
    public ProgramBuilder lastReviewed(LocalDate lastReviewed) {
      this.lastReviewed = lastReviewed;
      return this;
    }

    /**
     * Sets whether the program explicitly addresses forced labor.
     *
     * @param addressesForcedLabor the flag
     * @return this builder
     */
    public ProgramBuilder addressesForcedLabor(boolean addressesForcedLabor) {
      this.addressesForcedLabor = addressesForcedLabor;
      return this;
    }

    /**
     * Adds the day of a management review.
     *
     * @param day the day; never null
     * @return this builder
     */
    public ProgramBuilder review(LocalDate day) {
      reviews.add(Objects.requireNonNull(day, "day"));
      return this;
    }

    /**
     * Replaces the days of the management reviews.
     *
     * @param reviews the days; never null
     * @return this builder
     */
    public ProgramBuilder reviews(List<LocalDate> reviews) {
      this.reviews = copy(Objects.requireNonNull(reviews, "reviews"));
      return this;
    }

    /**
     * Builds the social compliance program and checks it as {@link DossierBuilder#build()} checks it in a dossier:
     * required values, codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the
     * dossier's checks: whether the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the social compliance program; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the social
     *     compliance program's JSON form ({@code /document})
     */
    public SocialComplianceProgram build() {
      return checkedPart(
          "social compliance program",
          "/evidence/socialComplianceProgram",
          d -> d.program = this,
          this::buildUnchecked);
    }

    /**
     * Builds the social compliance program without checking more than its record's own null rules.
     *
     * @return the social compliance program; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public SocialComplianceProgram buildUnchecked() {
      return new SocialComplianceProgram(document, adopted, lastReviewed, addressesForcedLabor, reviews);
    }
  }

  /** Describes the {@link RiskAssessment}. */
  public static final class RiskAssessmentBuilder {
    private String document;
    private LocalDate performed;
    private boolean includesForcedLabor;
    private List<RiskSource> sources = new ArrayList<>();

    private RiskAssessmentBuilder() {}

    /**
     * Returns a builder of the risk assessment on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static RiskAssessmentBuilder newBuilder() {
      return new RiskAssessmentBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param assessment the record; never null
     * @return a new builder; never null
     */
    public static RiskAssessmentBuilder from(RiskAssessment assessment) {
      Objects.requireNonNull(assessment, "assessment");
      return new RiskAssessmentBuilder().document(assessment.document()).performed(assessment.performed())
          .includesForcedLabor(assessment.includesForcedLabor()).sourcesConsulted(assessment.sourcesConsulted());
    }

    /**
     * Sets the assessment document.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public RiskAssessmentBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Sets the day it was performed or last updated.
     *
     * @param performed the day, or {@code null}
     * @return this builder
     */
    public RiskAssessmentBuilder performed(LocalDate performed) {
      this.performed = performed;
      return this;
    }

    /**
     * Sets whether forced labor is part of the assessment method.
     *
     * @param includesForcedLabor the flag
     * @return this builder
     */
    public RiskAssessmentBuilder includesForcedLabor(boolean includesForcedLabor) {
      this.includesForcedLabor = includesForcedLabor;
      return this;
    }

    /**
     * Adds public risk sources consulted.
     *
     * @param sources the sources; never null
     * @return this builder
     */
    public RiskAssessmentBuilder sourceConsulted(RiskSource... sources) {
      for (RiskSource s : Objects.requireNonNull(sources, "sources")) {
        this.sources.add(Objects.requireNonNull(s, "source"));
      }
      return this;
    }

    /**
     * Replaces the public risk sources consulted.
     *
     * @param sources the sources; never null
     * @return this builder
     */
    public RiskAssessmentBuilder sourcesConsulted(List<RiskSource> sources) {
      this.sources = copy(Objects.requireNonNull(sources, "sources"));
      return this;
    }

    /**
     * Builds the risk assessment and checks it as {@link DossierBuilder#build()} checks it in a dossier: required
     * values, codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks:
     * whether the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the risk assessment; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the risk
     *     assessment's JSON form ({@code /document})
     */
    public RiskAssessment build() {
      return checkedPart(
          "risk assessment", "/evidence/riskAssessment", d -> d.riskAssessment = this, this::buildUnchecked);
    }

    /**
     * Builds the risk assessment without checking more than its record's own null rules.
     *
     * @return the risk assessment; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public RiskAssessment buildUnchecked() {
      return new RiskAssessment(document, performed, includesForcedLabor, sources);
    }
  }

  /** Describes the {@link CodeOfConduct}. */
  public static final class CodeOfConductBuilder {
    private String document;
    private String version;
    private LocalDate adopted;
    private String publicUrl;
    private LocalDate uploadedToPortal;
    private boolean prohibitsForcedLabor;
    private boolean commitsToMapping;
    private List<String> policies = new ArrayList<>();
    private List<CodeOfConductVersion> versions = new ArrayList<>();

    private CodeOfConductBuilder() {}

    /**
     * Returns a builder of the code of conduct on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static CodeOfConductBuilder newBuilder() {
      return new CodeOfConductBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param code the record; never null
     * @return a new builder; never null
     */
    public static CodeOfConductBuilder from(CodeOfConduct code) {
      Objects.requireNonNull(code, "code");
      CodeOfConductBuilder b = new CodeOfConductBuilder();
      b.document(code.document()).version(code.version()).adopted(code.adopted()).publicUrl(code.publicUrl());
      b.uploadedToPortal(code.uploadedToPortal()).prohibitsForcedLabor(code.prohibitsForcedLabor());
      b.commitsToMapping(code.commitsToMapping()).policies(code.policies()).versions(code.versions());
      return b;
    }

    /**
     * Sets the code's document.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public CodeOfConductBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Sets the current version, which supplier commitments acknowledge.
     *
     * @param version the version label, or {@code null}
     * @return this builder
     */
    public CodeOfConductBuilder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the day this version was adopted.
     *
     * @param adopted the day, or {@code null}
     * @return this builder
     */
    public CodeOfConductBuilder adopted(LocalDate adopted) {
      this.adopted = adopted;
      return this;
    }

    /**
     * Sets where the code is published.
     *
     * @param publicUrl the address, or {@code null} when it is not public
     * @return this builder
     */
    public CodeOfConductBuilder publicUrl(String publicUrl) {
      this.publicUrl = publicUrl;
      return this;
    }

    /**
     * Sets the day it was uploaded to the CTPAT portal.
     *
     * @param uploadedToPortal the day, or {@code null}
     * @return this builder
     */
    public CodeOfConductBuilder uploadedToPortal(LocalDate uploadedToPortal) {
      this.uploadedToPortal = uploadedToPortal;
      return this;
    }

    /**
     * Sets whether it prohibits forced labor in any part of the supply chain.
     *
     * @param prohibitsForcedLabor the flag
     * @return this builder
     */
    public CodeOfConductBuilder prohibitsForcedLabor(boolean prohibitsForcedLabor) {
      this.prohibitsForcedLabor = prohibitsForcedLabor;
      return this;
    }

    /**
     * Sets whether it commits the partner to mapping its supply chain.
     *
     * @param commitsToMapping the flag
     * @return this builder
     */
    public CodeOfConductBuilder commitsToMapping(boolean commitsToMapping) {
      this.commitsToMapping = commitsToMapping;
      return this;
    }

    /**
     * Adds the document of a policy or procedure that implements the code.
     *
     * @param document the document id; never null
     * @return this builder
     */
    public CodeOfConductBuilder policy(String document) {
      policies.add(Objects.requireNonNull(document, "document"));
      return this;
    }

    /**
     * Replaces the documents of the policies and procedures.
     *
     * @param policies the document ids; never null
     * @return this builder
     */
    public CodeOfConductBuilder policies(List<String> policies) {
      this.policies = copy(Objects.requireNonNull(policies, "policies"));
      return this;
    }

    /**
     * Adds an earlier version.
     *
     * @param version the earlier version; never null
     * @return this builder
     */
    public CodeOfConductBuilder earlierVersion(CodeOfConductVersion version) {
      versions.add(Objects.requireNonNull(version, "version"));
      return this;
    }

    /**
     * Replaces the earlier versions.
     *
     * @param versions the earlier versions; never null
     * @return this builder
     */
    public CodeOfConductBuilder versions(List<CodeOfConductVersion> versions) {
      this.versions = copy(Objects.requireNonNull(versions, "versions"));
      return this;
    }

    /**
     * Builds the code of conduct and checks it as {@link DossierBuilder#build()} checks it in a dossier: required
     * values, codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks:
     * whether the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the code of conduct; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the code of
     *     conduct's JSON form ({@code /document})
     */
    public CodeOfConduct build() {
      return checkedPart(
          "code of conduct", "/evidence/codeOfConduct", d -> d.codeOfConduct = this, this::buildUnchecked);
    }

    /**
     * Builds the code of conduct without checking more than its record's own null rules.
     *
     * @return the code of conduct; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public CodeOfConduct buildUnchecked() {
      return new CodeOfConduct(
          document, version, adopted, publicUrl, uploadedToPortal, prohibitsForcedLabor, commitsToMapping, policies,
          versions);
    }
  }

  /** Describes the {@link RemediationPlan}. */
  public static final class RemediationPlanBuilder {
    private String document;
    private LocalDate adopted;
    private boolean includesCbpDisclosure;

    private RemediationPlanBuilder() {}

    /**
     * Returns a builder of the remediation plan on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static RemediationPlanBuilder newBuilder() {
      return new RemediationPlanBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param plan the record; never null
     * @return a new builder; never null
     */
    public static RemediationPlanBuilder from(RemediationPlan plan) {
      Objects.requireNonNull(plan, "plan");
      return new RemediationPlanBuilder().document(plan.document()).adopted(plan.adopted())
          .includesCbpDisclosure(plan.includesCbpDisclosure());
    }

    /**
     * Sets the plan document.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public RemediationPlanBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Sets the day it was adopted.
     *
     * @param adopted the day, or {@code null}
     * @return this builder
     */
    public RemediationPlanBuilder adopted(LocalDate adopted) {
      this.adopted = adopted;
      return this;
    }

    /**
     * Sets whether the plan includes disclosing findings of forced labor to CBP.
     *
     * @param includesCbpDisclosure the flag
     * @return this builder
     */
    public RemediationPlanBuilder includesCbpDisclosure(boolean includesCbpDisclosure) {
      this.includesCbpDisclosure = includesCbpDisclosure;
      return this;
    }

    /**
     * Builds the remediation plan and checks it as {@link DossierBuilder#build()} checks it in a dossier: required
     * values, codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks:
     * whether the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the remediation plan; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     remediation plan's JSON form ({@code /document})
     */
    public RemediationPlan build() {
      return checkedPart(
          "remediation plan", "/evidence/remediationPlan", d -> d.remediationPlan = this, this::buildUnchecked);
    }

    /**
     * Builds the remediation plan without checking more than its record's own null rules.
     *
     * @return the remediation plan; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public RemediationPlan buildUnchecked() {
      return new RemediationPlan(document, adopted, includesCbpDisclosure);
    }
  }

  /**
   * Describes an {@link Audit}. Defaults: no scheme, findings or type (so a second-party audit unless
   * {@link #independent(boolean)} or {@link #type(AuditType)} says otherwise), unannounced, unredacted.
   */
  public static final class AuditBuilder {
    private final String id;
    private String facility;
    private LocalDate date;
    private String scheme;
    private boolean independent;
    private boolean announced;
    private boolean redacted;
    private String document;
    private List<AuditFinding> findings = new ArrayList<>();
    private AuditType type;

    private AuditBuilder(String id) {
      this.id = id;
    }

    /**
     * Returns a builder of an audit on its own, outside a dossier.
     *
     * @param id the audit id; never null
     * @return a new builder; never null
     */
    public static AuditBuilder newBuilder(String id) {
      Objects.requireNonNull(id, "id");
      return new AuditBuilder(id);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param audit the record; never null
     * @return a new builder; never null
     */
    public static AuditBuilder from(Audit audit) {
      Objects.requireNonNull(audit, "audit");
      AuditBuilder b = new AuditBuilder(audit.id());
      b.facility(audit.facility()).date(audit.date()).scheme(audit.scheme()).type(audit.type())
          .independent(audit.independent());
      b.announced(audit.announced()).redacted(audit.redacted()).document(audit.document()).findings(audit.findings());
      return b;
    }

    /**
     * Sets the audited facility.
     *
     * @param facility the facility id, or {@code null}
     * @return this builder
     */
    public AuditBuilder facility(String facility) {
      this.facility = facility;
      return this;
    }

    /**
     * Sets the last day of the audit.
     *
     * @param date the day, or {@code null}
     * @return this builder
     */
    public AuditBuilder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Sets the audit scheme (for example SMETA, SA8000, amfori BSCI).
     *
     * @param scheme the scheme, or {@code null}
     * @return this builder
     */
    public AuditBuilder scheme(String scheme) {
      this.scheme = scheme;
      return this;
    }

    /**
     * Sets who performed the audit; it decides whether the audit counts as independent, and sets
     * {@link #independent(boolean)} to match.
     *
     * @param type the type, or {@code null} to derive it from {@link #independent(boolean)}
     * @return this builder
     */
    public AuditBuilder type(AuditType type) {
      this.type = type;
      this.independent = type != null && type.isIndependent();
      return this;
    }

    /**
     * Sets whether a third party performed the audit, for a source that records only that ({@link #type(AuditType)}
     * decides when both are set; {@code true} with another type is a problem of {@link DossierBuilder#build()}).
     *
     * @param independent the flag
     * @return this builder
     */
    public AuditBuilder independent(boolean independent) {
      this.independent = independent;
      return this;
    }

    /**
     * Sets whether the facility knew the date in advance.
     *
     * @param announced the flag
     * @return this builder
     */
    public AuditBuilder announced(boolean announced) {
      this.announced = announced;
      return this;
    }

    /**
     * Sets whether the report the partner holds is redacted.
     *
     * @param redacted the flag
     * @return this builder
     */
    public AuditBuilder redacted(boolean redacted) {
      this.redacted = redacted;
      return this;
    }

    /**
     * Sets the audit report.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public AuditBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Adds a finding.
     *
     * @param finding the finding; never null
     * @return this builder
     */
    public AuditBuilder finding(AuditFinding finding) {
      findings.add(Objects.requireNonNull(finding, "finding"));
      return this;
    }

    /**
     * Replaces the findings.
     *
     * @param findings the findings; never null
     * @return this builder
     */
    public AuditBuilder findings(List<AuditFinding> findings) {
      this.findings = copy(Objects.requireNonNull(findings, "findings"));
      return this;
    }

    /**
     * Builds the audit and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values, codes
     * and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the audit; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     audit's JSON form ({@code /document})
     */
    public Audit build() {
      return checkedPart("audit", "/evidence/audits/0", d -> d.audits.put(id, this), this::buildUnchecked);
    }

    /**
     * Builds the audit without checking more than its record's own null rules.
     *
     * @return the audit; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Audit buildUnchecked() {
      return new Audit(id, facility, date, scheme, independent, announced, redacted, document, findings, type);
    }
  }

  /** Describes a {@link Training}. */
  public static final class TrainingBuilder {
    private final String id;
    private TrainingAudience audience;
    private String facility;
    private LocalDate date;
    private List<TrainingTopic> topics = new ArrayList<>();
    private Integer participants;
    private String document;

    private TrainingBuilder(String id) {
      this.id = id;
    }

    /**
     * Returns a builder of a training on its own, outside a dossier.
     *
     * @param id the training id; never null
     * @return a new builder; never null
     */
    public static TrainingBuilder newBuilder(String id) {
      Objects.requireNonNull(id, "id");
      return new TrainingBuilder(id);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param training the record; never null
     * @return a new builder; never null
     */
    public static TrainingBuilder from(Training training) {
      Objects.requireNonNull(training, "training");
      TrainingBuilder b = new TrainingBuilder(training.id());
      b.audience(training.audience()).facility(training.facility()).date(training.date()).topics(training.topics());
      b.participants(training.participants()).document(training.document());
      return b;
    }

    /**
     * Sets who was trained.
     *
     * @param audience the audience, or {@code null}
     * @return this builder
     */
    public TrainingBuilder audience(TrainingAudience audience) {
      this.audience = audience;
      return this;
    }

    /**
     * Sets the trained supplier's facility, for a {@link TrainingAudience#SUPPLIER} training.
     *
     * @param facility the facility id, or {@code null}
     * @return this builder
     */
    public TrainingBuilder facility(String facility) {
      this.facility = facility;
      return this;
    }

    /**
     * Sets the day of the training.
     *
     * @param date the day, or {@code null}
     * @return this builder
     */
    public TrainingBuilder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Adds topics.
     *
     * @param topics the topics; never null
     * @return this builder
     */
    public TrainingBuilder topic(TrainingTopic... topics) {
      for (TrainingTopic t : Objects.requireNonNull(topics, "topics")) {
        this.topics.add(Objects.requireNonNull(t, "topic"));
      }
      return this;
    }

    /**
     * Replaces the topics.
     *
     * @param topics the topics; never null
     * @return this builder
     */
    public TrainingBuilder topics(List<TrainingTopic> topics) {
      this.topics = copy(Objects.requireNonNull(topics, "topics"));
      return this;
    }

    /**
     * Sets how many people took part.
     *
     * @param participants the number, or {@code null}
     * @return this builder
     */
    public TrainingBuilder participants(Integer participants) {
      this.participants = participants;
      return this;
    }

    /**
     * Sets the attendance record or material.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public TrainingBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Builds the training and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values,
     * codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the training; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     training's JSON form ({@code /document})
     */
    public Training build() {
      return checkedPart("training", "/evidence/trainings/0", d -> d.trainings.put(id, this), this::buildUnchecked);
    }

    /**
     * Builds the training without checking more than its record's own null rules.
     *
     * @return the training; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Training buildUnchecked() {
      return new Training(id, audience, facility, date, topics, participants, document);
    }
  }

  /** Describes a {@link SupplierCommitment}. */
  public static final class CommitmentBuilder {
    private String facility;
    private String codeOfConductVersion;
    private LocalDate acknowledged;
    private boolean excludesForcedLaborPartners;
    private String document;

    private CommitmentBuilder() {}

    /**
     * Returns a builder of a supplier commitment on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static CommitmentBuilder newBuilder() {
      return new CommitmentBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param commitment the record; never null
     * @return a new builder; never null
     */
    public static CommitmentBuilder from(SupplierCommitment commitment) {
      Objects.requireNonNull(commitment, "commitment");
      CommitmentBuilder b = new CommitmentBuilder();
      b.facility(commitment.facility()).codeOfConductVersion(commitment.codeOfConductVersion())
          .acknowledged(commitment.acknowledged());
      b.excludesForcedLaborPartners(commitment.excludesForcedLaborPartners()).document(commitment.document());
      return b;
    }

    /**
     * Sets the supplier's facility.
     *
     * @param facility the facility id, or {@code null}
     * @return this builder
     */
    public CommitmentBuilder facility(String facility) {
      this.facility = facility;
      return this;
    }

    /**
     * Sets the version of the code of conduct acknowledged.
     *
     * @param version the version label, or {@code null}
     * @return this builder
     */
    public CommitmentBuilder codeOfConductVersion(String version) {
      this.codeOfConductVersion = version;
      return this;
    }

    /**
     * Sets the day it was signed.
     *
     * @param acknowledged the day, or {@code null}
     * @return this builder
     */
    public CommitmentBuilder acknowledged(LocalDate acknowledged) {
      this.acknowledged = acknowledged;
      return this;
    }

    /**
     * Sets whether the supplier commits not to partner with businesses that use forced labor.
     *
     * @param excludes the flag
     * @return this builder
     */
    public CommitmentBuilder excludesForcedLaborPartners(boolean excludes) {
      this.excludesForcedLaborPartners = excludes;
      return this;
    }

    /**
     * Sets the signed acknowledgment.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public CommitmentBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Builds the supplier commitment and checks it as {@link DossierBuilder#build()} checks it in a dossier: required
     * values, codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks:
     * whether the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the supplier commitment; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the supplier
     *     commitment's JSON form ({@code /document})
     */
    public SupplierCommitment build() {
      return checkedPart(
          "supplier commitment", "/evidence/supplierCommitments/0", d -> d.commitments.add(this), this::buildUnchecked);
    }

    /**
     * Builds the supplier commitment without checking more than its record's own null rules.
     *
     * @return the supplier commitment; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public SupplierCommitment buildUnchecked() {
      return new SupplierCommitment(facility, codeOfConductVersion, acknowledged, excludesForcedLaborPartners, document);
    }
  }

  /** Describes a {@link RemediationCase}. */
  public static final class RemediationCaseBuilder {
    private final String id;
    private String facility;
    private LocalDate opened;
    private List<ForcedLaborIndicator> indicators = new ArrayList<>();
    private LocalDate disclosedToCbp;
    private List<RemediationAction> actions = new ArrayList<>();
    private LocalDate closed;
    private String verification;

    private RemediationCaseBuilder(String id) {
      this.id = id;
    }

    /**
     * Returns a builder of a remediation case on its own, outside a dossier.
     *
     * @param id the case id; never null
     * @return a new builder; never null
     */
    public static RemediationCaseBuilder newBuilder(String id) {
      Objects.requireNonNull(id, "id");
      return new RemediationCaseBuilder(id);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param remediationCase the record; never null
     * @return a new builder; never null
     */
    public static RemediationCaseBuilder from(RemediationCase remediationCase) {
      Objects.requireNonNull(remediationCase, "remediationCase");
      RemediationCaseBuilder b = new RemediationCaseBuilder(remediationCase.id());
      b.facility(remediationCase.facility()).opened(remediationCase.opened()).indicators(remediationCase.indicators())
          .disclosedToCbp(remediationCase.disclosedToCbp());
      b.actions(remediationCase.actions()).closed(remediationCase.closed())
          .verification(remediationCase.verification());
      return b;
    }

    /**
     * Sets the facility concerned.
     *
     * @param facility the facility id, or {@code null}
     * @return this builder
     */
    public RemediationCaseBuilder facility(String facility) {
      this.facility = facility;
      return this;
    }

    /**
     * Sets the day the case was opened.
     *
     * @param opened the day, or {@code null}
     * @return this builder
     */
    public RemediationCaseBuilder opened(LocalDate opened) {
      this.opened = opened;
      return this;
    }

    /**
     * Adds forced-labour indicators found.
     *
     * @param indicators the indicators; never null
     * @return this builder
     */
    public RemediationCaseBuilder indicator(ForcedLaborIndicator... indicators) {
      for (ForcedLaborIndicator i : Objects.requireNonNull(indicators, "indicators")) {
        this.indicators.add(Objects.requireNonNull(i, "indicator"));
      }
      return this;
    }

    /**
     * Replaces the forced-labour indicators found.
     *
     * @param indicators the indicators; never null
     * @return this builder
     */
    public RemediationCaseBuilder indicators(List<ForcedLaborIndicator> indicators) {
      this.indicators = copy(Objects.requireNonNull(indicators, "indicators"));
      return this;
    }

    /**
     * Sets the day the case was disclosed to CBP.
     *
     * @param disclosedToCbp the day, or {@code null} when not disclosed
     * @return this builder
     */
    public RemediationCaseBuilder disclosedToCbp(LocalDate disclosedToCbp) {
      this.disclosedToCbp = disclosedToCbp;
      return this;
    }

    /**
     * Adds a corrective action.
     *
     * @param action the action; never null
     * @return this builder
     */
    public RemediationCaseBuilder action(RemediationAction action) {
      actions.add(Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * Replaces the corrective actions.
     *
     * @param actions the actions; never null
     * @return this builder
     */
    public RemediationCaseBuilder actions(List<RemediationAction> actions) {
      this.actions = copy(Objects.requireNonNull(actions, "actions"));
      return this;
    }

    /**
     * Sets the day the case was closed.
     *
     * @param closed the day, or {@code null} while open
     * @return this builder
     */
    public RemediationCaseBuilder closed(LocalDate closed) {
      this.closed = closed;
      return this;
    }

    /**
     * Sets the document that verifies the remediation.
     *
     * @param verification the document id, or {@code null}
     * @return this builder
     */
    public RemediationCaseBuilder verification(String verification) {
      this.verification = verification;
      return this;
    }

    /**
     * Builds the remediation case and checks it as {@link DossierBuilder#build()} checks it in a dossier: required
     * values, codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks:
     * whether the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the remediation case; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     remediation case's JSON form ({@code /document})
     */
    public RemediationCase build() {
      return checkedPart(
          "remediation case", "/evidence/remediationCases/0", d -> d.cases.put(id, this), this::buildUnchecked);
    }

    /**
     * Builds the remediation case without checking more than its record's own null rules.
     *
     * @return the remediation case; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public RemediationCase buildUnchecked() {
      return new RemediationCase(id, facility, opened, indicators, disclosedToCbp, actions, closed, verification);
    }
  }

  /** Describes an {@link Engagement}. */
  public static final class EngagementBuilder {
    private LocalDate date;
    private EngagementKind kind;
    private String document;
    private String description;

    private EngagementBuilder() {}

    /**
     * Returns a builder of an engagement on its own, outside a dossier.
     *
     * @return a new builder; never null
     */
    public static EngagementBuilder newBuilder() {
      return new EngagementBuilder();
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param engagement the record; never null
     * @return a new builder; never null
     */
    public static EngagementBuilder from(Engagement engagement) {
      Objects.requireNonNull(engagement, "engagement");
      return new EngagementBuilder().date(engagement.date()).kind(engagement.kind()).document(engagement.document())
          .description(engagement.description());
    }

    /**
     * Sets the day.
     *
     * @param date the day, or {@code null}
     * @return this builder
     */
    public EngagementBuilder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Sets the kind of engagement.
     *
     * @param kind the kind, or {@code null}
     * @return this builder
     */
    public EngagementBuilder kind(EngagementKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the document that proves it.
     *
     * @param document the document id, or {@code null}
     * @return this builder
     */
    public EngagementBuilder document(String document) {
      this.document = document;
      return this;
    }

    /**
     * Sets a short description.
     *
     * @param description the description, or {@code null}
     * @return this builder
     */
    public EngagementBuilder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the engagement and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values,
     * codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the engagement; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     engagement's JSON form ({@code /date})
     */
    public Engagement build() {
      return checkedPart("engagement", "/evidence/engagements/0", d -> d.engagements.add(this), this::buildUnchecked);
    }

    /**
     * Builds the engagement without checking more than its record's own null rules.
     *
     * @return the engagement; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Engagement buildUnchecked() {
      return new Engagement(date, kind, document, description);
    }
  }

  /** Describes a {@link Document}. Defaults: no path, digest, language or issue date; unredacted. */
  public static final class DocumentBuilder {
    private final String id;
    private String title;
    private String path;
    private String sha256;
    private String language;
    private boolean redacted;
    private LocalDate issued;

    private DocumentBuilder(String id) {
      this.id = id;
    }

    /**
     * Returns a builder of a document on its own, outside a dossier.
     *
     * @param id the document id; never null
     * @return a new builder; never null
     */
    public static DocumentBuilder newBuilder(String id) {
      Objects.requireNonNull(id, "id");
      return new DocumentBuilder(id);
    }

    /**
     * Returns a builder holding the values of a record, to change some of them and build it again.
     *
     * @param document the record; never null
     * @return a new builder; never null
     */
    public static DocumentBuilder from(Document document) {
      Objects.requireNonNull(document, "document");
      DocumentBuilder b = new DocumentBuilder(document.id());
      b.title(document.title()).path(document.path()).sha256(document.sha256()).language(document.language())
          .redacted(document.redacted());
      b.issued(document.issued());
      return b;
    }

    /**
     * Sets the title.
     *
     * @param title the title, or {@code null}
     * @return this builder
     */
    public DocumentBuilder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets where the file is, relative to the dossier's document folder.
     *
     * @param path the path, or {@code null} when not held as a file
     * @return this builder
     */
    public DocumentBuilder path(String path) {
      this.path = path;
      return this;
    }

    /**
     * Sets the lower-case hex SHA-256 of the file.
     *
     * @param sha256 the digest, or {@code null}
     * @return this builder
     */
    public DocumentBuilder sha256(String sha256) {
      this.sha256 = sha256;
      return this;
    }

    /**
     * Sets the BCP 47 language tag.
     *
     * @param language the tag, or {@code null}
     * @return this builder
     */
    public DocumentBuilder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets whether the document is redacted.
     *
     * @param redacted the flag
     * @return this builder
     */
    public DocumentBuilder redacted(boolean redacted) {
      this.redacted = redacted;
      return this;
    }

    /**
     * Sets the day the document was issued or signed.
     *
     * @param issued the day, or {@code null}
     * @return this builder
     */
    public DocumentBuilder issued(LocalDate issued) {
      this.issued = issued;
      return this;
    }

    /**
     * Builds the document and checks it as {@link DossierBuilder#build()} checks it in a dossier: required values,
     * codes and check digits, blanks, ranges. What needs the rest of a dossier is left to the dossier's checks: whether
     * the ids it refers to exist, duplicate ids, dates after {@code asOf}.
     *
     * @return the document; never null
     * @throws DossierFormatException listing every problem, each with the JSON Pointer of the value within the
     *     document's JSON form ({@code /document})
     */
    public Document build() {
      return checkedPart("document", "/evidence/documents/0", d -> d.documents.put(id, this), this::buildUnchecked);
    }

    /**
     * Builds the document without checking more than its record's own null rules.
     *
     * @return the document; never null
     * @throws NullPointerException if a value the record requires is missing, naming the component
     */
    public Document buildUnchecked() {
      return new Document(id, title, path, sha256, language, redacted, issued);
    }
  }
}
