package org.ctpat4j.evidence.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.evidence.FindingCode;

/**
 * {@link Requirement#CODE_OF_CONDUCT} (Trade Compliance 2): a code that prohibits forced labor anywhere in the supply
 * chain, published at a public URL, uploaded to the CTPAT portal and backed by policies and procedures.
 *
 * <p>Codes: {@link FindingCode#COC_MISSING}, {@link FindingCode#COC_NO_FORCED_LABOR_PROHIBITION},
 * {@link FindingCode#COC_NOT_PUBLIC} (no URL, or not an absolute http(s) URL), {@link FindingCode#COC_NOT_UPLOADED}
 * (no upload, or an upload dated after the day), {@link FindingCode#COC_NO_POLICIES}, and the shared codes (each
 * policy document must be listed). A code adopted after the day of the check does not count.
 */
final class CodeOfConductCheck implements Check {

  private static final String PATH = "evidence.codeOfConduct";

  @Override
  public Requirement requirement() {
    return Requirement.CODE_OF_CONDUCT;
  }

  @Override
  public void run(CheckContext ctx) {
    CodeOfConduct coc = ctx.facts.dossier.evidence().codeOfConduct();
    if (coc == null) {
      ctx.add(FindingCode.COC_MISSING, Subjects.PARTNER, PATH);
      return;
    }
    String subject = Subjects.document(coc.document());
    if (!ctx.notAfterAsOf(coc.adopted(), subject, PATH + ".adopted")) {
      ctx.add(FindingCode.COC_MISSING, Subjects.PARTNER, PATH);
      return;
    }
    ctx.requireDocument(coc.document(), PATH + ".document");
    String label = ctx.facts.documentLabel(coc.document()) + " v" + coc.version();
    if (!coc.prohibitsForcedLabor()) {
      ctx.add(FindingCode.COC_NO_FORCED_LABOR_PROHIBITION, subject, PATH + ".prohibitsForcedLabor", label);
    }
    if (!isPublicUrl(coc.publicUrl())) {
      ctx.add(
          FindingCode.COC_NOT_PUBLIC,
          subject,
          PATH + ".publicUrl",
          label,
          coc.publicUrl() == null || coc.publicUrl().isBlank() ? ctx.none() : coc.publicUrl());
    }
    if (coc.uploadedToPortal() == null
        || !ctx.notAfterAsOf(coc.uploadedToPortal(), subject, PATH + ".uploadedToPortal")) {
      ctx.add(FindingCode.COC_NOT_UPLOADED, subject, PATH + ".uploadedToPortal", label);
    }
    List<String> policies = coc.policies();
    if (policies.isEmpty()) {
      ctx.add(FindingCode.COC_NO_POLICIES, subject, PATH + ".policies", label);
    }
    for (int j = 0; j < policies.size(); j++) {
      ctx.requireDocument(policies.get(j), PATH + ".policies[" + j + "]");
    }
  }

  static boolean isPublicUrl(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
