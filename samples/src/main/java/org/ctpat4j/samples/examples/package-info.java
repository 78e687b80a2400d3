/**
 * Small, runnable programs that show how to embed ctpat4j. Run one from the repository root after
 * {@code mvn -pl samples -am package}, for example:
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.ReadDossierExample \
 *     samples/dossiers/solar-importer/dossier.json
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.ctpat4j.samples.examples.ReadDossierExample}: read a dossier and walk its supply chain;
 *   <li>{@link org.ctpat4j.samples.examples.BeanValidationExample}: check a dossier assembled in code with Jakarta
 *       Validation (Hibernate Validator), reporting JSON Pointers;
 *   <li>{@link org.ctpat4j.samples.examples.CheckAndRenderExample}: check a dossier, act on the verdict, render the
 *       report and read a stored JSON report back;
 *   <li>{@link org.ctpat4j.samples.examples.EvidencePackageExample}: hand the report to an evidence package for a
 *       CBP request, write it as a zip and verify it;
 *   <li>{@link org.ctpat4j.samples.examples.CustomRuleExample}: add a company's own risk rule to the standard ones;
 *   <li>{@link org.ctpat4j.samples.examples.NewerEntityListExample}: assess against a newer UFLPA Entity List;
 *   <li>{@link org.ctpat4j.samples.examples.PolicyOverrideExample}: replace a default of the compliance policy
 *       (18-month audits).
 * </ul>
 *
 * They use the exported API only (no {@code internal} package).
 *
 * Nothing here returns null.
 */
package org.ctpat4j.samples.examples;
