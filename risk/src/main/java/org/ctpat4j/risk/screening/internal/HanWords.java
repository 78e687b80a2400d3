package org.ctpat4j.risk.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
   * @param chars simplified Chinese characters
   * @param from the word's first character in {@code chars}
   * @param to the index after its last
   * @return its glosses, each as one or two tokens; empty when the table has none or is absent; shared with every
   *     caller, so not to be changed
   */
  static String[][] of(CharSequence chars, int from, int to) {
    return Table.ENTRIES.glosses(chars, from, to);
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
    /** The glosses of each entry, parsed on its first look-up (a name's common words come up again and again). */
    private final AtomicReferenceArray<String[][]> parsed;

    private Entries(byte[] text, int[] starts) {
      this.text = text;
      this.starts = starts;
      this.parsed = new AtomicReferenceArray<>(starts.length);
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

    String[][] glosses(CharSequence chars, int from, int to) {
      int lo = 0;
      int hi = starts.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = compare(text, starts[mid], chars, from, to);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          String[][] done = parsed.get(mid);
          if (done == null) {
            done = parse(starts[mid] + 3 * (to - from) + 1);
            parsed.set(mid, done);
          }
          return done;
        }
      }
      return NONE;
    }

    /** The glosses of the line whose glosses begin at {@code first}, as normalised tokens. */
    private String[][] parse(int first) {
      int end = first;
      while (end < text.length && text[end] != NEWLINE) {
        end++;
      }
      String[] glosses = new String(text, first, end - first, StandardCharsets.US_ASCII).split("\\|");
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

    /**
     * Compares the word of the line at {@code start} (its UTF-8 bytes up to the tab) with {@code chars} from {@code
     * from} to {@code to}, by code point:
     * each character of the CJK Unified Ideographs block is three bytes in UTF-8, whose order is that of the code
     * points; nothing is allocated. A word with another character is after every word of the table (it is in none).
     */
    private static int compare(byte[] text, int start, CharSequence chars, int from, int to) {
      int at = start;
      for (int k = from; k < to; k++) {
        char c = chars.charAt(k);
        if (c < 0x4E00 || c > 0x9FFF) {
          return -1;
        }
        int x = text[at] & 0xff;
        if (x == TAB) {
          return -1; // the line's word is a prefix of this one
        }
        int y = 0xE0 | c >> 12;
        if (x != y) {
          return x - y;
        }
        x = text[at + 1] & 0xff;
        y = 0x80 | c >> 6 & 0x3F;
        if (x != y) {
          return x - y;
        }
        x = text[at + 2] & 0xff;
        y = 0x80 | c & 0x3F;
        if (x != y) {
          return x - y;
        }
        at += 3;
      }
      return text[at] == TAB ? 0 : 1;
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
