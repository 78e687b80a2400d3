package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * Shares equal short strings (and equal boxed numbers) within one read: a dossier names each facility once and refers to it from every link,
 * audit and case, so without sharing a large supply chain holds millions of copies of the same identifiers. A
 * direct-mapped cache (a slot per hash, the last string wins) that grows with the number of distinct strings up to a
 * fixed size, so that memory stays bounded whatever the document holds and a hostile document can only make it miss.
 * One instance per read; not thread-safe.
 */
public final class StringPool {

  /** The attribute under which the reader hands the pool of a read to the string deserializer. */
  public static final Object KEY = StringPool.class;

  /** Strings longer than this are not shared (names, descriptions): identifiers and codes are short. */
  static final int MAX_LENGTH = 64;

  /** Slots at first: enough for a dossier of a few thousand facilities, cheap for a small one. */
  private static final int FIRST_SLOTS = 1 << 12;

  /**
   * The most slots (8 MB of references): a million facility ids, each named again by three links on
   * average, are then mostly shared, so that equal ids are one object and compare by identity in every map keyed by
   * them.
   */
  static final int MAX_SLOTS = 1 << 21;

  private static final int NUMBER_SLOTS = 1 << 10;

  private String[] slots = new String[FIRST_SLOTS];

  private int added;
  private final Double[] numbers = new Double[NUMBER_SLOTS];

  /** The text of each number slot's value as the document wrote it ({@link #number}), or null. */
  private final char[][] numberTexts = new char[NUMBER_SLOTS][];

  /** The value read from each of {@link #numberTexts}. */
  private final Double[] numberValues = new Double[NUMBER_SLOTS];

  /** Creates an empty pool. */
  public StringPool() {}

  /**
   * Returns a string with the given characters, the pool's copy when it has one.
   *
   * @param chars the buffer; never null
   * @param offset where the characters start
   * @param length how many there are
   * @return the string; never null
   */
  public String of(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int h = hash(chars, offset, length);
    int slot = slot(h, slots.length);
    String s = slots[slot];
    // String.hashCode() is the same sum, kept in the string once computed: comparing it tells a slot's string from
    // another without reading its characters, and the string keeps it for every map it is a key in later
    if (s != null && s.hashCode() == h && s.length() == length && matches(s, chars, offset)) {
      return s;
    }
    s = new String(chars, offset, length);
    s.hashCode();
    slots[slot] = s;
    if (++added > slots.length / 2 && slots.length < MAX_SLOTS) {
      grow();
    }
    return s;
  }

  /** Four times the slots, keeping what the pool holds: a document with many distinct strings gets a bigger pool. */
  private void grow() {
    String[] bigger = new String[slots.length * 4];
    for (String s : slots) {
      if (s != null) {
        int h = s.hashCode();
        bigger[slot(h, bigger.length)] = s;
      }
    }
    slots = bigger;
    added = 0;
  }

  /** The slot of a hash in a table of {@code size} slots, a power of two: its high bits folded into the low ones. */
  private static int slot(int h, int size) {
    return (h ^ (h >>> 16)) & (size - 1);
  }

  /** {@link String#hashCode()} of the characters, without making the string. */
  private static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    return h;
  }

  private static boolean matches(String s, char[] chars, int offset) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number at the parser's current number token, read once per distinct text: the shares of a supply
   * chain's links repeat a few values written the same way ("1.0", "0.5"), so a million links need not each be parsed
   * (and boxed) again. The value is the parser's own ({@link JsonParser#getDoubleValue()}) for the first of each text.
   *
   * @param p a parser at a number token; never null
   * @return a box holding the token's value; never null
   * @throws IOException if the parser cannot read the number
   */
  public Double number(JsonParser p) throws IOException {
    int length = p.getTextLength();
    if (length > MAX_NUMBER_TEXT) {
      return of(p.getDoubleValue());
    }
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int h = hash(chars, offset, length);
    int slot = slot(h, NUMBER_SLOTS);
    char[] text = numberTexts[slot];
    if (text != null && Arrays.equals(text, 0, text.length, chars, offset, offset + length)) {
      return numberValues[slot];
    }
    Double d = of(p.getDoubleValue());
    numberTexts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
    numberValues[slot] = d;
    return d;
  }

  /** Numbers written with more characters than this are read every time (they seldom repeat). */
  private static final int MAX_NUMBER_TEXT = 24;

  /**
   * Returns a boxed number, the pool's copy when it has one: the shares of a supply chain's links repeat a few values
   * (1, 0.5, 0.25...), so a million links need not hold a million boxes.
   *
   * @param value the number
   * @return a box holding exactly {@code value} (same bits); never null
   */
  public Double of(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int h = Long.hashCode(bits);
    int slot = slot(h, NUMBER_SLOTS);
    Double d = numbers[slot];
    if (d != null && Double.doubleToRawLongBits(d) == bits) {
      return d;
    }
    d = value;
    numbers[slot] = d;
    return d;
  }
}
