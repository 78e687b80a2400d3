package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.EngagementKind;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.UnmappedInput;

/**
 * Builds a {@link Dossier} piece by piece. Start empty with {@link Dossiers#dossier()}, from the compliant importer
 * with {@link Dossiers#compliantDossier()}, or from any dossier with {@link #from(Dossier)}; change what the test is
 * about; {@link #build()}.
 *
 * <p><b>Defaults.</b> The dossier is judged at {@link Dossiers#DEFAULT_AS_OF} unless {@link #asOf(LocalDate)} says
 * otherwise. Element builders added here that were not given explicit dates are dated relative to that day when the
 * dossier is built (an audit four months before it, and so on), so changing {@code asOf} moves them along. Records
 * added as records keep their dates.
 *
 * <p><b>References never break unless asked.</b> When the dossier is built, every facility, material and document
 * that something refers to but that was not declared is registered with defaults (a facility in the US, a material
 * named after its id, a document with a path and SHA-256). {@link #keepBrokenReferences()} turns that off, and
 * {@link #withoutDocument(String)} removes a document for good, so that a test can check how broken references are
 * reported. Adding an element whose id is already present replaces it in place.
 *
 * <p>Not thread-safe; a builder can be built any number of times and each build is independent.
 */
public final class DossierBuilder {

  private LocalDate asOf = Dossiers.DEFAULT_AS_OF;
  private boolean hasAsOf = true;
  private PartnerBuilder partner = new PartnerBuilder();
  private final Map<String, FacilityBuilder> facilities = new LinkedHashMap<>();
  private final Map<String, Material> materials = new LinkedHashMap<>();
  private final List<LinkBuilder> links = new ArrayList<>();
  private final List<UnmappedInput> unmappedInputs = new ArrayList<>();
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
  private final Set<String> removedDocuments = new LinkedHashSet<>();
  private final EnumSet<EvidenceGap> gaps = EnumSet.noneOf(EvidenceGap.class);
  private boolean autoRegister = true;

  DossierBuilder() {}

  /**
   * Returns a builder holding everything in a dossier, to change it piece by piece. Building it unchanged gives an
   * equal dossier when the dossier's references are complete.
   *
   * @param dossier the dossier; never null
   * @return a new builder
   */
  public static DossierBuilder from(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    DossierBuilder b = new DossierBuilder();
    if (dossier.asOf() == null) {
      b.withoutAsOf();
    } else {
      b.asOf(dossier.asOf());
    }
    b.partner = PartnerBuilder.from(dossier.partner());
    dossier.facilities().forEach(b::facility);
    dossier.materials().forEach(b::material);
    dossier.links().forEach(b::link);
    dossier.unmappedInputs().forEach(b::unmappedInput);
    dossier.products().forEach(b::product);
    Evidence e = dossier.evidence();
    b.program = e.socialComplianceProgram() == null ? null : ProgramBuilder.from(e.socialComplianceProgram());
    b.riskAssessment = e.riskAssessment() == null ? null : RiskAssessmentBuilder.from(e.riskAssessment());
    b.codeOfConduct = e.codeOfConduct() == null ? null : CodeOfConductBuilder.from(e.codeOfConduct());
    b.remediationPlan = e.remediationPlan() == null ? null : RemediationPlanBuilder.from(e.remediationPlan());
    e.audits().forEach(b::audit);
    e.trainings().forEach(b::training);
    e.supplierCommitments().forEach(b::commitment);
    e.remediationCases().forEach(b::remediationCase);
    e.engagements().forEach(b::engagement);
    e.documents().forEach(b::document);
    return b;
  }

  // ---------------------------------------------------------------- date and partner

  /**
   * Sets the day the dossier is judged at; relative default dates follow it.
   *
   * @param asOf the day; never null
   * @return this builder
   */
  public DossierBuilder asOf(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.hasAsOf = true;
    return this;
  }

  /**
   * Leaves {@code asOf} out of the dossier (the caller then supplies it); relative default dates are resolved against
   * {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return this builder
   */
  public DossierBuilder withoutAsOf() {
    this.asOf = Dossiers.DEFAULT_AS_OF;
    this.hasAsOf = false;
    return this;
  }

  /**
   * Replaces the partner.
   *
   * @param partner the partner; never null
   * @return this builder
   */
  public DossierBuilder partner(Partner partner) {
    this.partner = PartnerBuilder.from(Objects.requireNonNull(partner, "partner"));
    return this;
  }

