package org.ctpat4j.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.MappingCoverage;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;

/**
 * Counts the HIGH-risk materials of an assessment for its {@link MappingCoverage} (which defines them): a material
 * carried by a link or declared unmapped whose ILAB good mapping names a UFLPA high-priority sector, or an ILAB good in
 * force on the day that is produced with forced labor or is a downstream good of such an input.
 */
public final class HighRiskMapping {

  private HighRiskMapping() {}

  /**
   * Counts the HIGH-risk materials of the chain and which of them are mapped: none declared unmapped, and every
   * supplier's upstream mapped.
   *
   * @param dossier the dossier
   * @param frozen its graph
   * @param propagation the propagation whose unmapped flags count
   * @param referenceData the lists that say which goods are high-risk
   * @param asOf the day of the assessment
   * @param products the number of products
   * @param productsMapped the number of products whose upstream is mapped
   * @param silentGaps the silent gaps of the mapping, sorted
   * @return the coverage
   */
  public static MappingCoverage of(Dossier dossier, FrozenGraph frozen, Propagation propagation,
      ReferenceData referenceData, LocalDate asOf, int products, int productsMapped, List<String> silentGaps) {
    Map<String, Boolean> mapped = new HashMap<>();
    List<Link> links = dossier.links();
    for (int k = 0; k < frozen.linkCount(); k++) {
      boolean ok = !propagation.unmappedOf(frozen.inSrc[k]);
      mapped.merge(links.get(frozen.inLink[k]).material(), ok, Boolean::logicalAnd);
    }
    for (UnmappedInput u : dossier.unmappedInputs()) {
      mapped.put(u.material(), false);
    }
    Map<String, Material> materials = new HashMap<>();
    for (Material m : dossier.materials()) {
      materials.put(m.id(), m);
    }
    Set<String> forcedLaborGoods = new TreeSet<>();
    for (IlabGood row : referenceData.ilabGoods()) {
      if (row.inForceOn(asOf) && (row.anyForcedLabor() || row.downstreamGood())) {
        forcedLaborGoods.add(row.good());
      }
    }
    GoodIndex index = GoodIndex.of(referenceData);
    int highRisk = 0;
    List<String> unmappedHighRisk = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : mapped.entrySet()) {
      Material m = materials.get(e.getKey());
      if (m == null || !isHighRisk(index.lookup(m), forcedLaborGoods)) {
        continue;
      }
      highRisk++;
      if (!e.getValue()) {
        unmappedHighRisk.add(m.id());
      }
    }
    unmappedHighRisk.sort(Comparator.naturalOrder());
    return new MappingCoverage(products, productsMapped, highRisk, highRisk - unmappedHighRisk.size(),
        unmappedHighRisk, silentGaps);
  }

  private static boolean isHighRisk(List<GoodMapping> rows, Set<String> forcedLaborGoods) {
    for (GoodMapping row : rows) {
      if (!row.uflpaSector().isBlank() || forcedLaborGoods.contains(row.ilabGood())) {
        return true;
      }
    }
    return false;
  }
}
