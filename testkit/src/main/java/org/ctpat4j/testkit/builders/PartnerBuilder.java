package org.ctpat4j.testkit.builders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;

/**
 * Builds the {@link Partner}. Defaults: {@code "Example Importer Inc."}, country {@code US},
 * {@link BusinessEntityType#US_IMPORTER}, no memberships. Not thread-safe.
 */
public final class PartnerBuilder {

  private String name = "Example Importer Inc.";
  private String country = "US";
  private BusinessEntityType entityType = BusinessEntityType.US_IMPORTER;
  private final List<Membership> memberships = new ArrayList<>();

  PartnerBuilder() {}

  /**
   * Returns a builder holding the values of a partner.
   *
   * @param partner the partner; never null
   * @return a new builder
   */
  public static PartnerBuilder from(Partner partner) {
    Objects.requireNonNull(partner, "partner");
    PartnerBuilder b = new PartnerBuilder();
    b.name = partner.name();
    b.country = partner.country();
    b.entityType = partner.entityType();
    b.memberships.addAll(partner.memberships());
    return b;
  }

  /**
   * Sets the legal name.
   *
   * @param name the name; never blank
   * @return this builder
   */
  public PartnerBuilder name(String name) {
    this.name = FacilityBuilder.requireNonBlank(name, "name");
    return this;
  }

  /**
   * Sets the country.
   *
   * @param country the ISO 3166-1 alpha-2 code; never null
   * @return this builder
   */
  public PartnerBuilder country(String country) {
    this.country = Objects.requireNonNull(country, "country");
    return this;
  }

  /**
   * Sets the CTPAT business entity type.
   *
   * @param type the type; never null
   * @return this builder
   */
  public PartnerBuilder entityType(BusinessEntityType type) {
    this.entityType = Objects.requireNonNull(type, "type");
    return this;
  }

  /**
   * Adds a lasting membership.
   *
   * @param program the program; never null
   * @param since the first day; never null
   * @return this builder
   */
  public PartnerBuilder member(Program program, LocalDate since) {
    return membership(new Membership(Objects.requireNonNull(program, "program"), Objects.requireNonNull(since, "since"), null, null));
  }

  /**
   * Adds a membership.
   *
   * @param membership the membership; never null
   * @return this builder
   */
  public PartnerBuilder membership(Membership membership) {
    memberships.add(Objects.requireNonNull(membership, "membership"));
    return this;
  }

  /**
   * Removes every membership in a program.
   *
   * @param program the program; never null
   * @return this builder
   */
  public PartnerBuilder withoutMembership(Program program) {
    Objects.requireNonNull(program, "program");
    memberships.removeIf(m -> m.program() == program);
    return this;
  }

  /**
   * Builds the partner.
   *
   * @return the partner; never null
   */
  public Partner build() {
    return new Partner(name, country, entityType, memberships);
  }
}