  /**
   * Replaces the partner.
   *
   * @param partner the partner builder; never null
   * @return this builder
   */
  public DossierBuilder partner(PartnerBuilder partner) {
    this.partner = Objects.requireNonNull(partner, "partner");
    return this;
  }

  /**
   * Changes the partner in place, for example {@code partner(p -> p.withoutMembership(TRADE_COMPLIANCE))}.
   *
   * @param edit what to change; never null
   * @return this builder
   */
  public DossierBuilder partner(Consumer<PartnerBuilder> edit) {
    Objects.requireNonNull(edit, "edit").accept(partner);
    return this;
  }

  // ---------------------------------------------------------------- supply chain

  /**
   * Adds a facility, replacing one with the same id.
   *
   * @param facility the facility builder; never null
   * @return this builder
   */
  public DossierBuilder facility(FacilityBuilder facility) {
    Objects.requireNonNull(facility, "facility");
    facilities.put(facility.id(), facility);
    return this;
  }

  /**
   * Adds a facility, replacing one with the same id.
   *
   * @param facility the facility; never null
   * @return this builder
   */
  public DossierBuilder facility(Facility facility) {
    return facility(FacilityBuilder.from(Objects.requireNonNull(facility, "facility")));
  }

  /**
   * Changes a facility in place, for example {@code facility("f3", f -> f.inXinjiang())}.
   *
   * @param id the facility id; never null
   * @param edit what to change; never null
   * @return this builder
   * @throws IllegalArgumentException if there is no such facility
   */
  public DossierBuilder facility(String id, Consumer<FacilityBuilder> edit) {
    FacilityBuilder f = facilities.get(Objects.requireNonNull(id, "id"));
    if (f == null) {
      throw new IllegalArgumentException("no facility " + id + "; facilities are " + facilities.keySet());
    }
    Objects.requireNonNull(edit, "edit").accept(f);
    return this;
  }

  /**
   * Adds facilities.
   *
   * @param facilities the facility builders; never null
   * @return this builder
   */
  public DossierBuilder facilities(FacilityBuilder... facilities) {
    Arrays.stream(Objects.requireNonNull(facilities, "facilities")).forEach(this::facility);
    return this;
  }

  /**
   * Removes a facility and everything that refers to it: its links, unmapped inputs, the products it makes, and
   * the audits, supplier trainings, commitments and remediation cases about it.
   *
   * @param id the facility id; never null
   * @return this builder
   */
  public DossierBuilder withoutFacility(String id) {
    Objects.requireNonNull(id, "id");
    facilities.remove(id);
    links.removeIf(l -> l.from().equals(id) || l.to().equals(id));
    unmappedInputs.removeIf(u -> id.equals(u.facility()));
    products.values().removeIf(p -> p.producedBy().equals(id));
    audits.values().removeIf(a -> a.facility().equals(id));
    trainings.values().removeIf(t -> id.equals(t.facility()));
    commitments.removeIf(c -> c.facility().equals(id));
    cases.values().removeIf(c -> c.facility().equals(id));
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
    materials.put(material.id(), material);
    return this;
  }

  /**
   * Adds a material, replacing one with the same id.
   *
   * @param id the id; never blank
   * @param name the common name; never blank
   * @param hsCode the HS code, or {@code null}
   * @return this builder
   */
  public DossierBuilder material(String id, String name, String hsCode) {
    return material(
        new Material(FacilityBuilder.requireNonBlank(id, "id"), FacilityBuilder.requireNonBlank(name, "name"), hsCode));
  }

  /**
   * Adds a link.
   *
   * @param link the link builder; never null
   * @return this builder
   */
  public DossierBuilder link(LinkBuilder link) {
    links.add(Objects.requireNonNull(link, "link"));
    return this;
  }

  /**
   * Adds a link.
   *
   * @param link the link; never null
   * @return this builder
   */
  public DossierBuilder link(Link link) {
    return link(LinkBuilder.from(Objects.requireNonNull(link, "link")));
  }

  /**
   * Adds a link with unknown share and no documents.
   *
   * @param from the supplying facility's id; never blank
   * @param to the receiving facility's id; never blank
   * @param material the material's id; never blank
   * @return this builder
   */
  public DossierBuilder link(String from, String to, String material) {
    return link(new LinkBuilder(from, to, material));
  }

