/**
 * Fluent builders for dossiers and each of their parts, with sensible defaults so that a test states only what it
 * cares about.
 *
 * <p>Start from {@link org.ctpat4j.testkit.builders.Dossiers}:
 *
 * <pre>{@code
 * import static org.ctpat4j.testkit.builders.Dossiers.*;
 *
 * // the compliant importer, with one thing changed
 * Dossier noCode = compliantDossier().withoutCodeOfConduct().build();
 * Dossier stale  = compliantDossier().withGap(EvidenceGap.STALE_RISK_ASSESSMENT).build();
 * Dossier xj     = compliantDossier().facility("f5", f -> f.inXinjiang()).build();
 *
 * // a small chain from scratch: undeclared facilities, materials and documents are registered with defaults
 * Dossier d = dossier()
 *     .facility(facility("f2").country("CN").region("CN-XJ").withValidIdentifiers())
 *     .link(link("f2", "f1", "m1").share(0.4).document("po-17"))
 *     .product(product("p1", "f1").hsCode("8541.43"))
 *     .audit(audit("a1", "f2").openCriticalFinding(ForcedLaborIndicator.RETENTION_OF_IDENTITY_DOCUMENTS))
 *     .build();
 *
 * // any dossier, read from JSON or generated, changed piece by piece
 * Dossier changed = DossierBuilder.from(d).withoutFacility("f2").build();
 *
 * // a compliant importer whose log supplier is in the Brazilian Amazon (ILAB: timber, forced labor), audited,
 * // trained and committed: COMPLIANT, with PRODUCT_HIGH_RISK warnings; take its audits away and the checker says
 * // HIGH_RISK_FACILITY_NOT_AUDITED
 * Dossier managed = compliantDossierWithHighRiskSupplier().build();
 * Dossier unmanaged =
 *     compliantDossierWithHighRiskSupplier().withGap(EvidenceGap.NO_AUDITS).build();
 * }</pre>
 *
 * <p>{@link org.ctpat4j.testkit.builders.Dossiers#compliantDossier()} passes {@code DossierValidator.standard()} with
 * no problem and the default {@code ComplianceChecker} with no ERROR or WARNING; each
 * {@link org.ctpat4j.testkit.builders.EvidenceGap} names the ERROR codes the default checker raises for it, and the
 * testkit's own tests hold both to the real library.
 *
 * <p>Each part builder is test defaults on top of the matching part builder of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder} ({@code DossierBuilder.FacilityBuilder} and so on), which holds the
 * values and checks them: a part's {@code build()} throws core's {@code DossierFormatException} naming each field in
 * error ({@code /region}); {@code buildUnchecked()} and {@link org.ctpat4j.testkit.builders.DossierBuilder#build()}
 * skip those checks, so that a test can build an invalid dossier on purpose.
 *
 * <p>Dates default relative to the dossier's {@code asOf} (2026-11-01 unless set), so that evidence stays current
 * when a test moves {@code asOf}. Builders are mutable and not thread-safe; the dossiers they build are immutable.
 * Nothing in this package accepts or returns {@code null} unless its documentation says so.
 */
package org.ctpat4j.testkit.builders;
