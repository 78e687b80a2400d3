package org.ctpat4j.risk.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalises company names for exact and alias matching. */
public final class Names {

  private static final Set<String> LEGAL_FORMS = Set.of(
      "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "bhd", "berhad",
      "sdn", "gmbh", "pte", "pvt", "private", "jsc", "ag", "sa", "srl", "bv", "nv", "oy", "ab", "kk");

  private Names() {}

  /**
   * Normalises a name: NFKD without accents, lower case, {@code &} as "and", punctuation as spaces, legal-form tokens
   * removed, spaces collapsed.
   *
   * @param name the name
   * @return the normalised name, possibly empty
   */
  public static String normalize(String name) {
    String cached = CACHE.get(name);
    if (cached != null) {
      return cached;
    }
    String result = compute(name);
    if (CACHE.size() > 100_000) {
      CACHE.clear();
    }
    CACHE.put(name, result);
    return result;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String compute(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (s.isEmpty()) {
      return s;
    }
    List<String> kept = new ArrayList<>();
    for (String token : s.split(" ")) {
      if (!LEGAL_FORMS.contains(token)) {
        kept.add(token);
      }
    }
    return String.join(" ", kept);
  }

  /**
   * Returns whether {@code text} contains {@code phrase} as whole words, both already normalised.
   *
   * @param text normalised text
   * @param phrase normalised phrase
   * @return {@code true} when found on word boundaries
   */
  public static boolean containsWords(String text, String phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    String t = " " + text + " ";
    return t.contains(" " + phrase + " ");
  }
}