  /**
   * Removes every link from one facility to another.
   *
   * @param from the supplying facility's id; never null
   * @param to the receiving facility's id; never null
   * @return this builder
   */
  public DossierBuilder withoutLink(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    links.removeIf(l -> l.from().equals(from) && l.to().equals(to));
    return this;
  }

  /**
   * Adds an input whose origin is not mapped.
   *
   * @param input the input; never null
   * @return this builder
   */
  public DossierBuilder unmappedInput(UnmappedInput input) {
    unmappedInputs.add(Objects.requireNonNull(input, "input"));
    return this;
  }

  /**
   * Adds an input whose origin is not mapped.
   *
   * @param facility the receiving facility's id; never blank
   * @param material the material's id; never blank
   * @param note why it is unmapped, or {@code null}
   * @return this builder
   */
  public DossierBuilder unmappedInput(String facility, String material, String note) {
    return unmappedInput(
        new UnmappedInput(
            FacilityBuilder.requireNonBlank(facility, "facility"),
            FacilityBuilder.requireNonBlank(material, "material"),
            note));
  }

  /**
   * Removes every unmapped input.
   *
   * @return this builder
   */
  public DossierBuilder withoutUnmappedInputs() {
    unmappedInputs.clear();
    return this;
  }

  /**
   * Adds a product, replacing one with the same id.
   *
   * @param product the product builder; never null
   * @return this builder
   */
  public DossierBuilder product(ProductBuilder product) {
    Objects.requireNonNull(product, "product");
    products.put(product.id(), product);
    return this;
  }

  /**
   * Adds a product, replacing one with the same id.
   *
   * @param product the product; never null
   * @return this builder
   */
  public DossierBuilder product(Product product) {
    return product(ProductBuilder.from(Objects.requireNonNull(product, "product")));
  }

  /**
   * Adds a product with default name and no HS code.
   *
   * @param id the product id; never blank
   * @param producedBy the producing facility's id; never blank
   * @return this builder
   */
  public DossierBuilder product(String id, String producedBy) {
    return product(new ProductBuilder(id, producedBy));
  }

  /**
   * Removes a product.
   *
   * @param id the product id; never null
   * @return this builder
   */
  public DossierBuilder withoutProduct(String id) {
    products.remove(Objects.requireNonNull(id, "id"));
    return this;
  }

  // ---------------------------------------------------------------- single evidence records

  /**
   * Sets the social compliance program.
   *
   * @param program the program builder; never null
   * @return this builder
   */
  public DossierBuilder socialComplianceProgram(ProgramBuilder program) {
    this.program = Objects.requireNonNull(program, "program");
    return this;
  }

  /**
   * Changes the social compliance program in place, creating a default one first when there is none.
   *
   * @param edit what to change; never null
   * @return this builder
   */
  public DossierBuilder socialComplianceProgram(Consumer<ProgramBuilder> edit) {
    if (program == null) {
      program = new ProgramBuilder();
    }
    Objects.requireNonNull(edit, "edit").accept(program);
    return this;
  }

  /**
   * Removes the social compliance program.
   *
   * @return this builder
   */
  public DossierBuilder withoutSocialComplianceProgram() {
    this.program = null;
    return this;
  }

  /**
   * Sets the risk assessment.
   *
   * @param assessment the assessment builder; never null
   * @return this builder
   */
  public DossierBuilder riskAssessment(RiskAssessmentBuilder assessment) {
    this.riskAssessment = Objects.requireNonNull(assessment, "assessment");
    return this;
  }

  /**
   * Changes the risk assessment in place, creating a default one first when there is none.
   *
   * @param edit what to change; never null
   * @return this builder
   */
  public DossierBuilder riskAssessment(Consumer<RiskAssessmentBuilder> edit) {
    if (riskAssessment == null) {
      riskAssessment = new RiskAssessmentBuilder();
    }
    Objects.requireNonNull(edit, "edit").accept(riskAssessment);
    return this;
  }

  /**
   * Removes the risk assessment.
   *
   * @return this builder
   */
  public DossierBuilder withoutRiskAssessment() {
    this.riskAssessment = null;
    return this;
  }

  /**
   * Sets the code of conduct.
   *
   * @param code the code builder; never null
   * @return this builder
   */
  public DossierBuilder codeOfConduct(CodeOfConductBuilder code) {
    this.codeOfConduct = Objects.requireNonNull(code, "code");
    return this;
  }

