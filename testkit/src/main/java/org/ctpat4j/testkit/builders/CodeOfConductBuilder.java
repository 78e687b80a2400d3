package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.CodeOfConductVersion;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link CodeOfConduct} (Trade Compliance requirement 2) on top of core's
 * {@link org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder}, adding dates relative to the dossier's day.
 * Defaults: document {@code doc-code-of-conduct}, version {@code 3.1}, adopted a year and uploaded to the portal
 * eleven months before the dossier's day, public at {@code https://www.example.com/code-of-conduct}, prohibits forced
 * labor, commits to mapping, implemented by the policies {@code doc-policy-responsible-sourcing} and
 * {@code doc-policy-responsible-recruitment}. Not thread-safe.
 */
public final class CodeOfConductBuilder {

  private final org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder core;
  // kept for version(), which the testkit's commitments follow
  private String version;
  private When adopted;
  private When uploaded;

  CodeOfConductBuilder() {
    this(
        org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder.newBuilder()
            .document("doc-code-of-conduct")
            .publicUrl("https://www.example.com/code-of-conduct")
            .prohibitsForcedLabor(true)
            .commitsToMapping(true)
            .policy("doc-policy-responsible-sourcing")
            .policy("doc-policy-responsible-recruitment"),
        "3.1",
        When.before(Period.ofYears(1)),
        When.before(Period.ofMonths(11)));
  }

  private CodeOfConductBuilder(
      org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder core, String version, When adopted, When uploaded) {
    this.core = core.version(version);
    this.version = version;
    this.adopted = adopted;
    this.uploaded = uploaded;
  }

  /**
   * Returns a builder holding the values of a code.
   *
   * @param code the code; never null
   * @return a new builder
   */
  public static CodeOfConductBuilder from(CodeOfConduct code) {
    Objects.requireNonNull(code, "code");
    return new CodeOfConductBuilder(
        org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder.from(code),
        code.version(),
        When.fixed(code.adopted()),
        When.fixed(code.uploadedToPortal()));
  }

  /**
   * Returns the version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Sets the code document's id.
   *
   * @param document the id; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public CodeOfConductBuilder document(String document) {
    core.document(document);
    return this;
  }

  /**
   * Sets the current version, which supplier commitments acknowledge by default.
   *
   * @param version the version; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public CodeOfConductBuilder version(String version) {
    this.version = version;
    core.version(version);
    return this;
  }

  /**
   * Sets the day this version was adopted.
   *
   * @param date the day, or {@code null}
   * @return this builder
   */
  public CodeOfConductBuilder adopted(LocalDate date) {
    this.adopted = When.fixed(date);
    return this;
  }

  /**
   * Sets where the code is published.
   *
   * @param url the URL, or {@code null} when it is not public
   * @return this builder
   */
  public CodeOfConductBuilder publicUrl(String url) {
    core.publicUrl(url);
    return this;
  }

  /**
   * Sets the day it was uploaded to the CTPAT portal.
   *
   * @param date the day, or {@code null} when it was not uploaded
   * @return this builder
   */
  public CodeOfConductBuilder uploadedToPortal(LocalDate date) {
    this.uploaded = When.fixed(date);
    return this;
  }

  /**
   * Sets whether it prohibits forced labor.
   *
   * @param prohibits whether it does
   * @return this builder
   */
  public CodeOfConductBuilder prohibitsForcedLabor(boolean prohibits) {
    core.prohibitsForcedLabor(prohibits);
    return this;
  }

  /**
   * Records an earlier version of the code.
   *
   * @param earlier the earlier version; never null
   * @return this builder
   */
  public CodeOfConductBuilder earlierVersion(CodeOfConductVersion earlier) {
    core.earlierVersion(Objects.requireNonNull(earlier, "earlier"));
    return this;
  }

  /**
   * Sets whether it commits the partner to mapping its supply chain.
   *
   * @param commits whether it does
   * @return this builder
   */
  public CodeOfConductBuilder commitsToMapping(boolean commits) {
    core.commitsToMapping(commits);
    return this;
  }

  /**
   * Replaces the policies that implement the code.
   *
   * @param documentIds the policy documents' ids; never null (a blank id is a problem of {@link #build()})
   * @return this builder
   */
  public CodeOfConductBuilder policies(String... documentIds) {
    List<String> list = Arrays.asList(Objects.requireNonNull(documentIds, "documentIds"));
    core.policies(list);
    return this;
  }

  /**
   * Builds the code with relative dates resolved against {@link Dossiers#DEFAULT_AS_OF}, checked by core's builder.
   *
   * @return the code; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public CodeOfConduct build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the code with relative dates resolved against the given day, checked by core's builder.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the code; never null
   * @throws DossierFormatException listing every problem with the pointer of its field
   */
  public CodeOfConduct build(LocalDate asOf) {
    return dated(asOf).build();
  }

  /**
   * Builds the code with relative dates resolved against the given day, with no check beyond the record's own null
   * rules, for a test that needs an invalid one.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the code; never null
   */
  public CodeOfConduct buildUnchecked(LocalDate asOf) {
    return dated(asOf).buildUnchecked();
  }

  private org.ctpat4j.core.dossier.DossierBuilder.CodeOfConductBuilder dated(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return core.adopted(adopted.resolve(asOf)).uploadedToPortal(uploaded.resolve(asOf));
  }
}
