package org.ctpat4j.core.json.internal;

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
   * The most slots (8 MB of references and 8 MB of hashes): a million facility ids, each named again by three links on
   * average, are then mostly shared, so that equal ids are one object and compare by identity in every map keyed by
   * them.
   */
  static final int MAX_SLOTS = 1 << 21;

  private static final int NUMBER_SLOTS = 1 << 10;

  private String[] slots = new String[FIRST_SLOTS];

  /**
   * The hash of each slot's string, so that a string met for the first time (most of a large document's) is told from
   * the slot's one without reading that string from memory.
   */
  private int[] hashes = new int[FIRST_SLOTS];
  private int added;
  private final Double[] numbers = new Double[NUMBER_SLOTS];

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
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    int slot = (h ^ (h >>> 16)) & (slots.length - 1);
    String s = slots[slot];
    if (s != null && hashes[slot] == h && s.length() == length && matches(s, chars, offset)) {
      return s;
    }
    s = new String(chars, offset, length);
    slots[slot] = s;
    hashes[slot] = h;
    if (++added > slots.length / 2 && slots.length < MAX_SLOTS) {
      grow();
    }
    return s;
  }

  /** Four times the slots, keeping what the pool holds: a document with many distinct strings gets a bigger pool. */
  private void grow() {
    String[] bigger = new String[slots.length * 4];
    int[] biggerHashes = new int[bigger.length];
    for (int i = 0; i < slots.length; i++) {
      String s = slots[i];
      if (s != null) {
        int h = hashes[i];
        int slot = (h ^ (h >>> 16)) & (bigger.length - 1);
        bigger[slot] = s;
        biggerHashes[slot] = h;
      }
    }
    slots = bigger;
    hashes = biggerHashes;
    added = 0;
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
   * Returns a boxed number, the pool's copy when it has one: the shares of a supply chain's links repeat a few values
   * (1, 0.5, 0.25...), so a million links need not hold a million boxes.
   *
   * @param value the number
   * @return a box holding exactly {@code value} (same bits); never null
   */
  public Double of(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int h = Long.hashCode(bits);
    int slot = (h ^ (h >>> 16)) & (NUMBER_SLOTS - 1);
    Double d = numbers[slot];
    if (d != null && Double.doubleToRawLongBits(d) == bits) {
      return d;
    }
    d = value;
    numbers[slot] = d;
    return d;
  }
}
