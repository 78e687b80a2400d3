package org.ctpat4j.risk.screening.internal;

/**
 * What a second reading of a Chinese name ({@link ListedSegmentation}) asks of the list about its words and how they
 * follow each other, to spell a run of characters one syllable at a time ({@link Cantonese#words}). The
 * {@link BlockingIndex} answers for a screener's list.
 */
public interface ListedRuns {

  /** A list with no words. */
  ListedRuns NONE = new ListedRuns() {
    @Override
    public boolean listed(String token) {
      return false;
    }

    @Override
    public boolean prefix(String s) {
      return false;
    }

    @Override
    public boolean joined(String s) {
      return false;
    }

    @Override
    public boolean adjacent(String first, String second) {
      return false;
    }
  };

  /**
   * Whether a token is a weighted word of a listed name.
   *
   * @param token a canonical token
   * @return true when listed
   */
  boolean listed(String token);

  /**
   * Whether a string is a proper prefix of a listed word that does not read as pinyin ({@link
   * Cantonese#readsAsPinyin}; up to 24 characters, a longer one is assumed to be): the words a Cantonese spelling may
   * be.
   *
   * @param s letters
   * @return true when some such listed word begins with it
   */
  boolean prefix(String s);

  /**
   * Whether a string is a weighted listed word and the word after it in a listed name, run together ("wingon" for
   * Wing On Company).
   *
   * @param s letters
   * @return true when two adjacent listed words join into it
   */
  boolean joined(String s);

  /**
   * Whether one weighted listed word follows another in some listed name.
   *
   * @param first the first word
   * @param second the word after it
   * @return true when they are adjacent in a listed name
   */
  boolean adjacent(String first, String second);
}
