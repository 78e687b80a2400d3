package org.ctpat4j.core.constraints;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The code and identifier checks of the dossier format, in one place: the Jakarta Validation constraints of this
 * package and {@code org.ctpat4j.core.validation.DossierValidator} both delegate here, so an annotation and the
 * dossier validator can never disagree.
 *
 * <p>Every {@code isXxx} method answers {@code false} for {@code null}. The class is stateless and thread-safe.
 */
public final class Codes {

  /**
   * The user-assigned code {@code XK} used for Kosovo by the European Commission, SWIFT, GLEIF and CBP among others.
   * ISO 3166-1 reserves user-assigned codes ({@code AA}, {@code QM}-{@code QZ}, {@code XA}-{@code XZ}, {@code ZZ}) and
   * has not assigned Kosovo a code; it is accepted because supply-chain data uses it.
   */
  public static final String KOSOVO = "XK";

  /**
   * The longest partner name, facility name or facility alias the dossier format accepts: {@value} characters. That is
   * about five times the longest name or alias field of the UFLPA Entity List as bundled (206 characters, a list of
   * aliases) and ten times the longest company name of OpenSanctions' name benchmark (103); entity screening compares
   * at most the first 64 tokens of a name anyway.
   */
  public static final int MAX_ENTITY_NAME_LENGTH = 1000;

  private static final Set<String> COUNTRIES;

