package org.ctpat4j.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.json.DossierReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static final Dossier SOLAR = DossierReader.strict().read(Path.of("dossiers/solar-importer/dossier.json"));
  private static ValidatorFactory factory;

  @BeforeAll
  static void buildFactory() {
    factory = BeanValidationExample.englishValidatorFactory();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void describe_solarImporter_listsPartnerProductsAndUpstreamCountries() {
    String description = ReadDossierExample.describe(SOLAR);

    assertThat(description)
        .startsWith("Brightfield Solar Supply, Inc. (US_IMPORTER, US)\n")
        .contains("  CTPAT TRADE_COMPLIANCE since 2021-09-01\n")
        .contains("15 facilities by country: {CA=1, CN=3, DE=2, MX=2, MY=2, NO=1, TH=3, VN=1}\n")
        .contains("made by Ayutthaya Sunworks Module Co., Ltd. (TH)\n    supply chain runs through [CN, DE, MY, TH, VN]\n")
        .contains("made by Sonora Sunworks S. de R.L. de C.V. (MX)\n    supply chain runs through [CA, DE, MX, MY, NO, TH]\n")
        .contains("unmapped: m-al into f-frame-th\n")
        .endsWith("evidence: 15 documents, 2 audits, 3 trainings, 4 supplier commitments, 1 remediation case\n");
  }

  @Test
  void countriesUpstream_cycle_terminatesAndVisitsEachFacilityOnce() {
    // f-mgsi -> f-daqo -> f-wafer-my -> f-cell-vn -> f-module-th -> f-mgsi: a cycle
    Dossier cyclic = BeanValidationExample.withFirstLink(SOLAR, new Link("f-module-th", "f-mgsi", "m-quartzite"));

    assertThat(ReadDossierExample.countriesUpstream(cyclic, "f-daqo")).containsExactly("CN", "DE", "MY", "TH", "VN");
    assertThat(ReadDossierExample.countriesUpstream(cyclic, "f-quartz")).containsExactly("CN");
  }

  @Test
  void violations_bundledDossier_none() {
    assertThat(BeanValidationExample.violations(factory.getValidator(), SOLAR)).isEmpty();
  }

  @Test
  void violations_linkEditedInCode_reportedWithJsonPointersInEnglish() {
    Validator validator = factory.getValidator();
    Dossier edited =
        BeanValidationExample.withFirstLink(SOLAR, new Link("f-quartz", " ", "m-quartzite", 1.5, List.of()));

    assertThat(BeanValidationExample.violations(validator, edited))
        .containsExactly("/links/0/share: must be less than or equal to 1", "/links/0/to: must not be blank");
  }

  @Test
  void violations_blankAliasInList_pointsAtTheListElement() {
    var f = SOLAR.facilities().get(0);
    var facility = new org.ctpat4j.core.dossier.Facility(
        f.id(), f.name(), List.of("ok", ""), f.country(), f.region(), f.address(), f.identifiers(), f.redacted());

    assertThat(BeanValidationExample.violations(factory.getValidator(), facility))
        .containsExactly("/aliases/1: must not be blank");
  }
}
