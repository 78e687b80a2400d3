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
 *       Validation (Hibernate Validator), reporting JSON Pointers.
 * </ul>
 *
 * Nothing here returns null.
 */
package org.ctpat4j.samples.examples;
