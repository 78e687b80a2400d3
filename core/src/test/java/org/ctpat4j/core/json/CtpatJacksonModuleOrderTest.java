package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.testing.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CtpatJacksonModule} on a mapper of the application's own: alone, before {@code JavaTimeModule} and after it,
 * with {@code WRITE_DATES_AS_TIMESTAMPS} on and off. ctpat4j's dates are always ISO strings; the application's own
 * dates are exactly what the same mapper without the module gives.
 */
class CtpatJacksonModuleOrderTest {

  /** How the application's mapper is set up. */
  enum Order {
    CTPAT_ONLY,
    CTPAT_THEN_JAVA_TIME,
    JAVA_TIME_THEN_CTPAT;

    ObjectMapper mapper(boolean timestamps, boolean withCtpat) {
      ObjectMapper m = new ObjectMapper().configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, timestamps);
      switch (this) {
        case CTPAT_ONLY -> {
          if (withCtpat) {
            m.registerModule(new CtpatJacksonModule());
          }
        }
        case CTPAT_THEN_JAVA_TIME -> {
          if (withCtpat) {
            m.registerModule(new CtpatJacksonModule());
          }
          m.registerModule(javaTimeModule());
        }
        case JAVA_TIME_THEN_CTPAT -> {
          m.registerModule(javaTimeModule());
          if (withCtpat) {
            m.registerModule(new CtpatJacksonModule());
          }
        }
      }
      return m;
    }

    /**
     * A new {@code JavaTimeModule}, found as a Jackson module service: the tests run inside the named module
     * {@code org.ctpat4j.core}, which does not read the test-scoped {@code jackson-datatype-jsr310}.
     */
    private static Module javaTimeModule() {
      return ObjectMapper.findModules().stream()
          .filter(m -> m.getClass().getName().equals("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("jackson-datatype-jsr310 is not on the test path"));
    }

    boolean javaTime() {
      return this != CTPAT_ONLY;
    }
  }

  /** An application's own type, holding a date of its own beside a dossier. */
  public record Envelope(String reference, LocalDate received, Dossier dossier) {}

  /** An application's own type without any ctpat4j type. */
  public record Shipment(String id, LocalDate shipped, List<LocalDate> stops) {}

  static Stream<Object[]> setups() {
    List<Object[]> out = new ArrayList<>();
    for (Order order : Order.values()) {
      for (boolean timestamps : new boolean[] {true, false}) {
        out.add(new Object[] {order, timestamps});
      }
    }
    return out.stream();
  }

  /** The rich sample, with a list of dates too (the program's review days). */
  private static final String RICH = Samples.read(Samples.file("valid-rich.json"))
      .replace("\"lastReviewed\": \"2026-02-01\",", "\"lastReviewed\": \"2026-02-01\", \"reviews\": [\"2025-02-03\", \"2026-02-01\"],");

  @ParameterizedTest(name = "{0}, timestamps {1}")
  @MethodSource("setups")
  void dossier_isWrittenAsTheFormatSays_andReadBack(Order order, boolean timestamps) throws Exception {
    ObjectMapper mapper = order.mapper(timestamps, true);
    Dossier rich = DossierReader.strict().read(RICH);

    String json = mapper.writeValueAsString(rich);

    JsonNode tree = mapper.readTree(json);
    assertThat(tree.path("asOf").isTextual()).as(json).isTrue();
    assertThat(tree.path("asOf").asText()).isEqualTo("2026-11-01");
    assertThat(tree.path("partner").path("memberships").get(0).path("since").asText()).isEqualTo("2019-04-01");
    assertThat(tree.at("/evidence/socialComplianceProgram/reviews").toString())
        .isEqualTo("[\"2025-02-03\",\"2026-02-01\"]");
    assertThat(tree).as("the same JSON as DossierWriter").isEqualTo(mapper.readTree(DossierWriter.standard().write(rich)));
    assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(rich);
    for (long seed = 0; seed < 20; seed++) {
      Dossier d = DossierGenerator.generate(seed);
      assertThat(mapper.readValue(mapper.writeValueAsString(d), Dossier.class)).as("seed %d", seed).isEqualTo(d);
    }
  }

  @ParameterizedTest(name = "{0}, timestamps {1}")
  @MethodSource("setups")
  void dossierDates_areReadOnlyAsIsoStrings(Order order, boolean timestamps) {
    ObjectMapper mapper = order.mapper(timestamps, true);
    String asArray = RICH.replace("\"asOf\": \"2026-11-01\"", "\"asOf\": [2026,11,1]");
    String badDay = RICH.replace("\"asOf\": \"2026-11-01\"", "\"asOf\": \"2026-11-31\"");
    String otherShape = RICH.replace("\"asOf\": \"2026-11-01\"", "\"asOf\": \"01/11/2026\"");

    assertThatThrownBy(() -> mapper.readValue(asArray, Dossier.class)).hasMessageContaining("LocalDate");
    assertThatThrownBy(() -> mapper.readValue(badDay, Dossier.class)).isInstanceOf(InvalidFormatException.class);
    assertThatThrownBy(() -> mapper.readValue(otherShape, Dossier.class)).isInstanceOf(InvalidFormatException.class);
  }

  @ParameterizedTest(name = "{0}, timestamps {1}")
  @MethodSource("setups")
  void applicationTypes_areLeftAlone(Order order, boolean timestamps) throws Exception {
    ObjectMapper with = order.mapper(timestamps, true);
    ObjectMapper without = order.mapper(timestamps, false);
    Shipment shipment =
        new Shipment("s1", LocalDate.of(2026, 11, 1), List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)));
    LocalDate day = LocalDate.of(2026, 11, 1);

