package org.ctpat4j.risk.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an entity list, in the screener's own terms, so that any list (the UFLPA Entity List, a WRO list, an
 * internal block list) can be screened through a small adapter.
 *
 * @param id an identifier unique within the list (it orders hits with equal scores); not blank
 * @param name the primary name as the list publishes it; not blank
 * @param aliases other names (a.k.a., formerly known as, names in Chinese script); may be empty
 * @param country ISO 3166-1 alpha-2 code of the entity's country, upper case, when the list gives it
 * @param identifiers registry identifiers (USCC, LEI) when the list gives them; may be empty
 * @param effectiveDate the date the entry took effect, when known
 * @param source where the entry comes from (a URL or a citation); may be empty
 */
public record ScreeningEntry(
    String id,
    String name,
    List<String> aliases,
    Optional<String> country,
    List<EntityIdentifier> identifiers,
    Optional<LocalDate> effectiveDate,
    String source) {

  /**
   * Checks and copies the components.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param aliases see {@link #aliases()}
   * @param country see {@link #country()}
   * @param identifiers see {@link #identifiers()}
   * @param effectiveDate see {@link #effectiveDate()}
   * @param source see {@link #source()}
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException if the id or name is blank, an alias is blank, or the country is not two letters
   */
  public ScreeningEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(source, "source");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank (entry " + id + ")");
    }
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    for (int i = 0; i < aliases.size(); i++) {
      if (aliases.get(i).isBlank()) {
        throw new IllegalArgumentException("aliases[" + i + "]: must not be blank (entry " + id + ")");
      }
    }
    identifiers = List.copyOf(Objects.requireNonNull(identifiers, "identifiers"));
    country = country.map(ScreeningEntry::countryCode);
  }

  /** Whether a string is two letters A to Z: the shape of an ISO 3166-1 alpha-2 code in upper case. */
  private static boolean isAlpha2(String s) {
    return s.length() == 2 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(1) >= 'A' && s.charAt(1) <= 'Z';
  }

  static String countryCode(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!isAlpha2(upper)) {
      throw new IllegalArgumentException("country: expected an ISO 3166-1 alpha-2 code, got '" + code + "'");
    }
    return upper;
  }

  /**
   * All names of the entry: the primary name first, then the aliases in list order.
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
   * @param id the entry id, unique within the list
   * @param name the primary name
   * @return a builder
   */
  public static Builder newBuilder(String id, String name) {
    return new Builder(id, name);
  }

  /** Builds a {@link ScreeningEntry}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final List<String> aliases = new ArrayList<>();
    private final List<EntityIdentifier> identifiers = new ArrayList<>();
    private String country;
    private LocalDate effectiveDate;
    private String source = "";

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Adds aliases.
     *
     * @param names the aliases
     * @return this builder
     */
    public Builder aliases(List<String> names) {
      aliases.addAll(Objects.requireNonNull(names, "names"));
      return this;
    }

    /**
     * Adds one alias.
     *
     * @param alias the alias
     * @return this builder
     */
    public Builder alias(String alias) {
      aliases.add(Objects.requireNonNull(alias, "alias"));
      return this;
    }

    /**
     * Sets the ISO 3166-1 alpha-2 country code.
     *
     * @param code the code, e.g. {@code CN}
     * @return this builder
     */
    public Builder country(String code) {
      this.country = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Adds an identifier.
     *
     * @param identifier the identifier
     * @return this builder
     */
    public Builder identifier(EntityIdentifier identifier) {
      identifiers.add(Objects.requireNonNull(identifier, "identifier"));
      return this;
    }

    /**
     * Sets the effective date.
     *
     * @param date the date the entry took effect
     * @return this builder
     */
    public Builder effectiveDate(LocalDate date) {
      this.effectiveDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the source.
     *
     * @param citation a URL or citation
     * @return this builder
     */
    public Builder source(String citation) {
      this.source = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws IllegalArgumentException if a value is invalid (see the record constructor)
     */
    public ScreeningEntry build() {
      return new ScreeningEntry(
          id, name, aliases, Optional.ofNullable(country), identifiers, Optional.ofNullable(effectiveDate), source);
    }
  }
}
