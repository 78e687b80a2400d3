package org.ctpat4j.risk.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one supplier to screen.
 *
 * @param name the supplier's name as recorded (any script); not blank
 * @param aliases other names of the supplier (trade names, names in another script); may be empty
 * @param country ISO 3166-1 alpha-2 code of the supplier's country, when known; used as supporting evidence only
 * @param identifiers registry identifiers of the supplier; an identifier equal to a listed one is a match by itself
 */
public record ScreeningQuery(
    String name, List<String> aliases, Optional<String> country, List<EntityIdentifier> identifiers) {

  /**
   * Checks and copies the components.
   *
   * @param name see {@link #name()}
   * @param aliases see {@link #aliases()}
   * @param country see {@link #country()}
   * @param identifiers see {@link #identifiers()}
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if the name or an alias is blank or the country is not two letters
   */
  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    for (int i = 0; i < aliases.size(); i++) {
      if (aliases.get(i).isBlank()) {
        throw new IllegalArgumentException("aliases[" + i + "]: must not be blank");
      }
    }
    country = Objects.requireNonNull(country, "country").map(ScreeningEntry::countryCode);
    identifiers = List.copyOf(Objects.requireNonNull(identifiers, "identifiers"));
  }

  /**
   * A query with a name only.
   *
   * @param name the supplier name
   * @return the query
   */
  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, List.of(), Optional.empty(), List.of());
  }

  /**
   * A query with a name and a country.
   *
   * @param name the supplier name
   * @param country ISO 3166-1 alpha-2 code
   * @return the query
   */
  public static ScreeningQuery of(String name, String country) {
    return new ScreeningQuery(name, List.of(), Optional.of(country), List.of());
  }

  /**
   * All names of the supplier: the name first, then the aliases.
   *
   * @return the names; never empty
   */
  public List<String> names() {
    List<String> names = new ArrayList<>(1 + aliases.size());
    names.add(name);
    names.addAll(aliases);
    return List.copyOf(names);
  }

  /**
   * Starts a builder.
   *
   * @param name the supplier name
   * @return a builder
   */
  public static Builder newBuilder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link ScreeningQuery}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<String> aliases = new ArrayList<>();
    private final List<EntityIdentifier> identifiers = new ArrayList<>();
    private String country;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Adds an alias.
     *
     * @param alias another name of the supplier
     * @return this builder
     */
    public Builder alias(String alias) {
      aliases.add(Objects.requireNonNull(alias, "alias"));
      return this;
    }

    /**
     * Sets the country.
     *
     * @param code ISO 3166-1 alpha-2 code
     * @return this builder
     */
    public Builder country(String code) {
      this.country = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Adds an identifier.
     *
     * @param identifier a registry identifier of the supplier
     * @return this builder
     */
    public Builder identifier(EntityIdentifier identifier) {
      identifiers.add(Objects.requireNonNull(identifier, "identifier"));
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public ScreeningQuery build() {
      return new ScreeningQuery(name, aliases, Optional.ofNullable(country), identifiers);
    }
  }
}
