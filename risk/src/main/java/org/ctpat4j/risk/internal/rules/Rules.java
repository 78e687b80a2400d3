package org.ctpat4j.risk.internal.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.risk.data.GoodMapping;
import org.ctpat4j.risk.data.IlabGood;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.internal.GoodIndex;
import org.ctpat4j.risk.internal.PerReferenceData;
import org.ctpat4j.risk.location.XuarLocator;
import org.ctpat4j.risk.spi.FacilityContext;

/** Helpers shared by the built-in rules. */
final class Rules {

  private Rules() {}

  /**
   * What resolves the UFLPA presumption. Never an audit, training or supplier commitment: audits in the XUAR are not
   * considered credible, and only clear and convincing evidence accepted by CBP rebuts the presumption (UFLPA
   * section 3; CBP, Operational Guidance for Importers, 2022-06-13).
   */
  static final String PRESUMPTION_FIX = "Remove the facility from the supply chain of every product it reaches"
      + " (re-source the input), or prepare an applicability review or exception request with clear and convincing"
      + " evidence; an audit, training or supplier commitment does not rebut the presumption";

  static String cite(ReferenceData data, ReferenceList list, int row) {
    ReferenceDataVersion v = data.version(list);
    return v.name() + ", " + v.version() + ", " + list.fileName() + " line " + row
        + (v.complete() ? "" : " (PARTIAL list)");
  }

  /** Whether the facility is placed in the XUAR by {@link XuarLocator} (a conflict counts as in). */
  static boolean inXuar(FacilityContext ctx) {
    return XuarLocator.bundled().locate(ctx.facility()).presumed();
  }

  static String iso(FacilityContext ctx) {
    return ctx.facility().country() == null ? "" : ctx.facility().country().strip().toUpperCase(Locale.ROOT);
  }

  /** The ILAB country names whose ISO code is the facility's country. */
  static Set<String> ilabCountries(ReferenceData data, String iso) {
    return IlabIndex.of(data).countries.getOrDefault(iso.toUpperCase(Locale.ROOT), Set.of());
  }

  /**
   * The ILAB list of one {@link ReferenceData}, indexed once: country names by ISO code (in the list's order) and rows by
   * good (in file order), so that no rule scans the list per facility.
   */
  private static final class IlabIndex {
    private static final PerReferenceData<IlabIndex> INDEXES = new PerReferenceData<>(IlabIndex::new);

    final Map<String, Set<String>> countries;
    final Map<String, List<IlabGood>> rowsByGood;

    private IlabIndex(ReferenceData data) {
      Map<String, Set<String>> c = new HashMap<>();
      for (Map.Entry<String, String> e : data.ilabCountryCodes().entrySet()) {
        c.computeIfAbsent(e.getValue().toUpperCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(e.getKey());
      }
      c.replaceAll((k, v) -> Collections.unmodifiableSet(v));
      this.countries = c;
      Map<String, List<IlabGood>> g = new HashMap<>();
      for (IlabGood row : data.ilabGoods()) {
        g.computeIfAbsent(row.good(), k -> new ArrayList<>()).add(row);
      }
      this.rowsByGood = g;
    }

    static IlabIndex of(ReferenceData data) {
      return INDEXES.of(data);
    }
  }

  /** One made material with its mapping rows. */
  record MadeGood(Material material, List<GoodMapping> mappings) {}

  static List<MadeGood> madeGoods(FacilityContext ctx) {
    GoodIndex index = GoodIndex.of(ctx.referenceData());
    List<MadeGood> out = new ArrayList<>();
    for (Material m : ctx.goodsMade()) {
      List<GoodMapping> rows = index.lookup(m);
      if (!rows.isEmpty()) {
        out.add(new MadeGood(m, rows));
      }
    }
    return out;
  }

  static String describe(Material m) {
    return "'" + m.name() + "'" + (m.hsCode() == null ? "" : " (HS " + m.hsCode() + ")");
  }

  /**
   * Names every labor flag of an ILAB row, in the list's own order: "forced labor", "forced child labor" and
   * "child labor", joined with commas and "and" (for example "forced labor, forced child labor and child labor").
   *
   * @param row the row; never null
   * @return the flags in words; "no labor flag" for a downstream row
   */
  static String laborFlags(IlabGood row) {
    List<String> flags = new ArrayList<>(3);
    if (row.forcedLabor()) {
      flags.add("forced labor");
    }
    if (row.forcedChildLabor()) {
      flags.add("forced child labor");
    }
    if (row.childLabor()) {
      flags.add("child labor");
    }
    if (flags.isEmpty()) {
      return "no labor flag";
    }
    if (flags.size() == 1) {
      return flags.get(0);
    }
    return String.join(", ", flags.subList(0, flags.size() - 1)) + " and " + flags.get(flags.size() - 1);
  }

  /** A row of the ILAB list that a good the facility makes maps to, for the facility's country. */
  record IlabMatch(MadeGood made, GoodMapping mapping, IlabGood row) {}

  /**
   * Finds the ILAB rows for the goods a facility makes in its country: each row at most once, in the order of the
   * facility's materials, their mappings and the list.
   *
   * @param ctx the facility's context
   * @param downstream {@code true} for the downstream-good rows, {@code false} for the labor-flag rows
   * @return the matches; empty when the facility's country is not on the ILAB list
   */
  static List<IlabMatch> ilabMatches(FacilityContext ctx, boolean downstream) {
    ReferenceData data = ctx.referenceData();
    Set<String> countries = ilabCountries(data, iso(ctx));
    if (countries.isEmpty()) {
      return List.of();
    }
    List<IlabMatch> out = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (MadeGood made : madeGoods(ctx)) {
      for (GoodMapping mapping : made.mappings()) {
        for (IlabGood row : IlabIndex.of(data).rowsByGood.getOrDefault(mapping.ilabGood(), List.of())) {
          if (row.downstreamGood() == downstream && countries.contains(row.country()) && seen.add(row.row())) {
            out.add(new IlabMatch(made, mapping, row));
          }
        }
      }
    }
    return out;
  }
}
