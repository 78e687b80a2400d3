package org.ctpat4j.risk.screening.internal;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.util.Optional;
import org.ctpat4j.risk.screening.Romanizer;

/** ICU4J's {@code Han-Latin} transform. Loaded only when {@link IcuSupport} found ICU4J. */
final class IcuRomanizer implements Romanizer {

  private final Transliterator hanLatin = Transliterator.getInstance("Han-Latin");
  private final String description = "ICU4J " + VersionInfo.ICU_VERSION + " Han-Latin";

  @Override
  public Optional<String> romanize(String hanRun) {
    String latin;
    synchronized (hanLatin) { // ICU does not promise that a Transliterator is safe for concurrent use
      latin = hanLatin.transliterate(hanRun);
    }
    for (int i = 0; i < latin.length(); i++) {
      if (Character.UnicodeScript.of(latin.charAt(i)) == Character.UnicodeScript.HAN) {
        return Optional.empty();
      }
    }
    return Optional.of(latin);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