  /**
   * Changes the code of conduct in place, creating a default one first when there is none.
   *
   * @param edit what to change; never null
   * @return this builder
   */
  public DossierBuilder codeOfConduct(Consumer<CodeOfConductBuilder> edit) {
    if (codeOfConduct == null) {
      codeOfConduct = new CodeOfConductBuilder();
    }
    Objects.requireNonNull(edit, "edit").accept(codeOfConduct);
    return this;
  }

  /**
   * Removes the code of conduct.
   *
   * @return this builder
   */
  public DossierBuilder withoutCodeOfConduct() {
    this.codeOfConduct = null;
    return this;
  }

  /**
   * Sets the remediation plan.
   *
   * @param plan the plan builder; never null
   * @return this builder
   */
  public DossierBuilder remediationPlan(RemediationPlanBuilder plan) {
    this.remediationPlan = Objects.requireNonNull(plan, "plan");
    return this;
  }

  /**
   * Changes the remediation plan in place, creating a default one first when there is none.
   *
   * @param edit what to change; never null
   * @return this builder
   */
  public DossierBuilder remediationPlan(Consumer<RemediationPlanBuilder> edit) {
    if (remediationPlan == null) {
      remediationPlan = new RemediationPlanBuilder();
    }
    Objects.requireNonNull(edit, "edit").accept(remediationPlan);
    return this;
  }

  /**
   * Removes the remediation plan.
   *
   * @return this builder
   */
  public DossierBuilder withoutRemediationPlan() {
    this.remediationPlan = null;
    return this;
  }

  // ---------------------------------------------------------------- evidence lists

  /**
   * Adds an audit, replacing one with the same id.
   *
   * @param audit the audit builder; never null
   * @return this builder
   */
  public DossierBuilder audit(AuditBuilder audit) {
    Objects.requireNonNull(audit, "audit");
    audits.put(audit.id(), audit);
    return this;
  }

  /**
   * Adds an audit, replacing one with the same id.
   *
   * @param audit the audit; never null
   * @return this builder
   */
  public DossierBuilder audit(Audit audit) {
    return audit(AuditBuilder.from(Objects.requireNonNull(audit, "audit")));
  }

  /**
   * Removes an audit.
   *
   * @param id the audit id; never null
   * @return this builder
   */
  public DossierBuilder withoutAudit(String id) {
    audits.remove(Objects.requireNonNull(id, "id"));
    return this;
  }

  /**
   * Removes every audit.
   *
   * @return this builder
   */
  public DossierBuilder withoutAudits() {
    audits.clear();
    return this;
  }

  /**
   * Adds a training, replacing one with the same id.
   *
   * @param training the training builder; never null
   * @return this builder
   */
  public DossierBuilder training(TrainingBuilder training) {
    Objects.requireNonNull(training, "training");
    trainings.put(training.id(), training);
    return this;
  }

  /**
   * Adds a training, replacing one with the same id.
   *
   * @param training the training; never null
   * @return this builder
   */
  public DossierBuilder training(Training training) {
    return training(TrainingBuilder.from(Objects.requireNonNull(training, "training")));
  }

  /**
   * Removes a training.
   *
   * @param id the training id; never null
   * @return this builder
   */
  public DossierBuilder withoutTraining(String id) {
    trainings.remove(Objects.requireNonNull(id, "id"));
    return this;
  }

  /**
   * Removes every training of an audience.
   *
   * @param audience the audience; never null
   * @return this builder
   */
  public DossierBuilder withoutTrainings(TrainingAudience audience) {
    Objects.requireNonNull(audience, "audience");
    trainings.values().removeIf(t -> t.audience() == audience);
    return this;
  }

  /**
   * Adds a supplier commitment.
   *
   * @param commitment the commitment builder; never null
   * @return this builder
   */
  public DossierBuilder commitment(CommitmentBuilder commitment) {
    commitments.add(Objects.requireNonNull(commitment, "commitment"));
    return this;
  }

  /**
   * Adds a supplier commitment.
   *
   * @param commitment the commitment; never null
   * @return this builder
   */
  public DossierBuilder commitment(SupplierCommitment commitment) {
    return commitment(CommitmentBuilder.from(Objects.requireNonNull(commitment, "commitment")));
  }

  /**
   * Removes every commitment of a facility.
   *
   * @param facility the facility id; never null
   * @return this builder
   */
  public DossierBuilder withoutCommitment(String facility) {
    Objects.requireNonNull(facility, "facility");
    commitments.removeIf(c -> c.facility().equals(facility));
    return this;
  }

