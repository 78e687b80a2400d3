package org.ctpat4j.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.risk.spi.RiskRule;
import org.junit.jupiter.api.Test;

/** The module descriptor works: tests run inside the named module {@code org.ctpat4j.risk}. */
class ModuleDescriptorTest {

  private static final Module MODULE = RiskEngine.class.getModule();
  private static final String RULE_SERVICE = "org.ctpat4j.risk.spi.RiskRule";
  private static final Set<String> BUILT_IN_RULE_IDS =
      Set.of(
          "uflpa-region",
          "uflpa-entity-list",
          "ilab-goods",
          "ilab-downstream",
          "tip-tier",
          "wro-findings",
          "audit-indicators",
          "unmapped-input");

  @Test
  void testsRunOnTheModulePath() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.ctpat4j.risk");
    assertThat(ModuleDescriptorTest.class.getModule()).isSameAs(MODULE);
  }

  @Test
  void exports_exactlyTheApiPackages() {
    Set<String> exported =
        MODULE.getDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    // the one CSV reader serves the command line too, and nothing else
    Map<String, Set<String>> qualified =
        MODULE.getDescriptor().exports().stream()
            .filter(ModuleDescriptor.Exports::isQualified)
            .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
    assertThat(qualified).containsExactly(Map.entry("org.ctpat4j.risk.internal.csv", Set.of("org.ctpat4j.samples")));
    assertThat(exported).containsExactlyInAnyOrder(
        "org.ctpat4j.risk", "org.ctpat4j.risk.data", "org.ctpat4j.risk.location", "org.ctpat4j.risk.screening",
        "org.ctpat4j.risk.signal", "org.ctpat4j.risk.spi");
    for (String p : MODULE.getPackages()) {
      if (p.contains(".internal")) {
        assertThat(MODULE.isExported(p)).as(p).isFalse();
      }
    }
    assertThat(MODULE.getDescriptor().opens()).isEmpty();
  }

  @Test
  void requires_coreTransitivelyAndJGraphTPrivately() {
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires =
        MODULE.getDescriptor().requires().stream()
            .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
    assertThat(requires.get("org.ctpat4j.core")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    // JGraphT is an implementation detail behind SupplierGraph (STYLE.md item 2)
    assertThat(requires.get("org.jgrapht.core")).isEmpty();
    assertThat(requires).doesNotContainKey("org.ctpat4j.evidence");
  }

  @Test
  void usesAndProvides_theRuleServiceOnly() {
    assertThat(MODULE.getDescriptor().uses()).containsExactly(RULE_SERVICE);
    assertThat(MODULE.getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly(RULE_SERVICE);
  }

  @Test
  void providers_matchMetaInfServicesAndAreNotExported() throws IOException {
    List<String> declared =
        MODULE.getDescriptor().provides().stream()
            .filter(p -> p.service().equals(RULE_SERVICE))
            .flatMap(p -> p.providers().stream())
            .sorted()
            .collect(Collectors.toList());
    assertThat(declared).hasSize(BUILT_IN_RULE_IDS.size());
    // classpath users see META-INF/services; module path users see module-info: both must list the same rules
    assertThat(metaInfServices(RULE_SERVICE)).containsExactlyElementsOf(declared);
    for (String provider : declared) {
      String pkg = provider.substring(0, provider.lastIndexOf('.'));
      assertThat(MODULE.isExported(pkg)).as(provider).isFalse();
    }
  }

  @Test
  void serviceLoader_findsTheEightBuiltInRules() {
    List<ServiceLoader.Provider<RiskRule>> providers =
        ServiceLoader.load(RiskRule.class, RiskEngine.class.getClassLoader()).stream().collect(Collectors.toList());
    assertThat(providers)
        .allSatisfy(p -> assertThat(p.type().getModule()).isSameAs(MODULE))
        .extracting(p -> p.get().id())
        .containsExactlyInAnyOrderElementsOf(BUILT_IN_RULE_IDS);
    assertThat(providers).extracting(p -> p.type().getName()).doesNotHaveDuplicates();
  }

  @Test
  void builder_startsWithTheRulesTheServiceLoaderFinds() {
    assertThat(RiskEngine.newBuilder().build().ruleIds())
        .containsExactlyInAnyOrderElementsOf(BUILT_IN_RULE_IDS)
        .isSorted();
  }

  private static List<String> metaInfServices(String service) throws IOException {
    try (InputStream in = MODULE.getResourceAsStream("META-INF/services/" + service)) {
      assertThat(in).as("META-INF/services/" + service).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(l -> l.replaceFirst("#.*", "").strip())
          .filter(l -> !l.isEmpty())
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
