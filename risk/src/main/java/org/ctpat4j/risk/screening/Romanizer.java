package org.ctpat4j.risk.screening;

import java.util.Objects;
import java.util.Optional;
import org.ctpat4j.risk.screening.internal.BundledPinyin;
import org.ctpat4j.risk.screening.internal.IcuSupport;

/**
 * Turns a run of Chinese (Han) characters into Latin syllables (Hanyu Pinyin) so that a name written in Chinese script,
 * its pinyin spelling and a listed Chinese-script alias can be compared. Before a run reaches the romanizer, the
 * screener has already replaced the legal forms, generic words and place names it knows (有限公司, 集团, 科技, 新疆 ...)
 * by their English canonical words, so a romanizer only sees the distinctive part of a name (大全, 中泰 ...).
 *
 * <p>Implementations must be deterministic and thread-safe. Three come with the library: {@link #none()}, {@link
 * #bundled()} (a small table, no dependency) and {@link #icu()} (ICU4J's {@code Han-Latin} transliterator, used only
 * when ICU4J is present: it is an optional dependency of about 14 MB). {@link #defaults()} combines the last two.
 */
public interface Romanizer {

  /**
   * Romanizes a run of Han characters.
   *
   * @param hanRun one or more Han characters and nothing else
   * @return lower- or mixed-case Latin syllables separated by spaces (tone marks allowed: the screener folds them), or
   *     empty when this romanizer cannot romanize every character of the run (the characters are then compared as
   *     they are)
   */
  Optional<String> romanize(String hanRun);

  /**
   * Says which romanizer this is, for logs and reports, e.g. {@code "bundled table (236 characters) + ICU4J 78.1
   * Han-Latin"}.
   *
   * @return a short description
   */
  String description();

  /**
   * A romanizer that romanizes nothing: names in Chinese script are compared character by character.
   *
   * @return the romanizer
   */
  static Romanizer none() {
    return NoRomanizer.INSTANCE;
  }

  /**
   * The bundled table: the pinyin reading of a few hundred characters that occur in Chinese company and place names
   * (the readings used in names, e.g. 长 = chang), with no dependency. It romanizes a run only when it knows every
   * character.
   *
   * @return the romanizer
   */
  static Romanizer bundled() {
    return BundledPinyin.INSTANCE;
  }

  /**
   * ICU4J's {@code Han-Latin} transliterator (Hanyu Pinyin for every CJK character, one reading per character), when
   * the optional dependency {@code com.ibm.icu:icu4j} is on the class path or module path (on the module path the
   * module {@code com.ibm.icu} must be resolved, e.g. with {@code --add-modules com.ibm.icu}).
   *
   * @return the ICU romanizer, or empty when ICU4J is not available
   */
  static Optional<Romanizer> icu() {
    return IcuSupport.romanizer();
  }

  /**
   * The bundled table, falling back to ICU4J for runs the table does not cover when ICU4J is available; the bundled
   * table alone otherwise. {@link #description()} says which.
   *
   * @return the default romanizer
   */
  static Romanizer defaults() {
    Optional<Romanizer> icu = icu();
    return icu.isPresent() ? firstOf(bundled(), icu.get()) : bundled();
  }

  /**
   * A romanizer that asks {@code first}, then {@code second} when the first cannot romanize the whole run.
   *
   * @param first the preferred romanizer
   * @param second the fallback
   * @return the combined romanizer
   */
  static Romanizer firstOf(Romanizer first, Romanizer second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return new Romanizer() {
      @Override
      public Optional<String> romanize(String hanRun) {
        Optional<String> result = first.romanize(hanRun);
        return result.isPresent() ? result : second.romanize(hanRun);
      }

      @Override
      public String description() {
        return first.description() + " + " + second.description();
      }

      @Override
      public String toString() {
        return description();
      }
    };
  }
}

/** The romanizer that romanizes nothing. */
enum NoRomanizer implements Romanizer {
  INSTANCE;

  @Override
  public Optional<String> romanize(String hanRun) {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "none (Chinese script compared as written)";
  }
}