  /**
   * Removes every supplier commitment.
   *
   * @return this builder
   */
  public DossierBuilder withoutCommitments() {
    commitments.clear();
    return this;
  }

  /**
   * Adds a remediation case, replacing one with the same id.
   *
   * @param remediationCase the case builder; never null
   * @return this builder
   */
  public DossierBuilder remediationCase(RemediationCaseBuilder remediationCase) {
    Objects.requireNonNull(remediationCase, "remediationCase");
    cases.put(remediationCase.id(), remediationCase);
    return this;
  }

  /**
   * Adds a remediation case, replacing one with the same id.
   *
   * @param remediationCase the case; never null
   * @return this builder
   */
  public DossierBuilder remediationCase(RemediationCase remediationCase) {
    return remediationCase(RemediationCaseBuilder.from(Objects.requireNonNull(remediationCase, "remediationCase")));
  }

  /**
   * Removes a remediation case.
   *
   * @param id the case id; never null
   * @return this builder
   */
  public DossierBuilder withoutRemediationCase(String id) {
    cases.remove(Objects.requireNonNull(id, "id"));
    return this;
  }

  /**
   * Adds an engagement.
   *
   * @param engagement the engagement builder; never null
   * @return this builder
   */
  public DossierBuilder engagement(EngagementBuilder engagement) {
    engagements.add(Objects.requireNonNull(engagement, "engagement"));
    return this;
  }

  /**
   * Adds an engagement.
   *
   * @param engagement the engagement; never null
   * @return this builder
   */
  public DossierBuilder engagement(Engagement engagement) {
    return engagement(EngagementBuilder.from(Objects.requireNonNull(engagement, "engagement")));
  }

  /**
   * Removes every engagement of a kind.
   *
   * @param kind the kind; never null
   * @return this builder
   */
  public DossierBuilder withoutEngagements(EngagementKind kind) {
    Objects.requireNonNull(kind, "kind");
    engagements.removeIf(e -> e.kind() == kind);
    return this;
  }

  /**
   * Adds a document, replacing one with the same id.
   *
   * @param document the document builder; never null
   * @return this builder
   */
  public DossierBuilder document(DocumentBuilder document) {
    Objects.requireNonNull(document, "document");
    documents.put(document.id(), document);
    removedDocuments.remove(document.id());
    return this;
  }

  /**
   * Adds a document, replacing one with the same id.
   *
   * @param document the document; never null
   * @return this builder
   */
  public DossierBuilder document(Document document) {
    return document(DocumentBuilder.from(Objects.requireNonNull(document, "document")));
  }

  /**
   * Changes a document in place, registering a default one first when it is not declared (for example
   * {@code document("doc-code-of-conduct", d -> d.redacted(true))}).
   *
   * @param id the document id; never blank
   * @param edit what to change; never null
   * @return this builder
   */
  public DossierBuilder document(String id, Consumer<DocumentBuilder> edit) {
    DocumentBuilder d = documents.computeIfAbsent(FacilityBuilder.requireNonBlank(id, "id"), DocumentBuilder::new);
    removedDocuments.remove(id);
    Objects.requireNonNull(edit, "edit").accept(d);
    return this;
  }

  /**
   * Removes a document for good: it is not registered again when referred to, so references to it break.
   *
   * @param id the document id; never null
   * @return this builder
   */
  public DossierBuilder withoutDocument(String id) {
    documents.remove(Objects.requireNonNull(id, "id"));
    removedDocuments.add(id);
    return this;
  }

  // ---------------------------------------------------------------- gaps and references

  /**
   * Opens deliberate gaps in the evidence, applied when the dossier is built (after everything else).
   *
   * @param gaps the gaps; never null
   * @return this builder
   */
  public DossierBuilder withGap(EvidenceGap... gaps) {
    for (EvidenceGap g : Objects.requireNonNull(gaps, "gaps")) {
      this.gaps.add(Objects.requireNonNull(g, "gap"));
    }
    return this;
  }

  /**
   * Turns off the registration of undeclared facilities, materials and documents, so that references to them stay
   * broken in the built dossier.
   *
   * @return this builder
   */
  public DossierBuilder keepBrokenReferences() {
    this.autoRegister = false;
    return this;
  }

  // ---------------------------------------------------------------- build

