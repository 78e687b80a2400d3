package org.ctpat4j.testkit.builders;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.internal.Sha256;

/**
 * Registry identifiers with correct check digits, derived deterministically from a key (the same key always gives the
 * same identifier), and the check-digit tests they pass. The identifiers are well-formed, not registered: do not use
 * them outside tests. The check digits are those of {@link Codes}, which the dossier validator applies.
 *
 * <ul>
 *   <li>LEI: ISO 17442, 20 characters, check digits by ISO 7064 MOD 97-10 (the same scheme as IBAN);
 *   <li>GLN: GS1 Global Location Number, 13 digits, GS1 modulo-10 check digit (GS1 General Specifications 7.9);
 *   <li>USCC: China's unified social credit code, GB 32100-2015, 18 characters, with the GB 11714 check character of
 *       the embedded organization code and the GB 32100 modulo-31 check character;
 *   <li>OS ID: the shape of an Open Supply Hub facility id (country, seven digits, six letters or digits); Open Supply
 *       Hub publishes no check digit.
 * </ul>
 */
public final class ValidIdentifiers {

  private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private ValidIdentifiers() {}

  /**
   * Returns identifiers for a facility: an LEI, a GLN and an OS ID, plus a USCC when the country is {@code CN} (its
   * administrative division taken from the region: Xinjiang {@code CN-XJ} gives 650100, otherwise Shanghai 310100).
   *
   * @param key what the identifiers are derived from (for example the facility id); never null
   * @param country the ISO 3166-1 alpha-2 country; never null
   * @param region the ISO 3166-2 region, or {@code null}
   * @return the identifiers; never null
   */
  public static Identifiers forFacility(String key, String country, String region) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(country, "country");
    String uscc = "CN".equals(country) ? uscc(key, "CN-XJ".equals(region) ? "650100" : "310100") : null;
    return new Identifiers(osId(country, key), lei(key), uscc, gln(key));
  }

  /**
   * Returns an ISO 17442 LEI with valid check digits.
   *
   * @param key the key; never null
   * @return 20 characters: a 4-character prefix, {@code 00}, 12 characters and 2 check digits
   */
  public static String lei(String key) {
    byte[] h = hash("lei:" + key);
    StringBuilder sb = new StringBuilder(20);
    for (int i = 0; i < 4; i++) {
      sb.append(ALNUM.charAt((h[i] & 0xFF) % 36));
    }
    sb.append("00");
    for (int i = 4; i < 16; i++) {
      sb.append(ALNUM.charAt((h[i] & 0xFF) % 36));
    }
    return sb.append(Codes.leiCheckDigits(sb.toString())).toString();
  }

  /**
   * Returns whether a string is a well-formed LEI whose check digits are right.
   *
   * @param lei the candidate; never null
   * @return {@code true} when it has 20 upper-case letters or digits and its MOD 97-10 remainder is 1
   */
  public static boolean isValidLei(String lei) {
    Objects.requireNonNull(lei, "lei");
    return Codes.isLei(lei);
  }

  /**
   * Returns a GS1 Global Location Number with a valid check digit.
   *
   * @param key the key; never null
   * @return 13 digits
   */
  public static String gln(String key) {
    byte[] h = hash("gln:" + key);
    StringBuilder sb = new StringBuilder(13);
    sb.append(1 + (h[0] & 0xFF) % 9);
    for (int i = 1; i < 12; i++) {
      sb.append((h[i] & 0xFF) % 10);
    }
    return sb.append(Codes.glnCheckDigit(sb.toString())).toString();
  }

  /**
   * Returns whether a string is a 13-digit GLN whose GS1 check digit is right.
   *
   * @param gln the candidate; never null
   * @return {@code true} when valid
   */
  public static boolean isValidGln(String gln) {
    Objects.requireNonNull(gln, "gln");
    return Codes.isGln(gln);
  }

  /**
   * Returns a unified social credit code with valid check characters for an enterprise registered in Shanghai.
   *
   * @param key the key; never null
   * @return 18 characters
   */
  public static String uscc(String key) {
    return uscc(key, "310100");
  }

  /**
   * Returns a unified social credit code with valid check characters.
   *
   * @param key the key; never null
   * @param adminDivision the 6-digit GB/T 2260 administrative division code (for example 650100, Urumqi); never null
   * @return 18 characters: {@code 91} (registered with market regulation, enterprise), the division, a 9-character
   *     organization code with its GB 11714 check character, and the GB 32100 check character
   * @throws IllegalArgumentException if the division is not 6 digits
   */
  public static String uscc(String key, String adminDivision) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(adminDivision, "adminDivision");
    if (!adminDivision.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("adminDivision must be 6 digits: " + adminDivision);
    }
    byte[] h = hash("uscc:" + key);
    StringBuilder org = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      org.append((h[i] & 0xFF) % 10);
    }
    org.append(Codes.organizationCodeCheckCharacter(org.toString()));
    String body = "91" + adminDivision + org;
    return body + Codes.usccCheckCharacter(body);
  }

  /**
   * Returns whether a string is a unified social credit code whose two check characters are right.
   *
   * @param uscc the candidate; never null
   * @return {@code true} when valid
   */
  public static boolean isValidUscc(String uscc) {
    Objects.requireNonNull(uscc, "uscc");
    return Codes.isUscc(uscc) && Codes.isOrganizationCode(uscc.substring(8, 17));
  }

  /**
   * Returns an id in the shape of an Open Supply Hub facility id.
   *
   * @param country the ISO 3166-1 alpha-2 country; never null
   * @param key the key; never null
   * @return for example {@code CN2024123AB12CD}
   */
  public static String osId(String country, String key) {
    Objects.requireNonNull(country, "country");
    byte[] h = hash("os:" + key);
    StringBuilder sb = new StringBuilder(15).append(country).append("2024");
    int day = 1 + ((h[0] & 0xFF) << 8 | (h[1] & 0xFF)) % 365;
    sb.append((char) ('0' + day / 100)).append((char) ('0' + day / 10 % 10)).append((char) ('0' + day % 10));
    for (int i = 2; i < 8; i++) {
      sb.append(ALNUM.charAt((h[i] & 0xFF) % 36));
    }
    return sb.toString();
  }

  /**
   * Returns the identifier with its last (check) character changed, so that it fails its check.
   *
   * @param identifier an LEI, GLN or USCC; never null or empty
   * @return the same identifier with a wrong check character
   */
  public static String withWrongCheckCharacter(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    if (identifier.isEmpty()) {
      throw new IllegalArgumentException("identifier must not be empty");
    }
    char last = identifier.charAt(identifier.length() - 1);
    char other = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10) : (last == 'A' ? 'B' : 'A');
    return identifier.substring(0, identifier.length() - 1) + other;
  }

  private static byte[] hash(String s) {
    return Sha256.digest(s.getBytes(StandardCharsets.UTF_8));
  }
}
