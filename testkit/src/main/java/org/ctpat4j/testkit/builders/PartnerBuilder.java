package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.util.Objects;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.DossierFormatException;

/**
 * Builds the {@link Partner} on top of core's {@link org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder}.
 * Defaults: {@code "Example Importer Inc."}, country {@code US}, {@link BusinessEntityType#US_IMPORTER}, no
 * memberships. Not thread-safe.
 */
public final class PartnerBuilder {

  private final org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder core;

  PartnerBuilder() {
    this(
        org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder.newBuilder()
            .name("Example Importer Inc.")
            .country("US")
            .entityType(BusinessEntityType.US_IMPORTER));
  }

  private PartnerBuilder(org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder core) {
    this.core = core;
  }

  /**
   * Returns a builder holding the values of a partner.
   *
   * @param partner the partner; never null
   * @return a new builder
   */
  public static PartnerBuilder from(Partner partner) {
    Objects.requireNonNull(partner, "partner");
    return new PartnerBuilder(org.ctpat4j.core.dossier.DossierBuilder.PartnerBuilder.from(partner));
  }

  /**
   * Sets the legal name.
   *
   * @param name the name; {@code null} or blank is a problem of {@link #build()}
   * @return this builder
   */
  public PartnerBuilder name(String name) {
    core.name(name);
    return this;
  }

  /**
   * Sets the country.
   *
   * @param country the ISO 3166-1 alpha-2 code; {@code null} or another value is a problem of {@link #build()}
   * @return this builder
   */
  public PartnerBuilder country(String country) {
    core.country(country);
    return this;
  }

  /**
   * Sets the CTPAT business entity type.
   *
   * @param type the type; {@code null} is a problem of {@link #build()}
   * @return this builder
   */
  public PartnerBuilder entityType(BusinessEntityType type) {
    core.entityType(type);
    return this;
  }

  /**
   * Adds a lasting membership.
   *
   * @param program the program; never null
   * @param since the first day; {@code null} is a problem of {@link #build()}
   * @return this builder
   */
  public PartnerBuilder member(Program program, LocalDate since) {
    core.membership(program, since);
    return this;
  }

  /**
   * Adds a membership.
   *
   * @param membership the membership; never null
   * @return this builder
   */
  public PartnerBuilder membership(Membership membership) {
    core.membership(membership);
    return this;
  }

  /**
   * Removes every membership in a program.
   *
   * @param program the program; never null
   * @return this builder
   */
  public PartnerBuilder withoutMembership(Program program) {
    core.withoutMembership(program);
    return this;
  }

  /**
   * Builds the partner, checked by core's builder.
   *
   * @return the partner; never null
   * @throws DossierFormatException listing every problem with the pointer of its field ({@code /country})
   */
  public Partner build() {
    return core.build();
  }

  /**
   * Builds the partner with no check beyond the record's own null rules, for a test that needs an invalid one.
   *
   * @return the partner; never null
   */
  public Partner buildUnchecked() {
    return core.buildUnchecked();
  }
}
