package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.internal.Copies;

/**
 * The evidence the partner holds for its forced-labor obligations. Every single record is optional (a missing one is
 * a finding of the evidence checks, not a format error); every list is never null.
 *
 * @param socialComplianceProgram the MSC 3.9 program, or {@code null}
 * @param riskAssessment the partner's risk assessment, or {@code null}
 * @param codeOfConduct the code of conduct, or {@code null}
 * @param audits social compliance audits
 * @param trainings trainings of employees and suppliers
 * @param supplierCommitments suppliers' acknowledgments of the code of conduct
 * @param remediationPlan the remediation plan, or {@code null}
 * @param remediationCases remediation cases
 * @param engagements engagements with CBP and the trade community
 * @param documents every document the other records refer to
 */
public record Evidence(
    @Valid SocialComplianceProgram socialComplianceProgram,
    @Valid RiskAssessment riskAssessment,
    @Valid CodeOfConduct codeOfConduct,
    @NotNull List<@NotNull @Valid Audit> audits,
    @NotNull List<@NotNull @Valid Training> trainings,
    @NotNull List<@NotNull @Valid SupplierCommitment> supplierCommitments,
    @Valid RemediationPlan remediationPlan,
    @NotNull List<@NotNull @Valid RemediationCase> remediationCases,
    @NotNull List<@NotNull @Valid Engagement> engagements,
    @NotNull List<@NotNull @Valid Document> documents) {

  /** No evidence at all. */
  public static final Evidence NONE =
      new Evidence(null, null, null, null, null, null, null, null, null, null);

  /**
   * Copies the lists; null reads as empty.
   *
   * @param socialComplianceProgram see {@link #socialComplianceProgram()}
   * @param riskAssessment see {@link #riskAssessment()}
   * @param codeOfConduct see {@link #codeOfConduct()}
   * @param audits see {@link #audits()}
   * @param trainings see {@link #trainings()}
   * @param supplierCommitments see {@link #supplierCommitments()}
   * @param remediationPlan see {@link #remediationPlan()}
   * @param remediationCases see {@link #remediationCases()}
   * @param engagements see {@link #engagements()}
   * @param documents see {@link #documents()}
   */
  public Evidence {
    audits = Copies.list(audits, "audits");
    trainings = Copies.list(trainings, "trainings");
    supplierCommitments = Copies.list(supplierCommitments, "supplierCommitments");
    remediationCases = Copies.list(remediationCases, "remediationCases");
    engagements = Copies.list(engagements, "engagements");
    documents = Copies.list(documents, "documents");
  }

  /**
   * Finds a document by id.
   *
   * @param id the document id; never null
   * @return the document, or empty
   */
  public Optional<Document> document(String id) {
    Objects.requireNonNull(id, "id");
    return documents.stream().filter(d -> d != null && id.equals(d.id())).findFirst();
  }
}
