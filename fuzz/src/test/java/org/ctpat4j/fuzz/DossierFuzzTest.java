package org.ctpat4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.json.DossierReader;

/**
 * The dossier JSON reader on arbitrary bytes: it returns a dossier or throws a {@link DossierFormatException} whose
 * problems each name a path, never anything else (no other exception, no error, no hang).
 */
class DossierFuzzTest {

  private static final DossierReader STRICT = DossierReader.strict();

  @FuzzTest(maxDuration = "10m")
  void dossier(byte[] data) {
    try {
      Dossier dossier = STRICT.read(new ByteArrayInputStream(data), "fuzz.json");
      assertThat(dossier).isNotNull();
    } catch (DossierFormatException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem p : e.problems()) {
        assertThat(p.path()).isNotNull();
        assertThat(p.message()).isNotBlank();
      }
    }
  }
}