    if (order.javaTime()) {
      String expected = without.writeValueAsString(shipment);
      assertThat(with.writeValueAsString(shipment)).isEqualTo(expected);
      assertThat(with.writeValueAsString(day)).isEqualTo(without.writeValueAsString(day));
      assertThat(with.readValue(expected, Shipment.class)).isEqualTo(shipment);
      assertThat(expected).contains(timestamps ? "[2026,11,1]" : "\"2026-11-01\"");
      Shipment unnamed = new Shipment(null, null, List.of());
      assertThat(with.writeValueAsString(unnamed))
          .as("the application's nulls are written as the mapper says")
          .isEqualTo(without.writeValueAsString(unnamed))
          .contains("\"id\":null");
    } else {
      // no JavaTimeModule: Jackson refuses java.time types with or without the module, as it always has
      assertThatThrownBy(() -> without.writeValueAsString(shipment)).isInstanceOf(InvalidDefinitionException.class);
      assertThatThrownBy(() -> with.writeValueAsString(shipment)).isInstanceOf(InvalidDefinitionException.class);
      assertThatThrownBy(() -> with.writeValueAsString(day)).isInstanceOf(InvalidDefinitionException.class);
    }
  }

  @ParameterizedTest(name = "{0}, timestamps {1}")
  @MethodSource("setups")
  void applicationTypeHoldingADossier_eachDateAsItsOwnerSays(Order order, boolean timestamps) throws Exception {
    if (!order.javaTime()) {
      return; // the envelope's own date needs JavaTimeModule: covered by applicationTypes_areLeftAlone
    }
    ObjectMapper mapper = order.mapper(timestamps, true);
    Dossier rich = DossierReader.strict().read(RICH);
    Envelope envelope = new Envelope("e1", LocalDate.of(2026, 12, 24), rich);

    String json = mapper.writeValueAsString(envelope);

    JsonNode tree = mapper.readTree(json);
    assertThat(tree.path("received").toString()).isEqualTo(timestamps ? "[2026,12,24]" : "\"2026-12-24\"");
    assertThat(tree.path("dossier").path("asOf").toString()).isEqualTo("\"2026-11-01\"");
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void version_isTheBuildsVersion() throws Exception {
    Version v = new CtpatJacksonModule().version();

    assertThat(v.isUnknownVersion()).isFalse();
    assertThat(v.getGroupId()).isEqualTo("org.ctpat4j");
    assertThat(v.getArtifactId()).isEqualTo("ctpat4j-core");
    assertThat(v.toString()).isNotEqualTo("0.0.0").matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    assertThat(Files.readString(Path.of("pom.xml")))
        .as("the version of the module's own POM")
        .contains("<version>" + v + "</version>");
    assertThat(new ObjectMapper().registerModule(new CtpatJacksonModule()).getRegisteredModuleIds())
        .containsExactly(CtpatJacksonModule.class.getName());
  }
}
