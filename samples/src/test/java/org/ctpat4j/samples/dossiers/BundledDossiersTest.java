package org.ctpat4j.samples.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.AuditFindingStatus;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RiskSource;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.json.DossierReader;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.TipRanking;
import org.ctpat4j.risk.data.UflpaEntity;
import org.ctpat4j.risk.location.XuarLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled dossiers read and validate cleanly, their evidence files match their hashes, and they keep the facts
 * their READMEs (and {@code expected.json}) promise: real listed entities under their listed names, the risky paths,
 * the compliance gaps, and a compliant importer with nothing risky and nothing stale.
 */
class BundledDossiersTest {

  private static final DossierReader READER = DossierReader.strict();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static ValidatorFactory validatorFactory;

  @BeforeAll
  static void buildValidator() {
    validatorFactory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void closeValidator() {
    validatorFactory.close();
  }

  static Stream<String> dossiers() {
    return SampleData.dossiers();
  }

  private static final Map<String, Dossier> DOSSIERS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Dossier read(String name) {
    return DOSSIERS.computeIfAbsent(name, n -> READER.read(SampleData.file(n)));
  }

  private static JsonNode expected(String name) {
    try {
      return JSON.readTree(SampleData.folder(name).resolve("expected.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every name and alias on the bundled UFLPA Entity List, normalized, mapped to the listed name. */
  private static Map<String, String> listedNames() {
    return LISTED_NAMES;
  }

  private static final Map<String, String> LISTED_NAMES = readListedNames();

  private static Map<String, String> readListedNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (UflpaEntity entity : ReferenceData.bundled().uflpaEntities()) {
      String name = entity.name();
      names.put(normalize(name), name);
      for (String alias : entity.aliases()) {
        names.put(normalize(alias.replace("(formerly known as)", "")), name);
      }
    }
    return Map.copyOf(names);
  }

  private static String normalize(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean withinTwelveMonths(LocalDate date) {
    return date != null && !date.isBefore(AS_OF.minusMonths(12)) && !date.isAfter(AS_OF);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void read_strictReader_succeedsWithRealisticSize(String name) {
    Dossier dossier = read(name);

    assertThat(dossier.format()).isEqualTo(Dossier.FORMAT);
    assertThat(dossier.asOf()).isEqualTo(AS_OF);
    assertThat(dossier.facilities()).hasSizeBetween(8, 20);
    assertThat(dossier.products()).isNotEmpty();
    assertThat(dossier.partner().memberships()).as("Security, and Trade Compliance for all but the Security-only importer")
        .hasSize(name.equals("home-textiles-importer") ? 1 : 2);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void validate_beanValidation_findsNoViolation(String name) {
    Validator validator = validatorFactory.getValidator();

    Set<ConstraintViolation<Dossier>> violations = validator.validate(read(name));

    assertThat(violations)
        .as("constraint violations of %s", name)
        .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void references_everyIdIsUniqueAndEveryReferenceResolves(String name) {
    Dossier d = read(name);
    Evidence e = d.evidence();
    Set<String> facilities = unique(d.facilities(), Facility::id, name + " facilities");
    Set<String> materials = unique(d.materials(), m -> m.id(), name + " materials");
    unique(d.products(), Product::id, name + " products");
    Set<String> documents = unique(e.documents(), doc -> doc.id(), name + " documents");
    unique(e.audits(), Audit::id, name + " audits");
    unique(e.trainings(), t -> t.id(), name + " trainings");
    unique(e.remediationCases(), c -> c.id(), name + " remediation cases");

    List<String> facilityRefs = new ArrayList<>();
    List<String> materialRefs = new ArrayList<>();
    List<String> documentRefs = new ArrayList<>();
    for (Link link : d.links()) {
      facilityRefs.add(link.from());
      facilityRefs.add(link.to());
      materialRefs.add(link.material());
      documentRefs.addAll(link.documents());
    }
    d.unmappedInputs().forEach(u -> {
      facilityRefs.add(u.facility());
      materialRefs.add(u.material());
    });
    d.products().forEach(p -> facilityRefs.add(p.producedBy()));
    e.audits().forEach(a -> {
      facilityRefs.add(a.facility());
      documentRefs.add(a.document());
    });
    e.trainings().forEach(t -> {
      if (t.facility() != null) {
        facilityRefs.add(t.facility());
      }
      documentRefs.add(t.document());
    });
    e.supplierCommitments().forEach(c -> {
      facilityRefs.add(c.facility());
      documentRefs.add(c.document());
    });
    e.remediationCases().forEach(c -> facilityRefs.add(c.facility()));
    e.engagements().forEach(g -> documentRefs.add(g.document()));
    documentRefs.add(e.socialComplianceProgram().document());
    if (e.riskAssessment() != null) {
      documentRefs.add(e.riskAssessment().document());
    }
    if (e.codeOfConduct() != null) {
      documentRefs.add(e.codeOfConduct().document());
      documentRefs.addAll(e.codeOfConduct().policies());
    }
    if (e.remediationPlan() != null) {
      documentRefs.add(e.remediationPlan().document());
    }

    assertThat(facilities).as("facilities of %s", name).containsAll(facilityRefs);
    assertThat(materials).as("materials of %s", name).containsAll(materialRefs);
    assertThat(documents).as("documents of %s", name).containsAll(documentRefs);
    assertThat(new TreeSet<>(documentRefs)).as("documents of %s that nothing cites", name).isEqualTo(documents);
    assertThat(facilityRefs).as("facilities of %s that nothing links", name).containsAll(facilities);
  }

  private static <T> Set<String> unique(List<T> items, Function<T, String> id, String what) {
    List<String> ids = items.stream().map(id).collect(Collectors.toList());
    assertThat(ids).as("ids of %s", what).doesNotHaveDuplicates();
    return new TreeSet<>(ids);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void documents_eachFileExistsAndMatchesItsSha256(String name) throws IOException {
    Dossier d = read(name);
    Path folder = SampleData.folder(name);
    Set<Path> cited = new HashSet<>();
    for (var document : d.evidence().documents()) {
      assertThat(document.path()).as("path of %s in %s", document.id(), name).isNotNull();
      Path file = folder.resolve(document.path()).normalize();
      assertThat(file).as("file of %s in %s", document.id(), name).startsWith(folder).isRegularFile();
      assertThat(sha256(file))
          .as("sha256 of %s (%s): run sha256sum on it and update the dossier", document.path(), name)
          .isEqualTo(document.sha256());
      cited.add(file);
    }
    try (Stream<Path> files = Files.list(folder.resolve("evidence"))) {
      assertThat(files.map(Path::normalize)).as("evidence files of %s no document cites", name).allMatch(cited::contains);
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void expectations_nameEveryProductAndOnlyExistingFacilities(String name) {
    Dossier d = read(name);
    JsonNode expected = expected(name);

    assertThat(expected.path("dossier").asText()).isEqualTo(name);
    assertThat(expected.path("verdict").asText()).isIn("COMPLIANT", "NOT_COMPLIANT");
    Set<String> products = new TreeSet<>();
    expected.path("productRisk").fieldNames().forEachRemaining(products::add);
    assertThat(products).isEqualTo(d.products().stream().map(Product::id).collect(Collectors.toCollection(TreeSet::new)));
    expected.path("productRisk").forEach(level -> assertThat(level.asText()).isIn("LOW", "MEDIUM", "UNKNOWN", "HIGH"));
    List<String> facilityIds = d.facilities().stream().map(Facility::id).collect(Collectors.toList());
    expected.path("highRiskFacilities").forEach(f -> assertThat(facilityIds).contains(f.asText()));
    expected.path("uflpaFacilities").forEach(f -> assertThat(facilityIds).contains(f.asText()));
    Set<String> high = new TreeSet<>();
    expected.path("highRiskFacilities").forEach(f -> high.add(f.asText()));
    expected.path("uflpaFacilities").forEach(f -> assertThat(high).as("UFLPA facilities are HIGH").contains(f.asText()));
    expected.path("listedEntities").fieldNames().forEachRemaining(f -> assertThat(facilityIds).contains(f));
    boolean tradeCompliance = d.partner().memberships().stream()
        .anyMatch(m -> m.program() == org.ctpat4j.core.Program.TRADE_COMPLIANCE);
    expected.path("requirements").fields().forEachRemaining(r -> assertThat(r.getValue().asText())
        .isIn(tradeCompliance || r.getKey().equals("SOCIAL_COMPLIANCE_PROGRAM")
            ? List.of("MET", "NOT_MET") : List.of("NOT_APPLICABLE")));
    expected.path("findings").forEach(f -> assertThat(f.path("code").asText()).as("finding code").isNotBlank());
    expected.path("findings").forEach(f -> assertThat(f.path("severity").asText()).isIn("ERROR", "WARNING", "INFO"));
    boolean anyError = false;
    for (JsonNode f : expected.path("findings")) {
      anyError |= f.path("severity").asText().equals("ERROR");
    }
    assertThat(expected.path("verdict").asText()).isEqualTo(anyError ? "NOT_COMPLIANT" : "COMPLIANT");
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void listedEntities_carryTheirNameOnTheBundledUflpaList(String name) {
    Dossier d = read(name);
    Map<String, String> listed = listedNames();

    expected(name).path("listedEntities").fields().forEachRemaining(entry -> {
      Facility facility = d.facility(entry.getKey()).orElseThrow();
      assertThat(facility.name()).isEqualTo(entry.getValue().asText());
      assertThat(listed).as("UFLPA Entity List names").containsEntry(normalize(facility.name()), facility.name());
      facility.aliases().forEach(alias -> assertThat(listed).containsEntry(normalize(alias), facility.name()));
    });
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void inventedFacilities_shareNoNameWithTheUflpaList(String name) {
    Dossier d = read(name);
    Map<String, String> listed = listedNames();
    Set<String> expectedListed = new HashSet<>();
    expected(name).path("listedEntities").fieldNames().forEachRemaining(expectedListed::add);

    for (Facility facility : d.facilities()) {
      if (expectedListed.contains(facility.id())) {
        continue;
      }
      assertThat(listed).as("invented facility %s of %s", facility.id(), name).doesNotContainKey(normalize(facility.name()));
      facility.aliases().forEach(alias -> assertThat(listed).doesNotContainKey(normalize(alias)));
    }
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void uflpaFacilities_areExactlyThoseInXinjiangOrOnTheList(String name) {
    Dossier d = read(name);
    Set<String> listed = new HashSet<>();
    expected(name).path("listedEntities").fieldNames().forEachRemaining(listed::add);
    Set<String> expectedHigh = new TreeSet<>();
    expected(name).path("uflpaFacilities").forEach(f -> expectedHigh.add(f.asText()));

    Set<String> xinjiangOrListed =
        d.facilities().stream()
            .filter(f -> XuarLocator.bundled().locate(f).presumed() || listed.contains(f.id()))
            .map(Facility::id)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(xinjiangOrListed).isEqualTo(expectedHigh);
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void productRisk_highProductsAreReachedFromAHighRiskFacilityAndLowProductsAreNot(String name) {
    Dossier d = read(name);
    JsonNode expected = expected(name);
    Set<String> high = new HashSet<>();
    expected.path("highRiskFacilities").forEach(f -> high.add(f.asText()));

    for (Product product : d.products()) {
      String level = expected.path("productRisk").path(product.id()).asText();
      Set<String> upstream = upstreamOf(d, product.producedBy());
      upstream.retainAll(high);
      if (level.equals("HIGH")) {
        assertThat(upstream).as("high-risk facilities upstream of %s in %s", product.id(), name).isNotEmpty();
      } else if (level.equals("LOW")) {
        assertThat(upstream).as("high-risk facilities upstream of %s in %s", product.id(), name).isEmpty();
      }
    }
  }

  /** The facility and every facility that supplies it, directly or not. */
  private static Set<String> upstreamOf(Dossier d, String facility) {
    Set<String> seen = new HashSet<>(Set.of(facility));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      String to = todo.pop();
      for (Link link : d.links()) {
        if (link.to().equals(to) && seen.add(link.from())) {
          todo.push(link.from());
        }
      }
    }
    return seen;
  }

  @Test
  void compliantImporter_touchesNoListedGoodCountryOrTipTier3() {
    Dossier d = read("compliant-importer");
    Map<String, String> names = Map.of("ES", "Spain", "PT", "Portugal", "FR", "France", "DE", "Germany");
    Set<String> ilabCountries =
        ReferenceData.bundled().ilabGoods().stream().map(IlabGood::country).collect(Collectors.toSet());
    Set<String> tipFlagged =
        ReferenceData.bundled().tipRankings().stream()
            .filter(r -> r.reportYear() == 2025 && r.tier() != org.ctpat4j.risk.data.TipTier.TIER_1
                && r.tier() != org.ctpat4j.risk.data.TipTier.TIER_2)
            .map(TipRanking::isoAlpha2)
            .collect(Collectors.toSet());

    assertThat(d.facilities()).extracting(Facility::country).allMatch(names::containsKey);
    assertThat(d.facilities()).extracting(f -> names.get(f.country())).noneMatch(ilabCountries::contains);
    assertThat(d.facilities()).extracting(Facility::country).noneMatch(tipFlagged::contains);
    assertThat(d.unmappedInputs()).isEmpty();
  }

  @Test
  void compliantImporter_hasCompleteEvidenceFromTheLastTwelveMonths() {
    Dossier d = read("compliant-importer");
    Evidence e = d.evidence();
    String codeVersion = e.codeOfConduct().version();
    Set<String> producers = d.products().stream().map(Product::producedBy).collect(Collectors.toSet());

    assertThat(e.socialComplianceProgram().addressesForcedLabor()).isTrue();
    assertThat(withinTwelveMonths(e.socialComplianceProgram().lastReviewed())).isTrue();
    assertThat(e.riskAssessment().includesForcedLabor()).isTrue();
    assertThat(withinTwelveMonths(e.riskAssessment().performed())).isTrue();
    assertThat(e.riskAssessment().sourcesConsulted())
        .contains(RiskSource.UFLPA_ENTITY_LIST, RiskSource.WRO_FINDINGS, RiskSource.ILAB_LIST, RiskSource.TIP_REPORT);
    assertThat(e.codeOfConduct().prohibitsForcedLabor()).isTrue();
    assertThat(e.codeOfConduct().commitsToMapping()).isTrue();
    assertThat(e.codeOfConduct().publicUrl()).startsWith("https://");
    assertThat(withinTwelveMonths(e.codeOfConduct().uploadedToPortal())).isTrue();
    assertThat(e.codeOfConduct().policies()).isNotEmpty();
    assertThat(e.trainings())
        .anyMatch(t -> t.audience() == TrainingAudience.EMPLOYEES
            && t.topics().contains(TrainingTopic.FORCED_LABOR_INDICATORS)
            && withinTwelveMonths(t.date()));
    for (String producer : producers) {
      assertThat(e.supplierCommitments())
          .as("commitment of tier-1 producer %s", producer)
          .anyMatch(c -> c.facility().equals(producer)
              && c.codeOfConductVersion().equals(codeVersion)
              && c.excludesForcedLaborPartners()
              && withinTwelveMonths(c.acknowledged()));
      assertThat(e.trainings())
          .as("training of tier-1 producer %s", producer)
          .anyMatch(t -> t.audience() == TrainingAudience.SUPPLIER
              && producer.equals(t.facility())
              && withinTwelveMonths(t.date()));
    }
    assertThat(e.remediationPlan().includesCbpDisclosure()).isTrue();
    assertThat(e.remediationCases()).noneMatch(c -> c.isOpenOn(AS_OF));
    assertThat(e.audits()).flatExtracting(Audit::findings).extracting(AuditFinding::status)
        .doesNotContain(AuditFindingStatus.OPEN);
    assertThat(e.engagements())
        .extracting(g -> g.kind().name())
        .contains("BEST_PRACTICE_SHARED", "IMPROVEMENT_PLAN");
    assertThat(e.engagements()).allMatch(g -> withinTwelveMonths(g.date()));
  }

  @Test
  void solarImporter_hasAnUndisclosedOpenCaseForTheListedProducerAndAnUnmappedInput() {
    Dossier d = read("solar-importer");
    var remediationCase = d.evidence().remediationCases().get(0);

    assertThat(remediationCase.facility()).isEqualTo("f-daqo");
    assertThat(remediationCase.isOpenOn(AS_OF)).isTrue();
    assertThat(remediationCase.disclosure()).isEmpty();
    assertThat(d.evidence().remediationPlan().includesCbpDisclosure()).isTrue();
    assertThat(d.evidence().audits()).extracting(Audit::facility).doesNotContain("f-daqo", "f-mgsi", "f-quartz");
    assertThat(d.unmappedInputs()).extracting(u -> u.facility() + "/" + u.material()).containsExactly("f-frame-th/m-al");
  }

  @Test
  void apparelImporter_hasAStaleAssessmentAnUnauditedSpinnerAndAnOutdatedCommitment() {
    Dossier d = read("apparel-importer");
    Evidence e = d.evidence();

    assertThat(withinTwelveMonths(e.riskAssessment().performed())).isFalse();
    assertThat(e.riskAssessment().sourcesConsulted()).doesNotContain(RiskSource.WRO_FINDINGS);
    assertThat(e.audits()).extracting(Audit::facility).doesNotContain("f-huafu", "f-gin-xj");
    assertThat(e.supplierCommitments())
        .filteredOn(c -> c.facility().equals("f-cmt-bd"))
        .singleElement()
        .satisfies(c -> assertThat(c.codeOfConductVersion()).isNotEqualTo(e.codeOfConduct().version()));
    assertThat(e.trainings()).noneMatch(t -> "f-cmt-bd".equals(t.facility()));
    assertThat(d.unmappedInputs()).extracting(u -> u.facility()).containsExactly("f-weave-bd", "f-thread-vn");
  }

  @Test
  void foodImporter_hasAPlanWithoutCbpDisclosureAndAnOpenCriticalFinding() {
    Dossier d = read("food-importer");
    Evidence e = d.evidence();

    assertThat(e.remediationPlan().includesCbpDisclosure()).isFalse();
    assertThat(e.audits())
        .filteredOn(a -> a.id().equals("a-farm-mx"))
        .flatExtracting(Audit::findings)
        .anyMatch(f -> f.status() == AuditFindingStatus.OPEN && f.severity().name().equals("CRITICAL")
            && f.indicator().name().equals("DEBT_BONDAGE"));
    assertThat(e.remediationCases())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.facility()).isEqualTo("f-farm-mx");
          assertThat(c.disclosure()).isEmpty();
        });
    assertThat(e.audits()).extracting(Audit::facility).doesNotContain("f-hebei", "f-paste-xj", "f-farm-xj");
  }
}
