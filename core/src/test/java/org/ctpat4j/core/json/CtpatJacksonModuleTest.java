package org.ctpat4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.testing.DossierGenerator;
import org.junit.jupiter.api.Test;

/** A caller's own, plain {@code ObjectMapper} reads and writes dossiers once the module is registered. */
class CtpatJacksonModuleTest {

  @Test
  void plainMapperWithModule_roundTripsGeneratedDossiers() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CtpatJacksonModule());
    for (long seed = 0; seed < 100; seed++) {
      Dossier d = DossierGenerator.generate(seed);
      String json = mapper.writeValueAsString(d);
      assertThat(mapper.readValue(json, Dossier.class)).as("seed %d", seed).isEqualTo(d);
      // and what the caller's mapper writes, the strict reader reads
      assertThat(DossierReader.strict().read(json)).as("seed %d", seed).isEqualTo(d);
    }
  }

  @Test
  void plainMapper_readsTheRichSample_likeTheReader() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CtpatJacksonModule());
    String json = Samples.read(Samples.file("valid-rich.json"));
    assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(DossierReader.strict().read(json));
  }

  @Test
  void nullsAreLeftOut_whenWriting() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CtpatJacksonModule());
    Dossier d =
        new Dossier(Dossier.FORMAT, null,
            new org.ctpat4j.core.Partner("P", "US", org.ctpat4j.core.BusinessEntityType.US_IMPORTER, List.of()),
            List.of(), List.of(), List.of(), List.of(), List.of(), null);
    String json = mapper.writeValueAsString(d);
    assertThat(json).doesNotContain("null").doesNotContain("asOf");
    assertThat(SchemaSupport.errors(json)).isEmpty();
  }

  @Test
  void registeringTwice_isHarmless() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper().registerModule(new CtpatJacksonModule()).registerModule(new CtpatJacksonModule());
    assertThat(mapper.getRegisteredModuleIds()).hasSize(1);
    Dossier d = DossierGenerator.generate(7);
    assertThat(mapper.readValue(mapper.writeValueAsString(d), Dossier.class)).isEqualTo(d);
  }
}
