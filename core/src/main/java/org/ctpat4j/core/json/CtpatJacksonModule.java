package org.ctpat4j.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import java.util.List;
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
 *   <li>dates are ISO {@code YYYY-MM-DD} strings whatever the mapper's date settings (no {@code JavaTimeModule}
 *       needed);
 *   <li>absent optional values ({@code null}) are left out when writing, as the format and its schema expect.
 * </ul>
 *
 * <p>The module binds only. A mapper of the caller's own applies its own strictness (unknown fields, coercions) and
 * does not run the format's constraint and referential checks: validate with
 * {@code org.ctpat4j.core.validation.DossierValidator}, or read with {@link DossierReader}, which does both and
 * reports every problem with its path and line.
 *
 * <p>Instances are immutable once registered; registering the module twice is harmless.
 */
public final class CtpatJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final List<Class<?>> MODEL =
      List.of(
          Dossier.class, Partner.class, Membership.class, Facility.class, Identifiers.class, Material.class,
          Link.class, UnmappedInput.class, Product.class, Evidence.class, SocialComplianceProgram.class,
          RiskAssessment.class, CodeOfConduct.class, Audit.class, AuditFinding.class, Training.class,
          SupplierCommitment.class, RemediationPlan.class, RemediationCase.class, RemediationAction.class,
          Engagement.class, Document.class);

  /** Creates the module. */
  public CtpatJacksonModule() {
    super("ctpat4j-dossier", Version.unknownVersion());
    addSerializer(LocalDate.class, new DateCodec.Serializer());
    addDeserializer(LocalDate.class, new DateCodec.Deserializer());
    for (Class<?> type : MODEL) {
      setMixInAnnotation(type, NonNullMixin.class);
    }
  }

  @Override
  public Object getTypeId() {
    return CtpatJacksonModule.class.getName();
  }

  /** Leaves {@code null} values out when writing the model. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class NonNullMixin {}
}
