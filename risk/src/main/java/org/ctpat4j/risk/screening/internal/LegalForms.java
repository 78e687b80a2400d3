package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms of every jurisdiction, from GLEIF's ISO 20275 Entity Legal Forms code list (CC0): abbreviations and the
 * full names that stand for them, as tokens, each with the ELF codes it may denote ({@code legal_forms.tsv}, derived
 * by {@code LegalFormTableGenerator}; see PROVENANCE.md). They are recognised only at the start or the end of a name,
 * where legal forms are written, so that an abbreviation that is also a word elsewhere ("Bank", "Trust") keeps its
 * weight. Two forms whose code sets are disjoint are of different kinds (AG and GmbH, SA and SRL); English forms used
 * loosely in translated names ({@link #LOOSE}) are compatible with every form.
 */
final class LegalForms {

  /** Forms that translations use for any kind of company: never a conflict. */
  static final Set<String> LOOSE = Set.of("co", "ltd", "limited", "inc", "corp", "corporation", "llc", "jsc",
      "company", "incorporated", "plc", "pte", "pvt", "pty", "group");

  /** The longest form, in tokens. */
  static final int MAX_TOKENS = 5;

  private static final Map<String, List<Form>> BY_LAST = new HashMap<>();
  private static final Map<String, List<Form>> BY_FIRST = new HashMap<>();
  private static final Map<String, BitSet> CODES = new HashMap<>();

  /** One form: its tokens and the canonical token that replaces them. */
  record Form(String[] tokens, String canonical) {}

  static {
    Map<String, Integer> codeIds = new HashMap<>();
    for (BundledLines.Line entry : BundledLines.read("/org/ctpat4j/risk/screening/legal_forms.tsv")) {
      String[] f = entry.text().split("\t");
      Form form = new Form(f[0].split(" "), f[1]);
      BY_LAST.computeIfAbsent(form.tokens()[form.tokens().length - 1], k -> new ArrayList<>()).add(form);
      BY_FIRST.computeIfAbsent(form.tokens()[0], k -> new ArrayList<>()).add(form);
      BitSet codes = CODES.computeIfAbsent(f[1], k -> new BitSet());
      for (String code : f[2].split(",")) {
        codes.set(codeIds.computeIfAbsent(code, k -> codeIds.size()));
      }
    }
    BY_LAST.values().forEach(l -> l.sort((a, b) -> b.tokens().length - a.tokens().length));
    BY_FIRST.values().forEach(l -> l.sort((a, b) -> b.tokens().length - a.tokens().length));
  }

  private LegalForms() {}

  /** The longest form ending at {@code end} (exclusive), or null. */
  static Form endingAt(List<String> tokens, int end) {
    for (Form f : BY_LAST.getOrDefault(tokens.get(end - 1), List.of())) {
      int n = f.tokens().length;
      if (n <= end && matches(tokens, end - n, f)) {
        return f;
      }
    }
    return null;
  }

  /** The longest form starting at {@code start}, or null. */
  static Form startingAt(List<String> tokens, int start) {
    for (Form f : BY_FIRST.getOrDefault(tokens.get(start), List.of())) {
      if (start + f.tokens().length <= tokens.size() && matches(tokens, start, f)) {
        return f;
      }
    }
    return null;
  }

  private static boolean matches(List<String> tokens, int from, Form f) {
    for (int k = 0; k < f.tokens().length; k++) {
      if (!tokens.get(from + k).equals(f.tokens()[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two canonical legal forms are of different kinds: both known to GLEIF, neither loose, and no ELF code in
   * common.
   *
   * @param a a canonical legal-form token
   * @param b another
   * @return true for a conflict such as AG / GmbH
   */
  static boolean differentKinds(String a, String b) {
    if (a.equals(b) || LOOSE.contains(a) || LOOSE.contains(b)) {
      return false;
    }
    BitSet ca = CODES.get(a);
    BitSet cb = CODES.get(b);
    return ca != null && cb != null && !ca.intersects(cb);
  }

  /**
   * Whether a canonical token is a GLEIF legal form.
   *
   * @param token a token
   * @return true when the table knows it
   */
  static boolean isKnown(String token) {
    return CODES.containsKey(token);
  }
}
