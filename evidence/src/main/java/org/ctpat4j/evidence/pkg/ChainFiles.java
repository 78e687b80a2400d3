package org.ctpat4j.evidence.pkg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.evidence.internal.json.DeterministicJson;
import org.ctpat4j.risk.FacilityRisk;
import org.ctpat4j.risk.ProductExposure;
import org.ctpat4j.risk.RiskResult;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * The machine-readable files of a package's chain, {@value EvidencePackage#CHAIN_FILE} (the mapping tier by tier) and
 * {@value EvidencePackage#RISK_FILE} (the risk restricted to the chain), written canonically by
 * {@link DeterministicJson}.
 */
final class ChainFiles {

  private ChainFiles() {}

  /** The mapping: products, every facility upstream with its tier, the links with their materials, unmapped inputs. */
  static byte[] chain(Dossier dossier, Chain chain, LocalDate asOf) {
    ObjectNode root = DeterministicJson.object();
    root.put("asOf", asOf.toString());
    root.put("partner", dossier.partner().name());
    root.put("tiers", chain.depth());
    ArrayNode ps = root.putArray("products");
    for (Product p : chain.products()) {
      ObjectNode n = ps.addObject().put("id", p.id()).put("name", p.name()).put("producedBy", p.producedBy());
      putIfPresent(n, "hsCode", p.hsCode());
    }
    ArrayNode fs = root.putArray("facilities");
    for (Facility f : chain.facilities()) {
      ObjectNode n = fs.addObject()
          .put("id", f.id())
          .put("name", f.name())
          .put("country", f.country())
          .put("tier", chain.tier(f.id()))
          .put("redacted", f.redacted());
      putIfPresent(n, "address", f.address());
      putIfPresent(n, "region", f.region());
      ArrayNode aliases = n.putArray("aliases");
      f.aliases().forEach(aliases::add);
      Identifiers ids = f.identifiers();
      ObjectNode idn = n.putObject("identifiers");
      putIfPresent(idn, "osId", ids.osId());
      putIfPresent(idn, "lei", ids.lei());
      putIfPresent(idn, "uscc", ids.uscc());
      putIfPresent(idn, "gln", ids.gln());
    }
    ArrayNode ls = root.putArray("links");
    for (Link l : chain.links()) {
      ObjectNode n = ls.addObject().put("from", l.from()).put("to", l.to());
      ObjectNode m = n.putObject("material").put("id", l.material());
      dossier.material(l.material()).ifPresent(mat -> {
        m.put("name", mat.name());
        putIfPresent(m, "hsCode", mat.hsCode());
      });
      if (l.share() != null) {
        n.put("share", l.share());
      }
      ArrayNode d = n.putArray("documents");
      l.documents().forEach(d::add);
    }
    ArrayNode us = root.putArray("unmappedInputs");
    for (UnmappedInput u : chain.unmapped()) {
      ObjectNode n = us.addObject().put("facility", u.facility()).put("material", u.material());
      putIfPresent(n, "note", u.note());
    }
    return DeterministicJson.write(root);
  }

  /** The risk signals of the chain's facilities, the products' exposure with their paths, the reference data. */
  static byte[] risk(Chain chain, RiskResult risk) {
    ObjectNode root = DeterministicJson.object();
    root.put("asOf", risk.asOf().toString());
    root.put("mappingCoverageOfAllProducts", risk.mappingCoverage());
    ArrayNode ps = root.putArray("products");
    for (Product p : chain.products()) {
      ProductExposure e = risk.product(p.id()).orElseThrow();
      ObjectNode n = ps.addObject().put("id", e.product()).put("level", e.level().name()).put("score", e.score());
      ArrayNode paths = n.putArray("paths");
      for (List<String> path : e.paths()) {
        ArrayNode a = paths.addArray();
        path.forEach(a::add);
      }
    }
    ArrayNode fs = root.putArray("facilities");
    for (Facility f : chain.facilities()) {
      Optional<FacilityRisk> fr = risk.facility(f.id());
      if (fr.isEmpty()) {
        continue;
      }
      ObjectNode n = fs.addObject()
          .put("id", f.id())
          .put("tier", chain.tier(f.id()))
          .put("level", fr.get().level().name())
          .put("score", fr.get().score());
      ArrayNode sigs = n.putArray("signals");
      for (RiskSignal s : fr.get().signals()) {
        sigs.addObject().put("rule", s.rule()).put("level", s.level().name()).put("score", s.score())
            .put("reason", s.reason()).put("source", s.source());
      }
    }
    ArrayNode refs = root.putArray("referenceData");
    for (ReferenceDataVersion r : risk.referenceData()) {
      refs.addObject().put("name", r.name()).put("version", r.version()).put("complete", r.complete())
          .put("publisher", r.publisher()).put("source", r.source()).put("note", r.note());
    }
    return DeterministicJson.write(root);
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

}
