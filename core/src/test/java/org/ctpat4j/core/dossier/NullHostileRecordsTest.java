package org.ctpat4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.json.DossierReader;
import org.junit.jupiter.api.Test;

/** Issue 15: the model's records reject null where null is not a legal value, naming the component. */
class NullHostileRecordsTest {

  /** Every record of the model with the components that must not be null; all others are optional. */
  private static final Map<Class<? extends Record>, List<String>> REQUIRED =
      Map.ofEntries(
          Map.entry(Partner.class, List.of("name", "country", "entityType")),
          Map.entry(Membership.class, List.of("program")),
          Map.entry(Dossier.class, List.of("format", "partner")),
          Map.entry(Facility.class, List.of("id", "name", "country")),
          Map.entry(Material.class, List.of("id", "name")),
          Map.entry(Product.class, List.of("id", "name", "producedBy")),
          Map.entry(Link.class, List.of("from", "to", "material")),
          Map.entry(UnmappedInput.class, List.of("facility", "material")),
          Map.entry(Audit.class, List.of("id", "facility", "date", "document")),
          Map.entry(AuditFinding.class, List.of("severity", "status")),
          Map.entry(CodeOfConduct.class, List.of("document", "version")),
          Map.entry(CodeOfConductVersion.class, List.of("version", "adopted", "document")),
          Map.entry(Document.class, List.of("id", "title")),
          Map.entry(Engagement.class, List.of("date", "kind", "document")),
          Map.entry(RemediationAction.class, List.of("description", "status")),
          Map.entry(RemediationCase.class, List.of("id", "facility", "opened")),
          Map.entry(RemediationPlan.class, List.of("document")),
          Map.entry(RiskAssessment.class, List.of("document")),
          Map.entry(SocialComplianceProgram.class, List.of("document")),
          Map.entry(SupplierCommitment.class, List.of("facility", "codeOfConductVersion", "acknowledged", "document")),
          Map.entry(Training.class, List.of("id", "audience", "date", "document")),
          Map.entry(Evidence.class, List.of()),
          Map.entry(Identifiers.class, List.of()));

  @Test
  void facility_nullId_throwsNpeNamingTheComponent() {
    assertThatNullPointerException().isThrownBy(() -> new Facility(null, "X", "CN", null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> new Facility("f1", "X", null, null)).withMessage("country");
    assertThat(new Facility("f1", "X", "CN", null).regionCode()).isEmpty();
  }

  @Test
  void everyRecord_rejectsNullInEachRequiredComponent_andAcceptsItInEveryOptionalOne() throws Exception {
    for (Map.Entry<Class<? extends Record>, List<String>> e : REQUIRED.entrySet()) {
      Class<? extends Record> type = e.getKey();
      RecordComponent[] components = type.getRecordComponents();
      Constructor<? extends Record> canonical =
          type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
      for (int i = 0; i < components.length; i++) {
        if (components[i].getType().isPrimitive()) {
          continue;
        }
        Object[] args = sample(components);
        args[i] = null;
        String name = components[i].getName();
        Throwable thrown = null;
        try {
          canonical.newInstance(args);
        } catch (InvocationTargetException ex) {
          thrown = ex.getCause();
        }
        if (e.getValue().contains(name)) {
          assertThat(thrown).as("%s.%s", type.getSimpleName(), name)
              .isInstanceOf(NullPointerException.class).hasMessage(name);
        } else {
          assertThat(thrown).as("%s.%s is optional", type.getSimpleName(), name).isNull();
        }
      }
    }
  }

  @Test
  void nullListElements_areRejectedNamingTheListAndIndex() {
    List<Facility> facilities = new ArrayList<>();
    facilities.add(new Facility("f1", "X", "CN", null));
    facilities.add(null);
    Partner p = new Partner("Acme", "US", BusinessEntityType.US_IMPORTER, null);
    assertThatNullPointerException()
        .isThrownBy(() -> new Dossier(Dossier.FORMAT, null, p, facilities, null, null, null, null, null))
        .withMessage("facilities: element 1 is null");
    List<Membership> memberships = new ArrayList<>();
    memberships.add(null);
    assertThatNullPointerException()
        .isThrownBy(() -> new Partner("Acme", "US", BusinessEntityType.US_IMPORTER, memberships))
        .withMessage("memberships: element 0 is null");
  }

  @Test
  void reader_stillReportsMissingFieldsLocated_andLeavesTheRecordsHostileAfterwards() {
    String json =
        """
        {"format": "ctpat4j-dossier/1",
         "partner": {"name": "Acme", "country": "US", "entityType": "US_IMPORTER", "memberships": []},
         "facilities": [{"name": "Plant", "country": "CN"}, null],
         "materials": [], "links": [], "unmappedInputs": [], "products": []}
        """;
    DossierFormatException e =
        catchThrowableOfType(DossierFormatException.class, () -> DossierReader.strict().read(json));
    assertThat(e.problems())
        .extracting(Problem::path, Problem::codeName, Problem::line)
        .containsExactly(
            tuple("/facilities/0/id", "MISSING_FIELD", 3),
            tuple("/facilities/1", "MISSING_FIELD", 3));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.column()).isPositive());
    // the reader's lenient binding is over: public construction is null-hostile again on this thread
    assertThatNullPointerException().isThrownBy(() -> new Facility(null, "X", "CN", null)).withMessage("id");
  }

  private static Object[] sample(RecordComponent[] components) {
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = sample(components[i].getType());
    }
    return args;
  }

  private static Object sample(Class<?> t) {
    if (t == String.class) {
      return "x";
    } else if (t == LocalDate.class) {
      return LocalDate.of(2026, 1, 1);
    } else if (t == List.class) {
      return List.of();
    } else if (t == boolean.class) {
      return false;
    } else if (t == Boolean.class) {
      return Boolean.TRUE;
    } else if (t == Integer.class) {
      return 1;
    } else if (t == Double.class) {
      return 0.5;
    } else if (t.isEnum()) {
      return t.getEnumConstants()[0];
    } else if (t == Partner.class) {
      return new Partner("Acme", "US", BusinessEntityType.US_IMPORTER, null);
    } else if (t == Identifiers.class) {
      return Identifiers.NONE;
    } else if (t == Evidence.class) {
      return Evidence.NONE;
    } else if (t == Program.class) {
      return Program.SECURITY;
    }
    return null; // the optional parts of the evidence
  }
}
