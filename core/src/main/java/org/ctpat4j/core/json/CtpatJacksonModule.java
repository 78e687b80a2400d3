package org.ctpat4j.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.core.json.internal.DateCodec;

/**
 * A Jackson module that teaches any {@code ObjectMapper} the {@code ctpat4j-dossier/1} format, so that
 * {@code mapper.registerModule(new CtpatJacksonModule()).readValue(json, Dossier.class)} and {@code writeValueAsString}
 * work on a mapper of the caller's own:
 *
 * <ul>
 *   <li>the dates of ctpat4j's types are ISO {@code YYYY-MM-DD} strings whatever the mapper's date settings
 *       ({@code WRITE_DATES_AS_TIMESTAMPS} on or off) and whether {@code JavaTimeModule} is registered before the
 *       module, after it or not at all: the date handling is bound to the properties of ctpat4j's types (as an
 *       annotation on each property would be), not to {@link LocalDate} as a type;
 *   <li>the application's other types are left alone: a {@code LocalDate} of the application's own classes, or one
 *       written on its own, is written and read exactly as the mapper would without this module;
 *   <li>absent optional values ({@code null}) of the dossier model are left out when writing, as the format and its
 *       schema expect.
 * </ul>
 *
 * <p>The module binds only. A mapper of the caller's own applies its own strictness (unknown fields, coercions) and
 * does not run the format's constraint and referential checks: validate with
 * {@code org.ctpat4j.core.validation.DossierValidator}, or read with {@link DossierReader}, which does both and
 * reports every problem with its path and line.
 *
 * <p>{@link #version()} is the version of the {@code ctpat4j-core} jar, written into it by the build. Instances are
 * immutable once registered; registering the module twice is harmless.
 */
public final class CtpatJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The version of ctpat4j-core, read once from the resource the build writes. */
  private static final Version VERSION = readVersion();

  private static final List<Class<?>> MODEL =
      List.of(
          Dossier.class, Partner.class, Membership.class, Facility.class, Identifiers.class, Material.class,
          Link.class, UnmappedInput.class, Product.class, Evidence.class, SocialComplianceProgram.class,
          RiskAssessment.class, CodeOfConduct.class, Audit.class, AuditFinding.class, Training.class,
          SupplierCommitment.class, RemediationPlan.class, RemediationCase.class, RemediationAction.class,
          Engagement.class, Document.class);

  /** Creates the module. */
  public CtpatJacksonModule() {
    super("ctpat4j-dossier", VERSION);
    for (Class<?> type : MODEL) {
      setMixInAnnotation(type, NonNullMixin.class);
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // Inserted first: an explicit property serializer wins over every type-level one, whatever the module order.
    context.insertAnnotationIntrospector(new OwnDates());
  }

  @Override
  public Object getTypeId() {
    return CtpatJacksonModule.class.getName();
  }

  /**
   * Returns the version of ctpat4j-core.
   *
   * @return the version the build wrote into the jar (for example {@code 0.1.0-SNAPSHOT}); never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = CtpatJacksonModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("ctpat4j-core: org/ctpat4j/core/json/version.properties is missing from the jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("ctpat4j-core: cannot read org/ctpat4j/core/json/version.properties", e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }

  /** Leaves {@code null} values out when writing the model. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class NonNullMixin {}

  /**
   * Gives every {@link LocalDate} property of a type of the dossier model (the packages {@code org.ctpat4j.core} and
   * {@code org.ctpat4j.core.dossier}; record component, accessor, creator parameter) the
   * format's date codec, as {@code @JsonSerialize(using = ...)} and {@code @JsonDeserialize(using = ...)} on it would;
   * says nothing about anything else, so the next introspector (the mapper's own) decides.
   */
  private static final class OwnDates extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    /** The packages of the dossier model: ctpat4j's own types, whose dates this module writes. */
    private static final Set<String> OWN_PACKAGES =
        Set.of(Dossier.class.getPackageName(), Partner.class.getPackageName());

    private static final DateCodec.Serializer SERIALIZER = new DateCodec.Serializer();
    private static final DateCodec.Deserializer DESERIALIZER = new DateCodec.Deserializer();

    private static boolean ownDate(Annotated a) {
      if (!(a instanceof AnnotatedMember member) || member.getDeclaringClass() == null) {
        return false;
      }
      Class<?> type = a instanceof AnnotatedMethod method && method.getParameterCount() == 1
          ? method.getRawParameterType(0)
          : a.getRawType();
      return type == LocalDate.class && OWN_PACKAGES.contains(member.getDeclaringClass().getPackageName());
    }

    @Override
    public Object findSerializer(Annotated a) {
      return ownDate(a) ? SERIALIZER : null;
    }

    @Override
    public Object findDeserializer(Annotated a) {
      return ownDate(a) ? DESERIALIZER : null;
    }

    @Override
    public Version version() {
      return VERSION;
    }
  }
}
