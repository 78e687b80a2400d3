/**
 * The evidence package: everything CBP may ask a CTPAT Trade Compliance partner to produce for one supply chain, in one
 * directory or zip file that anyone can check for alteration.
 *
 * <p>CBP "can ask at any time for unredacted proof of the mapping for a specific supply chain", for audits of
 * high-risk supply chains, for proof of supplier training and for the risk assessment (CTPAT Trade Compliance
 * forced-labor requirements 1, 3 and 4, announced 2022-08-01; see {@code shared/domain.md} section 1). Importers
 * answering a UFLPA detention are told to trace goods "back to raw material at every stage, with the role of each
 * entity" (CBP UFLPA operational guidance for importers, June 2022, section 4 of the same reference). An
 * {@link org.ctpat4j.evidence.pkg.EvidencePackage} collects that answer from a dossier: the mapping of the whole
 * upstream of a product tier by tier, the risk findings with their paths, the requirement statuses of a compliance
 * report and the documents the dossier references for that chain, with a human index ({@code index.md},
 * {@code index.html}) and a SHA-256 {@linkplain org.ctpat4j.evidence.pkg.Manifest manifest}.
 * {@link org.ctpat4j.evidence.pkg.PackageVerifier} recomputes every hash and names each missing, extra or altered
 * file; {@link org.ctpat4j.evidence.pkg.ManifestSigner} signs the manifest with the JDK's Ed25519.
 *
 * <p>A package never pretends to be complete: redacted facilities, documents or audits, documents whose file is
 * missing or whose SHA-256 differs from the dossier, and unmapped inputs are listed as
 * {@linkplain org.ctpat4j.evidence.pkg.PackageProblem problems}, and the index then says in its first lines that the
 * package is not an unredacted answer.
 *
 * <p>Every public type of this package is {@link org.ctpat4j.core.Incubating}: the layout of a package, its manifest
 * format and the verifier's results may change before 1.0, as CBP's requests are met in practice.
 *
 * <p>Nothing in this package accepts or returns {@code null} unless its documentation says so. Every type is
 * immutable and thread-safe, except the builder, which is meant for one thread.
 */
package org.ctpat4j.evidence.pkg;
