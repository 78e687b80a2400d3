package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * Derives the bundled legal-form table ({@code legal_forms.tsv}) from GLEIF's ISO 20275 Entity Legal Forms code list.
 * Run with the list's CSV and the output path:
 *
 * <pre>{@code
 * java -cp core/target/classes:risk/target/classes:risk/target/test-classes \
 *   org.ctpat4j.risk.screening.internal.LegalFormTableGenerator gleif_elf_codes.csv \
 *   risk/src/main/resources/org/ctpat4j/risk/screening/legal_forms.tsv
 * }</pre>
 *
 * <p>Rules: active codes only; each abbreviation (local and transliterated columns, {@code ;}-separated) folded and
 * tokenised as the screener does; kept when it has 1 to 5 tokens and at least 2 letters, and, when it is one token,
 * at least 3 letters and not on {@link #TOO_COMMON} (words and pinyin syllables that would be taken for legal
 * forms) unless the screener's own lexicon already calls it a legal form (AG, SA, BV ...); its canonical form is its tokens joined ("sp z oo" gives "spzoo"). A row's full local and transliterated
 * names (2 to 5 tokens, or one word of at least 10 letters not on {@link #TOO_COMMON}) map to the canonical form of the row's first kept abbreviation. Each line lists the ELF codes
 * the form stands for, which is how the screener tells forms of different kinds apart.
 */
public final class LegalFormTableGenerator {

  /** Abbreviations that are also ordinary words or pinyin syllables in company names. */
  static final Set<String> TOO_COMMON = Set.of("fab", "ctr", "ong", "sha", "son", "per", "sam", "sat", "gar", "tub",
      "soc", "sia", "sic", "ste", "sas", "spa", "bank", "fon", "ike", "oth", "teo", "pac", "giu", "ans", "aam", "aat",
      "sci", "scm", "stg", "vba", "fund", "trust", "other", "series", "assoc", "assn", "canton", "cantone", "commune",
      "comune", "municipal", "municipio", "district", "distretto", "estado", "gemeinde", "bezirk", "kanton", "bund",
      "embassy", "ambasciate", "ambassade", "botschaft", "procura", "procuration", "prokura", "railroad", "verein",
      "society", "societe", "company", "companhia", "condominiums", "foundation", "association", "confederation",
      "confederazione", "partnership", "cooperation", "cooperative", "cooperatives", "proprietary", "incorporation",
      "indivisioni", "indivisions", "undivided", "unlimited", "consorzio", "fundacao", "associacao", "reit", "cemix",
      "chartered", "zoo", "gen", "sec", "sal", "sap");

  private LegalFormTableGenerator() {}

  /**
   * Writes the table.
   *
   * @param args the GLEIF CSV and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Files.writeString(Path.of(args[1]), generate(text), StandardCharsets.UTF_8);
  }

  /**
   * The table for a GLEIF CSV text.
   *
   * @param gleifCsv the code list
   * @return the table, one {@code tokens TAB canonical TAB codes} line per form, sorted
   */
  static String generate(String gleifCsv) {
    Map<String, String> canonicalOf = new TreeMap<>();
    Map<String, TreeSet<String>> codesOf = new TreeMap<>();
    List<Csv.Row> rows = Csv.parseAll("gleif_elf_codes.csv", gleifCsv, IllegalStateException::new);
    rows.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    for (Csv.Row r : rows) {
      if (r.fields().size() < 13 || !r.get(12).equals("ACTV")) {
        continue;
      }
      String code = r.get(0);
      String canonical = null;
      List<String> kept = new ArrayList<>();
      for (String column : List.of(r.get(9), r.get(10))) {
        for (String abbreviation : column.split(";")) {
          String tokens = abbreviationTokens(abbreviation.strip());
          if (tokens != null) {
            kept.add(tokens);
            if (canonical == null) {
              canonical = tokens.replace(" ", "");
            }
          }
        }
      }
      if (canonical == null) {
        continue;
      }
      for (String name : List.of(r.get(5), r.get(8))) {
        String tokens = tokens(name);
        if (tokens != null && !tokens.isEmpty() && tokens.split(" ").length <= 5
            && (tokens.indexOf(' ') > 0 || tokens.length() >= 10 && !TOO_COMMON.contains(tokens))) {
          kept.add(tokens);
        }
      }
      for (String tokens : kept) {
        String c = canonicalOf.containsKey(tokens) ? canonicalOf.get(tokens)
            : tokens.indexOf(' ') < 0 || isAbbreviation(tokens, kept) ? tokens.replace(" ", "") : canonical;
        canonicalOf.putIfAbsent(tokens, c);
        codesOf.computeIfAbsent(tokens, k -> new TreeSet<>()).add(code);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Derived from GLEIF ISO 20275 Entity Legal Forms 1.4.1 (CC0) by LegalFormTableGenerator; see PROVENANCE.md\n");
    canonicalOf.forEach((tokens, c) -> out.append(tokens).append('\t').append(c).append('\t')
        .append(String.join(",", codesOf.get(tokens))).append('\n'));
    return out.toString();
  }

  private static boolean isAbbreviation(String tokens, List<String> kept) {
    return tokens.replace(" ", "").length() <= 6; // "sp z oo" stands for itself, a full name for its abbreviation
  }

  /** The tokens of an abbreviation when it is kept, else null. */
  static String abbreviationTokens(String abbreviation) {
    String tokens = tokens(abbreviation);
    if (tokens == null || tokens.isEmpty()) {
      return null;
    }
    int count = tokens.split(" ").length;
    String joined = tokens.replace(" ", "");
    long letters = joined.codePoints().filter(Character::isLetter).count();
    if (count > 5 || letters < 2) {
      return null;
    }
    boolean known = Lexicon.classify(joined).tokenClass() == org.ctpat4j.risk.screening.Explanation.TokenClass.LEGAL_FORM;
    if (count == 1 && !known && (letters < 3 || TOO_COMMON.contains(joined))) {
      return null;
    }
    return tokens;
  }

  /** Folded tokens joined by spaces; null when the text holds Chinese characters (handled by the lexicon). */
  static String tokens(String text) {
    String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    if (nfkc.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
      return null;
    }
    return String.join(" ", Normalizer.foldAndSplit(nfkc)).toLowerCase(Locale.ROOT);
  }
}
