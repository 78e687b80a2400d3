package org.ctpat4j.cedict;

import java.io.InputStream;

/**
 * The bundled table of English glosses of Chinese words, derived from CC-CEDICT, the community Chinese-English
 * dictionary published by MDBG (<a href="https://www.mdbg.net/chinese/dictionary?page=cc-cedict">CC-CEDICT</a>)
 * under the Creative Commons Attribution-ShareAlike 4.0 licence. The entity screener of ctpat4j-risk reads it, when
 * this module is on the class path or module path, to read a word of a Chinese-script supplier name by its meaning or
 * by the brand it names (万科 Vanke, 联想 Lenovo, 北方 north, 巨人 giant); without it the screener reads single
 * characters only (Unihan glosses, in ctpat4j-risk).
 *
 * <p>The table ({@code han_words.txt}, UTF-8): lines starting with {@code #} are comments; every other line is a word of
 * two to four Chinese characters (simplified), a tab, and its glosses separated by {@code |}, each gloss one or two
 * lower-case words of ASCII letters, in the dictionary's order. How it is derived, and from which edition: {@code
 * PROVENANCE.md} beside it, and {@code WordTableGenerator} in this module's test sources.
 *
 * <p>Licence: this class is under the Apache License 2.0; the table is under CC BY-SA 4.0, as CC-CEDICT is. Shipping
 * the table means giving its attribution and licence with it (both are in {@code PROVENANCE.md}, in the jar); a
 * changed table must be shared under the same licence.
 */
public final class CcCedict {

  /** The table's name, beside this class. */
  public static final String TABLE = "han_words.txt";

  /** The table's licence, as an SPDX identifier. */
  public static final String LICENSE = "CC-BY-SA-4.0";

  private CcCedict() {}

  /**
   * Opens the word table.
   *
   * @return a new stream of the table's UTF-8 text; the caller closes it
   * @throws IllegalStateException if the table is missing from the jar (a broken build)
   */
  public static InputStream openTable() {
    InputStream in = CcCedict.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(TABLE + " is missing from the ctpat4j-cedict jar");
    }
    return in;
  }
}
