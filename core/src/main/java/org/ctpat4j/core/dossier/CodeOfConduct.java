package org.ctpat4j.core.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.internal.Copies;
import org.ctpat4j.core.internal.Nulls;

/**
 * The partner's code of conduct (Trade Compliance requirement 2).
 *
 * @param document the id of the code's document; never blank
 * @param version the current version, which supplier commitments acknowledge; never blank
 * @param adopted the day this version was adopted, or {@code null}
 * @param publicUrl where the code is published, or {@code null} when it is not public
 * @param uploadedToPortal the day it was uploaded to the CTPAT portal, or {@code null}
 * @param prohibitsForcedLabor whether it prohibits forced labor in any part of the supply chain
 * @param commitsToMapping whether it commits the partner to mapping its supply chain
 * @param policies ids of the documents of the policies and procedures that implement it; never null
 * @param versions earlier versions, in any order; never null, possibly empty
 */
public record CodeOfConduct(
    @NotBlank String document,
    @NotBlank String version,
    LocalDate adopted,
    @NullOrNotBlank String publicUrl,
    LocalDate uploadedToPortal,
    boolean prohibitsForcedLabor,
    boolean commitsToMapping,
    @NotNull List<@NotBlank String> policies,
    @NotNull List<@NotNull @Valid CodeOfConductVersion> versions) {

  /**
   * Copies the policies; null reads as empty.
   *
   * @param document see {@link #document()}
   * @param version see {@link #version()}
   * @param adopted see {@link #adopted()}
   * @param publicUrl see {@link #publicUrl()}
   * @param uploadedToPortal see {@link #uploadedToPortal()}
   * @param prohibitsForcedLabor see {@link #prohibitsForcedLabor()}
   * @param commitsToMapping see {@link #commitsToMapping()}
   * @param policies see {@link #policies()}
   * @param versions earlier versions; never null
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public CodeOfConduct {
    Nulls.require(document, "document");
    Nulls.require(version, "version");
    policies = Copies.list(policies, "policies");
    versions = Copies.list(versions, "versions");
  }

  /**
   * Creates a code of conduct without earlier versions.
   *
   * @param document the id of the code's document; never blank
   * @param version the current version; never blank
   * @param adopted the day this version was adopted, or {@code null}
   * @param publicUrl where the code is published, or {@code null}
   * @param uploadedToPortal the day it was uploaded to the CTPAT portal, or {@code null}
   * @param prohibitsForcedLabor whether it prohibits forced labor in any part of the supply chain
   * @param commitsToMapping whether it commits the partner to mapping its supply chain
   * @param policies ids of the policy documents; never null
   */
  public CodeOfConduct(
      String document,
      String version,
      LocalDate adopted,
      String publicUrl,
      LocalDate uploadedToPortal,
      boolean prohibitsForcedLabor,
      boolean commitsToMapping,
      List<String> policies) {
    this(document, version, adopted, publicUrl, uploadedToPortal, prohibitsForcedLabor, commitsToMapping, policies,
        List.of());
  }

  /**
   * Returns the code as it stood on a day: this code when it was adopted by then (or its adoption day is unknown),
   * otherwise the latest earlier version adopted by then, with that version's document and date. An earlier version
   * says what its entry states and, where it is silent, what this code says; it was uploaded to the portal on the
   * day its entry gives, or else only if this code was by that day.
   *
   * @param date the day; never null
   * @return the code in force on that day (without earlier versions after it), or empty when none was adopted yet
   */
  public Optional<CodeOfConduct> inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<CodeOfConductVersion> earlier =
        versions.stream()
            .filter(v -> v != null && v.adopted() != null && !v.adopted().isAfter(date))
            .sorted(Comparator.comparing(CodeOfConductVersion::adopted))
            .toList();
    if (adopted == null || !adopted.isAfter(date)) {
      return Optional.of(earlier.size() == versions.size() ? this : withVersions(earlier));
    }
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    CodeOfConductVersion v = earlier.get(earlier.size() - 1);
    return Optional.of(
        new CodeOfConduct(
            v.document(),
            v.version(),
            v.adopted(),
            publicUrl,
            v.uploadedToPortal() != null
                ? v.uploadedToPortal()
                : uploadedToPortal == null || uploadedToPortal.isAfter(date) ? null : uploadedToPortal,
            v.prohibitsForcedLabor() == null ? prohibitsForcedLabor : v.prohibitsForcedLabor(),
            v.commitsToMapping() == null ? commitsToMapping : v.commitsToMapping(),
            policies,
            earlier.subList(0, earlier.size() - 1)));
  }

  private CodeOfConduct withVersions(List<CodeOfConductVersion> kept) {
    return new CodeOfConduct(
        document, version, adopted, publicUrl, uploadedToPortal, prohibitsForcedLabor, commitsToMapping, policies, kept);
  }
}
