package org.ctpat4j.core.json;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
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
 *   <li>absent optional values ({@code null}) of the dossier model's types are left out when writing, as the format and
 *       its schema expect.
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


  /** Creates the module. */
  public CtpatJacksonModule() {
    super("ctpat4j-dossier", VERSION);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // Inserted first: an explicit property serializer wins over every type-level one, whatever the module order.
    context.insertAnnotationIntrospector(new OwnTypes());
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

  /**
   * Speaks only of the types of the dossier model (the packages {@code org.ctpat4j.core} and
   * {@code org.ctpat4j.core.dossier}), as annotations on them would: every {@link LocalDate} property (record
   * component, accessor, creator parameter) and every list of dates gets the format's date codec, and {@code null}
   * values are left out when writing. About anything else it says nothing, so the next introspector (the mapper's
   * own) decides.
   */
  private static final class OwnTypes extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    /** The packages of the dossier model: ctpat4j's own types. */
    private static final Set<String> OWN_PACKAGES =
        Set.of(Dossier.class.getPackageName(), Partner.class.getPackageName());

    private static final DateCodec.Serializer SERIALIZER = new DateCodec.Serializer();
    private static final DateCodec.Deserializer DESERIALIZER = new DateCodec.Deserializer();
    private static final JsonInclude.Value NON_NULL = JsonInclude.Value.construct(Include.NON_NULL, Include.NON_NULL);

    private static boolean own(Class<?> type) {
      return type != null && OWN_PACKAGES.contains(type.getPackageName());
    }

    /** The type of a property of the model's own types, or null for anything else. */
    private static JavaType ownProperty(Annotated a) {
      if (!(a instanceof AnnotatedMember member) || !own(member.getDeclaringClass())) {
        return null;
      }
      return a instanceof AnnotatedMethod method && method.getParameterCount() == 1
          ? method.getParameterType(0)
          : a.getType();
    }

    private static boolean ownDate(Annotated a) {
      JavaType type = ownProperty(a);
      return type != null && type.hasRawClass(LocalDate.class);
    }

    /** A list (or other collection or array) of dates of the model, such as a program's review dates. */
    private static boolean ownDates(Annotated a) {
      JavaType type = ownProperty(a);
      return type != null
          && (type.isCollectionLikeType() || type.isArrayType())
          && type.getContentType().hasRawClass(LocalDate.class);
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
    public Object findContentSerializer(Annotated a) {
      return ownDates(a) ? SERIALIZER : null;
    }

    @Override
    public Object findContentDeserializer(Annotated a) {
      return ownDates(a) ? DESERIALIZER : null;
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated a) {
      return a instanceof AnnotatedClass c && own(c.getRawType()) ? NON_NULL : JsonInclude.Value.empty();
    }

    @Override
    public Version version() {
      return VERSION;
    }
  }
}
