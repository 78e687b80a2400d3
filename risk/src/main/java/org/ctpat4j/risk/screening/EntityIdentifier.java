package org.ctpat4j.risk.screening;

import java.util.Locale;
import java.util.Objects;

/**
 * A registry identifier of a company, compared exactly (after removing spaces and hyphens and upper-casing).
 *
 * <p>The constructor checks the format (length and alphabet) of the identifier and rejects malformed values; it does
 * not reject a wrong check digit, because registries and lists occasionally carry them; {@link #checkDigitValid()}
 * reports it instead.
 *
 * @param type the kind of identifier
 * @param value the identifier in canonical form (upper case, no separators)
 */
public record EntityIdentifier(IdentifierType type, String value) {

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /**
   * Canonicalises and checks the identifier.
   *
   * @param type see {@link #type()}
   * @param value see {@link #value()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value does not have the format of its type
   */
  public EntityIdentifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    value = value.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    switch (type) {
      case USCC -> {
        if (value.length() != 18 || !value.chars().allMatch(c -> USCC_ALPHABET.indexOf(c) >= 0)) {
          throw new IllegalArgumentException(
              "value: a USCC has 18 characters from " + USCC_ALPHABET + ", got '" + value + "'");
        }
      }
      case LEI -> {
        if (value.length() != 20 || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
          throw new IllegalArgumentException("value: an LEI has 20 characters from 0-9 and A-Z, got '" + value + "'");
        }
      }
    }
  }

  /**
   * Creates a Unified Social Credit Code.
   *
   * @param value the code; spaces and hyphens are ignored
   * @return the identifier
   * @throws IllegalArgumentException if the value is not 18 characters of the USCC alphabet
   */
  public static EntityIdentifier uscc(String value) {
    return new EntityIdentifier(IdentifierType.USCC, value);
  }

  /**
   * Creates a Legal Entity Identifier.
   *
   * @param value the LEI; spaces and hyphens are ignored
   * @return the identifier
   * @throws IllegalArgumentException if the value is not 20 alphanumeric characters
   */
  public static EntityIdentifier lei(String value) {
    return new EntityIdentifier(IdentifierType.LEI, value);
  }

  /**
   * Whether the check digit(s) are right: GB 32100-2015 section 5 for a USCC (weights 3^i mod 31, check = 31 - sum
   * mod 31), ISO 7064 MOD 97-10 for an LEI (ISO 17442, letters read as 10..35, remainder 1).
   *
   * @return true when the check digits agree with the rest of the identifier
   */
  public boolean checkDigitValid() {
    if (type == IdentifierType.USCC) {
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += USCC_ALPHABET.indexOf(value.charAt(i)) * USCC_WEIGHTS[i];
      }
      int check = (31 - sum % 31) % 31;
      return USCC_ALPHABET.charAt(check) == value.charAt(17);
    }
    int remainder = 0;
    for (int i = 0; i < value.length(); i++) {
      int digit = Character.digit(value.charAt(i), 36);
      remainder = digit > 9 ? (remainder * 100 + digit) % 97 : (remainder * 10 + digit) % 97;
    }
    return remainder == 1;
  }

  /**
   * Returns the identifier as a reviewer reads it, e.g. {@code LEI 5493001KJTIIGC8Y1R12}.
   *
   * @return type and value
   */
  @Override
  public String toString() {
    return type + " " + value;
  }
}
