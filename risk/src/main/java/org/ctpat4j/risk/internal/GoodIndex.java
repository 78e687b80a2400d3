package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.screening.internal.Normalizer;

/**
 * Maps a material to the rows of the ILAB good mapping. The HS code decides: a material with an HS code gets the rows
 * with the longest HS prefix of its code, and nothing else from the prefixed rows (a towel of HS 6302 is not raw cotton
 * of HS 5201, whatever its name says). Keywords are read only on the <em>whole good</em> a name describes, never on a
 * word that qualifies it: "cotton towels" and "cotton bed sheets" name towels and sheets, "raw cotton" and "cotton
 * lint" name cotton. Two cases read keywords:
 *
 * <ul>
 *   <li>a material without an HS code: every row, prefixed or not, whose keyword names its whole good;
 *   <li>any material: the keyword-only rows (empty {@code hs_prefix}), which name goods that share an HS heading with
 *       others and so cannot be told apart by the code (rubies and sapphires under 7103 with all gems, ingots under
 *       3818 or 2804.61, teak under 4403 or 4407, sandals under 6402-6405); a material whose whole good one of them
 *       names gets that row as well.
 * </ul>
 *
 * <p>The whole good of a name is its head noun phrase, English noun phrases being head-final: the name is cut before
 * a parenthesis, a comma, a semicolon, a dash between spaces and the words "for", "with", "of", "from", "in", "made",
 * "used"; then trailing specifications are dropped (tokens with a digit, such as "40s" or "99.9999", and the form and
 * process words of {@link #TRAILING}). A keyword names the whole good when it ends that phrase, as whole words:
 * "organic cotton lint" names cotton lint, "cotton yarn 40s combed" names cotton yarn, "polysilicon chunks (solar
 * grade)" names polysilicon, "cotton bed sheets" names bed sheets. Among the keywords that do, the longest wins.
 */
public final class GoodIndex {

  /**
   * Words that, at the end of a name, give the form, packing or processing state of a good rather than another good
   * ("polysilicon chunks", "raw cotton bales", "cotton yarn combed").
   */
  static final Set<String> TRAILING = Set.of("bale", "bales", "bulk", "chunk", "chunks", "lump", "lumps", "granule",
      "granules", "pellet", "pellets", "flake", "flakes", "lot", "lots", "grade", "raw", "combed", "carded", "ginned",
      "unginned", "fresh", "chilled", "frozen", "dried", "organic", "conventional", "recycled", "virgin", "natural");

  private static final Pattern CUT = Pattern.compile(
      "[(\\[,;]|\\s[-\u2013\u2014/]\\s|\\b(?:for|with|of|from|in|made|used)\\b", Pattern.CASE_INSENSITIVE);

  private static final PerReferenceData<GoodIndex> INDEXES =
      new PerReferenceData<>(d -> new GoodIndex(d.goodMappings()));
  /** The most materials whose rows are remembered per index (a dossier has tens to thousands of materials). */
  private static final int MAX_REMEMBERED = 1 << 16;

  private final List<GoodMapping> rows;
  private final Map<Material, List<GoodMapping>> looked = new ConcurrentHashMap<>();

  private GoodIndex(List<GoodMapping> rows) {
    this.rows = rows;
  }

  /**
   * Returns the index for some reference data.
   *
   * @param data the data
   * @return the index
   */
  public static GoodIndex of(ReferenceData data) {
    return INDEXES.of(data);
  }

  /**
   * Finds the mapping rows of a material: with an HS code, the rows of its longest HS prefix plus the keyword-only
   * rows that name its whole good; without one, the rows whose keyword names its whole good (the longest such keyword).
   *
   * @param material the material
   * @return the rows, in file order, each once; empty when unmapped; immutable (remembered per material, since every
   *     facility making the material asks again)
   */
  public List<GoodMapping> lookup(Material material) {
    List<GoodMapping> known = looked.get(material);
    if (known != null) {
      return known;
    }
    List<GoodMapping> found = List.copyOf(find(material));
    if (looked.size() < MAX_REMEMBERED) {
      looked.putIfAbsent(material, found);
    }
    return found;
  }

  private List<GoodMapping> find(Material material) {
    if (!hasHsCode(material)) {
      return lookupKeywords(material, false);
    }
    List<GoodMapping> out = new ArrayList<>(lookupHs(material));
    for (GoodMapping m : lookupKeywords(material, true)) {
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Returns whether a material has an HS code (at least one digit).
   *
   * @param material the material
   * @return {@code true} when its HS code has digits
   */
  public static boolean hasHsCode(Material material) {
    return !digits(material.hsCode()).isEmpty();
  }

  /**
   * Finds the mapping rows with the longest HS prefix of the material's HS code.
   *
   * @param material the material
   * @return the rows, in file order; empty when the material has no HS code or no prefix matches
   */
  public List<GoodMapping> lookupHs(Material material) {
    String hs = digits(material.hsCode());
    List<GoodMapping> out = new ArrayList<>();
    if (!hs.isEmpty()) {
      int best = 0;
      for (GoodMapping m : rows) {
        String p = m.hsPrefix();
        if (!p.isEmpty() && hs.startsWith(p) && p.length() >= best) {
          if (p.length() > best) {
            out.clear();
            best = p.length();
          }
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * Finds the mapping rows whose keyword is the longest phrase naming the material's whole good (see the class
   * documentation).
   *
   * @param material the material
   * @return the rows, in file order; empty when no keyword names the whole good
   */
  public List<GoodMapping> lookupKeywords(Material material) {
    return lookupKeywords(material, false);
  }

  private List<GoodMapping> lookupKeywords(Material material, boolean keywordOnlyRows) {
    List<GoodMapping> out = new ArrayList<>();
    String head = wholeGood(material.name());
    if (head.isEmpty()) {
      return out;
    }
    int best = 0;
    for (GoodMapping m : rows) {
      if (keywordOnlyRows && !m.hsPrefix().isEmpty()) {
        continue;
      }
      for (String k : m.keywords()) {
        String nk = Normalizer.key(k);
        if (endsWithWords(head, nk) && nk.length() >= best) {
          if (nk.length() > best) {
            out.clear();
            best = nk.length();
          }
          if (!out.contains(m)) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns the normalised head noun phrase of a material name: what the name says the good is.
   *
   * @param name the material name
   * @return the phrase, normalised; empty when nothing is left
   */
  static String wholeGood(String name) {
    String cut = name;
    java.util.regex.Matcher m = CUT.matcher(name);
    while (m.find()) {
      if (m.start() > 0 && !Normalizer.key(name.substring(0, m.start())).isEmpty()) {
        cut = name.substring(0, m.start());
        break;
      }
    }
    String[] tokens = Normalizer.key(cut).split(" ");
    int end = tokens.length;
    while (end > 1 && (tokens[end - 1].chars().anyMatch(Character::isDigit) || TRAILING.contains(tokens[end - 1]))) {
      end--;
    }
    return String.join(" ", java.util.Arrays.asList(tokens).subList(0, end));
  }

  private static boolean endsWithWords(String text, String phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    return text.equals(phrase) || text.endsWith(" " + phrase);
  }

  /**
   * Returns the digits of an HS code, without dots, spaces or anything else.
   *
   * @param hsCode an HS code, or {@code null}
   * @return its ASCII digits in order; empty for {@code null} or a code without digits
   */
  public static String digits(String hsCode) {
    if (hsCode == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(hsCode.length());
    for (int i = 0; i < hsCode.length(); i++) {
      char c = hsCode.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
