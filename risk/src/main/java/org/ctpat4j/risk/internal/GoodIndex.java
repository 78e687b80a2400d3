package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.ReferenceData;

/**
 * Maps a material to the rows of the ILAB good mapping: the rows with the longest HS prefix of the material's HS code;
 * when none, the rows whose keyword is the longest phrase found in the material's name.
 */
public final class GoodIndex {

  private static final Map<ReferenceData, GoodIndex> CACHE = new ConcurrentHashMap<>();
  private final List<GoodMapping> rows;

  private GoodIndex(List<GoodMapping> rows) {
    this.rows = rows;
  }

  /**
   * Returns the index for some reference data.
   *
   * @param data the data
   * @return the index
   */
  public static GoodIndex of(ReferenceData data) {
    if (CACHE.size() > 16) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(data, d -> new GoodIndex(d.goodMappings()));
  }

  /**
   * Finds the mapping rows of a material.
   *
   * @param material the material
   * @return the rows, in file order; empty when unmapped
   */
  public List<GoodMapping> lookup(Material material) {
    List<GoodMapping> byHs = lookupHs(material);
    return byHs.isEmpty() ? lookupKeywords(material) : byHs;
  }

  /**
   * Finds the mapping rows with the longest HS prefix of the material's HS code.
   *
   * @param material the material
   * @return the rows, in file order; empty when the material has no HS code or no prefix matches
   */
  public List<GoodMapping> lookupHs(Material material) {
    String hs = material.hsCode() == null ? "" : material.hsCode().replaceAll("[^0-9]", "");
    List<GoodMapping> out = new ArrayList<>();
    if (!hs.isEmpty()) {
      int best = 0;
      for (GoodMapping m : rows) {
        String p = m.hsPrefix();
        if (!p.isEmpty() && hs.startsWith(p) && p.length() >= best) {
          if (p.length() > best) {
            out.clear();
            best = p.length();
          }
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * Finds the mapping rows whose keyword is the longest phrase found, as whole words, in the material's name.
   *
   * @param material the material
   * @return the rows, in file order; empty when no keyword is found
   */
  public List<GoodMapping> lookupKeywords(Material material) {
    List<GoodMapping> out = new ArrayList<>();
    String name = Names.normalize(material.name());
    int best = 0;
    for (GoodMapping m : rows) {
      for (String k : m.keywords()) {
        String nk = Names.normalize(k);
        if (Names.containsWords(name, nk) && nk.length() >= best) {
          if (nk.length() > best) {
            out.clear();
            best = nk.length();
          }
          if (!out.contains(m)) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }
}
