package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * English glosses of Chinese words (万科 vanke, 联想 lenovo, 北方 north), from the word table of the optional module
 * ctpat4j-cedict ({@code org.ctpat4j.cedict.CcCedict}: derived from CC-CEDICT, CC BY-SA 4.0), each gloss one or two
 * tokens written as the normalizer writes a token of an English name. Empty when that module is not on the class path
 * or module path: the screener then reads single characters only ({@link HanGlosses}). Immutable and thread-safe;
 * the table is read once, the first time a Chinese-script name needs it.
 */
public final class HanWords {

  private static final String[][] NONE = new String[0][];

  private HanWords() {}

  /** The table, read on first use. */
  private static final class Table {
    static final HanWords.Entries ENTRIES = load();
  }

  /**
   * Whether the word table is present.
   *
   * @return true when ctpat4j-cedict is on the class path or module path
   */
  public static boolean available() {
    return Table.ENTRIES.size() > 0;
  }

  /**
   * The glosses of a word.
   *
   * @param word two to four simplified Chinese characters
   * @return its glosses, each as one or two tokens; empty when the table has none or is absent
   */
  static String[][] of(String word) {
    return Table.ENTRIES.glosses(word);
  }

  private static Entries load() {
    Optional<InputStream> table = CedictSupport.openTable();
    if (table.isEmpty()) {
      return Entries.parse(new byte[0]);
    }
    try (InputStream in = table.get()) {
      return Entries.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CC-CEDICT word table of ctpat4j-cedict", e);
    }
  }

  /**
   * The entries of the table, kept as its UTF-8 bytes and the offsets of its lines, and looked up by binary search (the
   * byte order of UTF-8 is the order of code points, which is {@link String#compareTo}'s for these characters): reading
   * 75,000 entries into a map took a quarter of a second of a short run's start, this a few tens of milliseconds.
   */
  static final class Entries {

    private static final byte TAB = '\t';
    private static final byte NEWLINE = '\n';

    private final byte[] text;
    private final int[] starts;

    private Entries(byte[] text, int[] starts) {
      this.text = text;
      this.starts = starts;
    }

    /**
     * Indexes a word table (UTF-8): {@code #} comments, then one word a line, sorted by code point, a tab, glosses of
     * ASCII letters and spaces separated by {@code |}.
     *
     * @param text the table's bytes
     * @return its entries
     * @throws IllegalStateException naming the line of a malformed entry or of one out of order
     */
    static Entries parse(byte[] text) {
      int[] starts = new int[1024];
      int size = 0;
      int line = 0;
      int previous = -1;
      for (int at = 0; at < text.length; ) {
        int tab = -1;
        int end = at;
        while (end < text.length && text[end] != NEWLINE) {
          if (tab < 0 && text[end] == TAB) {
            tab = end;
          }
          end++;
        }
        line++;
        if (end > at && text[at] != '#') {
          // two to four characters of the CJK Unified Ideographs block: three bytes each in UTF-8
          if (tab < 0 || (tab - at) % 3 != 0 || tab - at < 6 || tab - at > 12 || tab == end - 1) {
            throw new IllegalStateException("the CC-CEDICT word table, line " + line
                + ": expected two to four characters, a tab and glosses");
          }
          if (previous >= 0 && compare(text, previous, text, at) >= 0) {
            throw new IllegalStateException("the CC-CEDICT word table, line " + line
                + ": words must be sorted and unique");
          }
          if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
          }
          starts[size++] = at;
          previous = at;
        }
        at = end + 1;
      }
      return new Entries(text, Arrays.copyOf(starts, size));
    }

    int size() {
      return starts.length;
    }

    String[][] glosses(String word) {
      byte[] key = (word + "\t").getBytes(StandardCharsets.UTF_8);
      int lo = 0;
      int hi = starts.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = compare(text, starts[mid], key, 0);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          int from = starts[mid] + key.length;
          int end = from;
          while (end < text.length && text[end] != NEWLINE) {
            end++;
          }
          String[] glosses = new String(text, from, end - from, StandardCharsets.US_ASCII).split("\\|");
          String[][] tokens = new String[glosses.length][];
          for (int k = 0; k < glosses.length; k++) {
            String[] t = glosses[k].split(" ");
            for (int j = 0; j < t.length; j++) {
              t[j] = Normalizer.stem(t[j]);
            }
            tokens[k] = t;
          }
          return tokens;
        }
      }
      return NONE;
    }

    /**
     * Compares two words that each end at a tab, byte by byte as unsigned numbers (a shorter word that begins the other
     * comes first, since the tab is below every byte of a character).
     */
    private static int compare(byte[] a, int i, byte[] b, int j) {
      for (int k = 0; ; k++) {
        int x = a[i + k] & 0xff;
        int y = b[j + k] & 0xff;
        if (x != y) {
          return x - y;
        }
        if (x == TAB) {
          return 0;
        }
      }
    }
  }
}
