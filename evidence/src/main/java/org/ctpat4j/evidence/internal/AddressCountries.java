package org.ctpat4j.evidence.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ctpat4j.core.constraints.Codes;

/**
 * Finds the country an address names, to catch an address that contradicts the facility's country and region.
 *
 * <p>Country names come from {@link Codes#countryNames(Locale...)}: the JDK's (CLDR) name of every ISO 3166-1 country in
 * English, Spanish, French, German, Chinese (simplified and traditional), Japanese, Korean and Vietnamese, plus the
 * short forms addresses use (USA, UK, PRC, P.R. China). Only the last part of the address (after its last comma, semicolon
 * or line break) is read, where international addresses put the country; an address written in CJK script is also read
 * from its start, where Chinese, Japanese and Korean addresses put it. A name is matched whole. A known ambiguity
 * remains: a state or city that shares a country's name (Georgia, Jordan) in last place. The check that uses this
 * class only warns, naming both places, so an officer reads them side by side; nothing is decided on it.
 */
final class AddressCountries {

  private static final Map<String, String> NAMES = names();

  private AddressCountries() {}

  private static Map<String, String> names() {
    Map<String, String> out = new HashMap<>();
    Codes.countryNames(
            Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.GERMAN, Locale.SIMPLIFIED_CHINESE,
            Locale.TRADITIONAL_CHINESE, Locale.JAPANESE, Locale.KOREAN, Locale.forLanguageTag("vi"))
        .forEach((name, code) -> out.putIfAbsent(key(name), code));
    return Map.copyOf(out);
  }

  private static String key(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /**
   * Returns the ISO 3166-1 code of the country an address names in its last part, or at its start for an address in
   * CJK script.
   *
   * @param address the address; may be null
   * @return the code, or empty when no country name is found
   */
  static Optional<String> named(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    String[] parts = address.split("[,;\\n，、]");
    String last = parts[parts.length - 1].replaceAll("[0-9\\-]+", " ").replaceAll("[.\\s]+$", "");
    String code = NAMES.get(key(last));
    if (code == null) {
      code = NAMES.get(key(last.replace(".", "")));
    }
    if (code != null) {
      return Optional.of(code);
    }
    String start = address.strip();
    if (!start.isEmpty() && Character.UnicodeScript.of(start.codePointAt(0)) == Character.UnicodeScript.HAN) {
      for (int len = Math.min(8, start.length()); len >= 2; len--) {
        String c = NAMES.get(key(start.substring(0, len)));
        if (c != null) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