  static {
    Set<String> countries = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    countries.add(KOSOVO);
    COUNTRIES = Collections.unmodifiableSet(countries);
  }

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern HS = Pattern.compile("[0-9]{4}(?:\\.?[0-9]{2}){0,3}");
  private static final Pattern LEI = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
  private static final Pattern GLN = Pattern.compile("[0-9]{13}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ORGANIZATION_CODE = Pattern.compile("[0-9A-Z]{8}[0-9X]");

  /** The weights of positions 1 to 8 of an organization code (GB 11714-1997). */
  private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * The 31 characters of a unified social credit code (GB 32100-2015, section 4): the digits and the upper-case
   * Latin letters without I, O, S, V and Z. The index of a character is its value.
   */
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The weights of positions 1 to 17 of a unified social credit code: 3^(i-1) mod 31 (GB 32100-2015, 5.2). */
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private Codes() {}

  /** Short and older forms of country names that addresses use, besides the names the JDK gives. */
  private static final String[][] COUNTRY_ALIASES = {
    {"USA", "US"}, {"U.S.A.", "US"}, {"U.S.", "US"}, {"United States of America", "US"}, {"UK", "GB"},
    {"U.K.", "GB"}, {"Great Britain", "GB"}, {"England", "GB"}, {"PRC", "CN"}, {"P.R. China", "CN"},
    {"P.R.China", "CN"}, {"People's Republic of China", "CN"}, {"中华人民共和国", "CN"}, {"Viet Nam", "VN"},
    {"Vietnam", "VN"}, {"Korea", "KR"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Turkey", "TR"},
    {"Turkiye", "TR"}, {"Türkiye", "TR"}, {"Russia", "RU"}, {"Kyrgyzstan", "KG"}
  };

  /**
   * Returns the names of countries as addresses write them: the name of every ISO 3166-1 country in each given
   * language, from the JDK's locale data (CLDR), then common short and older forms (USA, UK, PRC, Viet Nam, Turkey,
   * Russia...). The first name seen for a spelling wins.
   *
   * @param languages the languages of the names; the short forms are added whatever the languages
   * @return name as written to ISO 3166-1 alpha-2 code, in that order; unmodifiable, never null
   */
  public static Map<String, String> countryNames(Locale... languages) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale language : languages) {
        String name = country.getDisplayCountry(language);
        if (name != null && !name.isBlank() && !name.equals(code)) {
          out.putIfAbsent(name, code);
        }
      }
    }
    for (String[] a : COUNTRY_ALIASES) {
      out.putIfAbsent(a[0], a[1]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the country codes this library accepts: the ISO 3166-1 alpha-2 codes the JDK knows
   * ({@link Locale#getISOCountries()}) plus {@link #KOSOVO}.
   *
   * @return an unmodifiable, sorted set; never null
   */
  public static Set<String> countryCodes() {
    return COUNTRIES;
  }

  /**
   * Checks an ISO 3166-1 alpha-2 country code (upper case, for example {@code CN}).
   *
   * @param code the code, or {@code null}
   * @return whether it is a known country code
   */
  public static boolean isCountryCode(String code) {
    return code != null && COUNTRIES.contains(code);
  }

  /**
   * Checks the shape of an ISO 3166-2 subdivision code: a known country code, a hyphen and one to three upper-case
   * letters or digits (for example {@code CN-XJ}, Xinjiang). The subdivision part is not checked against the ISO
   * 3166-2 list, which this library does not bundle.
   *
   * @param code the code, or {@code null}
   * @return whether it has the shape of a subdivision code of a known country
   */
  public static boolean isRegionCode(String code) {
    return code != null && REGION.matcher(code).matches() && isCountryCode(code.substring(0, 2));
  }

  /**
   * Checks that a subdivision code belongs to a country: its first two letters are the country code.
   *
   * @param region the ISO 3166-2 code, or {@code null}
   * @param country the ISO 3166-1 alpha-2 code, or {@code null}
   * @return whether both are given, the region is well formed and its prefix is the country
   */
  public static boolean regionMatchesCountry(String region, String country) {
    return isRegionCode(region) && country != null && region.startsWith(country + "-");
  }

  /**
   * Checks a Harmonized System code: a four-digit heading followed by up to three pairs of digits, each pair with or
   * without a leading dot, 10 digits at most ({@code 2804}, {@code 2804.61}, {@code 280461}, {@code 8541.43.00.10}).
   *
   * @param code the code, or {@code null}
   * @return whether it is well formed
   */
  public static boolean isHsCode(String code) {
    return code != null && HS.matcher(code).matches();
  }

  /**
   * Checks an ISO 17442 Legal Entity Identifier: 18 upper-case letters or digits, then two check digits that make the
   * whole code, read as a number with letters A=10 to Z=35, equal 1 modulo 97 (ISO 7064 MOD 97-10).
   *
   * @param lei the identifier, or {@code null}
   * @return whether it is well formed and its check digits are right
   */
  public static boolean isLei(String lei) {
    return lei != null && LEI.matcher(lei).matches() && mod97(lei) == 1;
  }

  /**
   * Computes the two check digits of a Legal Entity Identifier (ISO 17442, ISO 7064 MOD 97-10).
   *
   * @param prefix the first 18 characters, upper-case letters or digits; never null
   * @return the two check digits; never null
   * @throws IllegalArgumentException if the prefix is not 18 upper-case letters or digits
   */
  public static String leiCheckDigits(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!LEI.matcher(prefix + "00").matches()) {
      throw new IllegalArgumentException("an LEI prefix is 18 upper-case letters or digits");
    }
    int check = 98 - mod97(prefix + "00");
    return check < 10 ? "0" + check : Integer.toString(check);
  }

  private static int mod97(String code) {
    int remainder = 0;
    for (int i = 0; i < code.length(); i++) {
      int value = Character.digit(code.charAt(i), 36);
      remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
    }
    return remainder;
  }

  /**
   * Checks a GS1 Global Location Number: 13 digits whose last is the GS1 mod-10 check digit.
   *
   * @param gln the number, or {@code null}
   * @return whether it is well formed and its check digit is right
   */
  public static boolean isGln(String gln) {
    return gln != null
        && GLN.matcher(gln).matches()
        && gs1CheckDigit(gln.substring(0, 12)) == gln.charAt(12) - '0';
  }

  /**
   * Computes the GS1 mod-10 check digit of a GLN (the same as for a GTIN-13): from the right, digits are weighted 3,
   * 1, 3, ...; the check digit brings the weighted sum to a multiple of ten.
   *
   * @param first12 the first 12 digits; never null
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if the argument is not 12 digits
   */
  public static int glnCheckDigit(String first12) {
    Objects.requireNonNull(first12, "first12");
    if (first12.length() != 12 || !first12.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("a GLN without its check digit is 12 digits");
    }
    return gs1CheckDigit(first12);
  }

  private static int gs1CheckDigit(String digits) {
    int sum = 0;
    for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
      sum += (digits.charAt(i) - '0') * weight;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Checks a unified social credit code of the People's Republic of China (GB 32100-2015): 18 characters of the
   * 31-character alphabet (digits and upper-case letters without I, O, S, V, Z) whose last is the check character.
   *
   * @param uscc the code, or {@code null}
   * @return whether it is well formed and its check character is right
   */
  public static boolean isUscc(String uscc) {
    if (uscc == null || uscc.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (USCC_ALPHABET.indexOf(uscc.charAt(i)) < 0) {
        return false;
      }
    }
    return usccCheck(uscc) == uscc.charAt(17);
  }

  /**
   * Computes the check character of a unified social credit code (GB 32100-2015, 5.2):
   * {@code 31 - (sum of value(i) * 3^(i-1) mod 31) mod 31}, a remainder of 31 written as {@code 0}.
   *
   * @param first17 the first 17 characters, from the 31-character alphabet; never null
   * @return the check character
   * @throws IllegalArgumentException if the argument is not 17 characters of the alphabet
   */
  public static char usccCheckCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17 || !first17.chars().allMatch(c -> USCC_ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("a USCC without its check character is 17 characters of its alphabet");
    }
    return usccCheck(first17);
  }

  private static char usccCheck(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
    }
    return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * Checks a Chinese organization code (GB 11714-1997): eight upper-case letters or digits, then the check character
   * of {@link #organizationCodeCheckCharacter(String)}. A unified social credit code embeds one at positions 9 to 17
   * (GB 32100-2015, 4.3); {@link #isUscc(String)} does not check it, since codes issued to some kinds of registrant
   * carry a body identifier that is not an organization code.
   *
   * @param code the nine characters, or {@code null}
   * @return whether it is well formed and its check character is right
   */
  public static boolean isOrganizationCode(String code) {
    return code != null
        && ORGANIZATION_CODE.matcher(code).matches()
        && organizationCodeCheck(code) == code.charAt(8);
  }

  /**
   * Computes the check character of a Chinese organization code (GB 11714-1997): the eight characters are valued
   * 0 to 35 (digits, then A=10 to Z=35) and weighted 3, 7, 9, 10, 5, 8, 4, 2; the check is 11 minus the weighted sum
   * modulo 11, written {@code X} for 10 and {@code 0} for 11.
   *
   * @param first8 the first eight characters, upper-case letters or digits; never null
   * @return the check character, {@code 0} to {@code 9} or {@code X}
   * @throws IllegalArgumentException if the argument is not eight upper-case letters or digits
   */
  public static char organizationCodeCheckCharacter(String first8) {
    Objects.requireNonNull(first8, "first8");
    if (!ORGANIZATION_CODE.matcher(first8 + "0").matches()) {
      throw new IllegalArgumentException("an organization code without its check character is 8 letters or digits");
    }
    return organizationCodeCheck(first8);
  }

  private static char organizationCodeCheck(String code) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(code.charAt(i), 36) * ORGANIZATION_CODE_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /**
   * Checks a SHA-256 digest written as 64 lower-case hexadecimal digits.
   *
   * @param sha256 the digest, or {@code null}
   * @return whether it is well formed
   */
  public static boolean isSha256(String sha256) {
    return sha256 != null && SHA256.matcher(sha256).matches();
  }

  /**
   * Checks that a text has at least one character that is not white space.
   *
   * @param text the text, or {@code null}
   * @return whether it is not null and not blank
   */
  public static boolean isNotBlank(String text) {
    return text != null && !text.isBlank();
  }
}
