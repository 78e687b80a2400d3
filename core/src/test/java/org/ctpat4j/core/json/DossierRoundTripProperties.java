package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.testing.BeanValidation;
import org.ctpat4j.core.testing.DossierGenerator;
import org.ctpat4j.core.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the JSON format over {@value #CASES} generated dossiers: write then read gives an equal dossier, and
 * every generated (valid) dossier passes the dossier validator, Bean Validation and the published JSON Schema.
 *
 * <p>The seeds derive from {@link #BASE_SEED}, or from the system property {@code ctpat4j.seed} when set; a failure
 * names the seed of the failing dossier, which {@link DossierGenerator#generate(long)} replays.
 */
class DossierRoundTripProperties {

  static final int CASES = 1000;
  static final long BASE_SEED = 20261101L;

  private final Validator beanValidator = BeanValidation.validator();

  static long[] seeds() {
    long base = Long.getLong("ctpat4j.seed", BASE_SEED);
    Random r = new Random(base);
    return LongStream.generate(r::nextLong).limit(CASES).toArray();
  }

  @Test
  void generatedDossiers_roundTripAndAreValidForEveryChecker() {
    for (long seed : seeds()) {
      Dossier original = DossierGenerator.generate(seed);
      String json = DossierWriter.standard().write(original);
      Dossier read;
      try {
        read = DossierReader.strict().read(json);
      } catch (DossierFormatException e) {
        throw new AssertionError("seed " + seed + ": the written dossier does not read back: " + e.getMessage(), e);
      }
      assertThat(read).as("seed %d: write then read of%n%s", seed, json).isEqualTo(original);
      assertThat(DossierWriter.standard().write(read)).as("seed %d: second write", seed).isEqualTo(json);
      assertThat(DossierValidator.standard().validate(original)).as("seed %d: dossier validator", seed).isEmpty();
      assertThat(beanValidator.validate(original)).as("seed %d: Bean Validation", seed).isEmpty();
      assertThat(SchemaSupport.errors(json)).as("seed %d: JSON Schema on%n%s", seed, json).isEmpty();
    }
  }

  @Test
  void writeToStreamThenRead_givesAnEqualDossier() {
    for (long seed : LongStream.range(0, 50).toArray()) {
      Dossier original = DossierGenerator.generate(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DossierWriter.standard().write(original, out);
      Dossier read = DossierReader.strict().read(new ByteArrayInputStream(out.toByteArray()), "seed-" + seed);
      assertThat(read).as("seed %d", seed).isEqualTo(original);
      assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
          .isEqualTo(DossierWriter.standard().write(original));
    }
  }

  @Test
  void generator_isDeterministic() {
    assertThat(DossierGenerator.generate(42)).isEqualTo(DossierGenerator.generate(42));
    assertThat(DossierGenerator.generate(42)).isNotEqualTo(DossierGenerator.generate(43));
  }
}
