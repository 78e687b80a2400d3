package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.CodeOfConductVersion;
import org.ctpat4j.testkit.internal.When;

/**
 * Builds the {@link CodeOfConduct} (Trade Compliance requirement 2). Defaults: document {@code doc-code-of-conduct},
 * version {@code 3.1}, adopted a year and uploaded to the portal eleven months before the dossier's day, public at
 * {@code https://www.example.com/code-of-conduct}, prohibits forced labor, commits to mapping, implemented by the
 * policies {@code doc-policy-responsible-sourcing} and {@code doc-policy-responsible-recruitment}. Not thread-safe.
 */
public final class CodeOfConductBuilder {

  private String document = "doc-code-of-conduct";
  private String version = "3.1";
  private When adopted = When.before(Period.ofYears(1));
  private String publicUrl = "https://www.example.com/code-of-conduct";
  private When uploaded = When.before(Period.ofMonths(11));
  private boolean prohibitsForcedLabor = true;
  private boolean commitsToMapping = true;
  private final List<CodeOfConductVersion> versions = new java.util.ArrayList<>();
  private final List<String> policies =
      new ArrayList<>(List.of("doc-policy-responsible-sourcing", "doc-policy-responsible-recruitment"));

  CodeOfConductBuilder() {}

  /**
   * Returns a builder holding the values of a code.
   *
   * @param code the code; never null
   * @return a new builder
   */
  public static CodeOfConductBuilder from(CodeOfConduct code) {
    Objects.requireNonNull(code, "code");
    CodeOfConductBuilder b = new CodeOfConductBuilder();
    b.document = code.document();
    b.version = code.version();
    b.adopted = When.fixed(code.adopted());
    b.publicUrl = code.publicUrl();
    b.uploaded = When.fixed(code.uploadedToPortal());
    b.prohibitsForcedLabor = code.prohibitsForcedLabor();
    b.commitsToMapping = code.commitsToMapping();
    b.policies.clear();
    b.policies.addAll(code.policies());
    b.versions.addAll(code.versions());
    return b;
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
   * @param document the id; never blank
   * @return this builder
   */
  public CodeOfConductBuilder document(String document) {
    this.document = FacilityBuilder.requireNonBlank(document, "document");
    return this;
  }

  /**
   * Sets the current version, which supplier commitments acknowledge by default.
   *
   * @param version the version; never blank
   * @return this builder
   */
  public CodeOfConductBuilder version(String version) {
    this.version = FacilityBuilder.requireNonBlank(version, "version");
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
    this.publicUrl = url;
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
    this.prohibitsForcedLabor = prohibits;
    return this;
  }

  /**
   * Records an earlier version of the code.
   *
   * @param earlier the earlier version; never null
   * @return this builder
   */
  public CodeOfConductBuilder earlierVersion(CodeOfConductVersion earlier) {
    versions.add(Objects.requireNonNull(earlier, "earlier"));
    return this;
  }

  /**
   * Sets whether it commits the partner to mapping its supply chain.
   *
   * @param commits whether it does
   * @return this builder
   */
  public CodeOfConductBuilder commitsToMapping(boolean commits) {
    this.commitsToMapping = commits;
    return this;
  }

  /**
   * Replaces the implementing policies.
   *
   * @param documentIds the policies' document ids; never null
   * @return this builder
   */
  public CodeOfConductBuilder policies(String... documentIds) {
    policies.clear();
    for (String id : Objects.requireNonNull(documentIds, "documentIds")) {
      policies.add(FacilityBuilder.requireNonBlank(id, "policy"));
    }
    return this;
  }

  /**
   * Builds the code against {@link Dossiers#DEFAULT_AS_OF}.
   *
   * @return the code; never null
   */
  public CodeOfConduct build() {
    return build(Dossiers.DEFAULT_AS_OF);
  }

  /**
   * Builds the code with relative dates resolved against the given day.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the code; never null
   */
  public CodeOfConduct build(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new CodeOfConduct(
        document,
        version,
        adopted.resolve(asOf),
        publicUrl,
        uploaded.resolve(asOf),
        prohibitsForcedLabor,
        commitsToMapping,
        policies,
        versions);
  }
}