  /**
   * Builds the dossier. Its parts are built by core's part builders without their checks, and the dossier by core's
   * {@link Dossier#newBuilder() builder} without its checks, so that a test can build an invalid dossier on purpose;
   * check it with {@code DossierValidator}, or build a part alone ({@link FacilityBuilder#build()}) for core's checks.
   *
   * @return a new dossier; never null
   * @throws NullPointerException if a value a record requires was set to {@code null}, naming the component
   */
  public Dossier build() {
    LocalDate day = asOf;
    SocialComplianceProgram scp = program == null ? null : program.buildUnchecked(day);
    RiskAssessment ra = riskAssessment == null ? null : riskAssessment.buildUnchecked(day);
    CodeOfConduct code = codeOfConduct == null ? null : codeOfConduct.buildUnchecked(day);
    RemediationPlan plan = remediationPlan == null ? null : remediationPlan.buildUnchecked(day);
    String version = code == null ? "1.0" : code.version();
    List<Audit> auditList = audits.values().stream().map(a -> a.buildUnchecked(day)).toList();
    List<Training> trainingList = trainings.values().stream().map(t -> t.buildUnchecked(day)).toList();
    List<SupplierCommitment> commitmentList = commitments.stream().map(c -> c.buildUnchecked(day, version)).toList();
    List<RemediationCase> caseList = cases.values().stream().map(c -> c.buildUnchecked(day)).toList();
    List<Engagement> engagementList = engagements.stream().map(e -> e.buildUnchecked(day)).toList();
    List<Link> linkList = links.stream().map(LinkBuilder::buildUnchecked).toList();
    List<Product> productList = products.values().stream().map(ProductBuilder::buildUnchecked).toList();

    Map<String, Facility> facilityMap = new LinkedHashMap<>();
    facilities.forEach((id, f) -> facilityMap.put(id, f.buildUnchecked()));
    Map<String, Material> materialMap = new LinkedHashMap<>(materials);
    Map<String, Document> documentMap = new LinkedHashMap<>();
    documents.forEach((id, d) -> documentMap.put(id, d.buildUnchecked()));

    if (autoRegister) {
      Consumer<String> facility = id -> facilityMap.computeIfAbsent(id, k -> new FacilityBuilder(k).buildUnchecked());
      Consumer<String> material = id -> materialMap.computeIfAbsent(id, k -> new Material(k, "Material " + k, null));
      Consumer<String> document =
          id -> {
            if (!removedDocuments.contains(id)) {
              documentMap.computeIfAbsent(id, k -> new DocumentBuilder(k).buildUnchecked());
            }
          };
      for (Link l : linkList) {
        facility.accept(l.from());
        facility.accept(l.to());
        material.accept(l.material());
      }
      productList.forEach(p -> facility.accept(p.producedBy()));
      unmappedInputs.forEach(
          u -> {
            facility.accept(u.facility());
            material.accept(u.material());
          });
      auditList.forEach(a -> facility.accept(a.facility()));
      trainingList.stream().filter(t -> t.facility() != null).forEach(t -> facility.accept(t.facility()));
      commitmentList.forEach(c -> facility.accept(c.facility()));
      caseList.forEach(c -> facility.accept(c.facility()));

      if (scp != null) {
        document.accept(scp.document());
      }
      if (ra != null) {
        document.accept(ra.document());
      }
      if (code != null) {
        document.accept(code.document());
        code.policies().forEach(document);
      }
      auditList.forEach(a -> document.accept(a.document()));
      trainingList.forEach(t -> document.accept(t.document()));
      commitmentList.forEach(c -> document.accept(c.document()));
      if (plan != null) {
        document.accept(plan.document());
      }
      engagementList.forEach(e -> document.accept(e.document()));
      linkList.forEach(l -> l.documents().forEach(document));
    }

    Evidence evidence =
        new Evidence(
            scp, ra, code, auditList, trainingList, commitmentList, plan, caseList, engagementList,
            new ArrayList<>(documentMap.values()));
    for (EvidenceGap gap : gaps) {
      evidence = gap.applyTo(evidence, day);
    }
    // the production builder assembles the dossier; unchecked, because a test may ask for broken references
    org.ctpat4j.core.dossier.DossierBuilder dossier =
        Dossier.newBuilder().asOf(hasAsOf ? asOf : null).partner(partner.buildUnchecked()).evidence(evidence);
    facilityMap.values().forEach(dossier::facility);
    materialMap.values().forEach(dossier::material);
    linkList.forEach(dossier::link);
    unmappedInputs.forEach(dossier::unmappedInput);
    productList.forEach(dossier::product);
    return dossier.buildUnchecked();
  }
}
