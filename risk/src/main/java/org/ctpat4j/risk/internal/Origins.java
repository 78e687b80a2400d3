package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;

/**
 * Decides which facilities are origins of raw materials, and which are silent gaps of the mapping.
 *
 * <p>A facility is an <b>origin</b> when the dossier says so ({@link Facility#origin()}); when the dossier does not
 * say, when it supplies at least one good and every good it supplies or produces has an HS code of a raw good, per the
 * table below. A good without an HS code cannot be judged, so a facility supplying one is not an origin (an unknown
 * must not read as "mapped").
 *
 * <p>A facility is a <b>silent gap</b> when it supplies or produces a good, is not an origin, has no link into it and
 * no declared unmapped input: its inputs exist but the dossier says nothing about them.
 *
 * <p>Raw goods, after the Harmonized System 2022 nomenclature (WCO; chapter and heading texts quoted): goods
 * obtained by raising, growing, catching, mining or extracting, whose producer has no supplier of the same chain. The
 * longest matching prefix decides, so a processed heading inside a raw chapter is excluded:
 *
 * <ul>
 *   <li>Section I, animals: 01 live animals; 03 fish and crustaceans, molluscs (caught or farmed), except 0304 fish
 *       fillets and 0305 fish dried, salted or smoked (processed by a plant that buys the catch); 0401 milk and cream
 *       not concentrated, 0407 birds' eggs in shell, 0409 natural honey (the rest of 04 is dairy processing); 05
 *       products of animal origin not elsewhere specified (unworked human hair, bristles, feathers). Chapter 02 meat
 *       and 41 raw hides are <em>not</em> raw: they come from a slaughterhouse whose own suppliers (the ranches, where
 *       ILAB finds forced labor in cattle raising) must be mapped.
 *   <li>Section II, vegetable products: 06 live trees and plants; 07 edible vegetables, except 0710 frozen, 0711
 *       provisionally preserved and 0712 dried vegetables; 08 edible fruit and nuts, except 0811 frozen, 0812
 *       provisionally preserved, 0813 dried fruit and 0814 peel; 09 coffee, tea, maté and spices, except 0901.2
 *       roasted coffee and 0901.90 husks and substitutes; 10 cereals, except 1006.20-1006.40 husked, milled and broken
 *       rice (a rice mill); 12 oil seeds, oleaginous fruits, industrial plants (palm nuts 1207.10, sugar cane
 *       1212.93); 1301 natural gums and resins; 14 vegetable plaiting materials (bamboo, rattan). Chapter 11 milling
 *       products and 13.02 extracts are processed.
 *   <li>Section III chapter 15 (animal and vegetable fats and oils, crude palm oil included) is made in a mill from
 *       fruit or seed, so it is not raw. Of Section IV only 2401 unmanufactured tobacco is raw.
 *   <li>Section V, mineral products: 25 salt, sulphur, earths and stone, except 2520.20 plasters, 2522 quicklime and
 *       2523 cement (burnt in a kiln); 26 ores and concentrates 2601-2617 (concentrates are made at the mine), not
 *       2618-2621 slag, ash and residues of processing; 2701 coal, 2702 lignite, 2703 peat, 2709 crude petroleum and
 *       2711.21 natural gas (refined products 2710 and coke 2704 are processed).
 *   <li>4001 natural rubber (latex and sheets from the plantation); 4403 wood in the rough and 4401.1 fuel wood in
 *       logs (not chips, charcoal 4402 or sawn wood 4407); 4501 natural cork, raw.
 *   <li>Section XI raw fibres: 5001 silk-worm cocoons; 5101 wool and 5102 animal hair, not carded or combed; 5201
 *       cotton, not carded or combed (the HS does not tell seed cotton from ginned lint, so a gin supplying 5201 is
 *       an origin unless the dossier says {@code "origin": false}); 5301 flax and 5302 true hemp, raw or retted, 5303
 *       jute and 5305 coconut, abaca and sisal fibres, not spun. Raw silk 5002 is reeled from cocoons: processed.
 *   <li>7102.10, 7102.21, 7102.31 unworked diamonds and 7103.10 unworked precious stones (mined).
 * </ul>
 */
public final class Origins {

  /** HS prefix -> raw (true) or processed (false); the longest matching prefix decides; no match is processed. */
  private static final Map<String, Boolean> PREFIXES = Map.ofEntries(
      Map.entry("01", true),
      Map.entry("03", true), Map.entry("0304", false), Map.entry("0305", false),
      Map.entry("0401", true), Map.entry("0407", true), Map.entry("0409", true),
      Map.entry("05", true),
      Map.entry("06", true),
      Map.entry("07", true), Map.entry("0710", false), Map.entry("0711", false), Map.entry("0712", false),
      Map.entry("08", true), Map.entry("0811", false), Map.entry("0812", false), Map.entry("0813", false),
      Map.entry("0814", false),
      Map.entry("09", true), Map.entry("09012", false), Map.entry("090190", false),
      Map.entry("10", true), Map.entry("100620", false), Map.entry("100630", false), Map.entry("100640", false),
      Map.entry("12", true),
      Map.entry("1301", true),
      Map.entry("14", true),
      Map.entry("2401", true),
      Map.entry("25", true), Map.entry("252020", false), Map.entry("2522", false), Map.entry("2523", false),
      Map.entry("26", true), Map.entry("2618", false), Map.entry("2619", false), Map.entry("2620", false),
      Map.entry("2621", false),
      Map.entry("2701", true), Map.entry("2702", true), Map.entry("2703", true), Map.entry("2709", true),
      Map.entry("271121", true),
      Map.entry("4001", true),
      Map.entry("44011", true), Map.entry("4403", true),
      Map.entry("4501", true),
      Map.entry("5001", true), Map.entry("5101", true), Map.entry("5102", true), Map.entry("5201", true),
      Map.entry("5301", true), Map.entry("5302", true), Map.entry("5303", true), Map.entry("5305", true),
      Map.entry("710210", true), Map.entry("710221", true), Map.entry("710231", true), Map.entry("710310", true));

  /** The id of the rule whose signals a silent gap's signal joins. */
  public static final String UNMAPPED_INPUT = "unmapped-input";

  private static final int MAX_GOODS_NAMED = 5;

  private Origins() {}

  /**
   * Returns whether an HS code is that of a raw good (see the class documentation).
   *
   * @param hsCode an HS code, dots and spaces allowed, or {@code null}
   * @return {@code true} when the longest listed prefix of its digits is raw; {@code false} without digits
   */
  public static boolean isRawGood(String hsCode) {
    String hs = GoodIndex.digits(hsCode);
    for (int len = Math.min(hs.length(), 6); len >= 2; len--) {
      Boolean raw = PREFIXES.get(hs.substring(0, len));
      if (raw != null) {
        return raw;
      }
    }
    return false;
  }

  /**
   * Returns whether a facility is an origin of raw materials: as the dossier states, or else when it makes at least
   * one good and every good it makes has a raw-good HS code.
   *
   * @param facility the facility
   * @param goodsMade what it supplies and produces
   * @return {@code true} for an origin
   */
  public static boolean isOrigin(Facility facility, List<Material> goodsMade) {
    if (facility.origin() != null) {
      return facility.origin();
    }
    if (goodsMade.isEmpty()) {
      return false;
    }
    for (Material m : goodsMade) {
      if (!isRawGood(m.hsCode())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether a facility is a silent gap: it makes a good, is not an origin, and has neither a link into it nor
   * a declared unmapped input.
   *
   * @param ctx the facility's context
   * @return {@code true} for a silent gap
   */
  public static boolean isSilentGap(FacilityContext ctx) {
    if (!ctx.inputs().isEmpty() || !ctx.unmappedInputs().isEmpty()) {
      return false;
    }
    List<Material> made = ctx.goodsMade();
    return !made.isEmpty() && !isOrigin(ctx.facility(), made);
  }

  /**
   * The signal of a silent gap (the engine adds it when {@code RiskEngine.Builder.countSilentGaps(true)}): UNKNOWN,
   * naming the facility and what it makes, saying it has "no inbound links and is not an origin".
   *
   * @param ctx the context of a facility that {@link #isSilentGap} accepts
   * @return the signal; never null
   */
  public static RiskSignal silentGapSignal(FacilityContext ctx) {
    List<Material> made = ctx.goodsMade();
    List<String> goods = new ArrayList<>();
    for (int i = 0; i < made.size() && i < MAX_GOODS_NAMED; i++) {
      goods.add(describe(made.get(i)));
    }
    if (made.size() > MAX_GOODS_NAMED) {
      goods.add("and " + (made.size() - MAX_GOODS_NAMED) + " more");
    }
    String why = Boolean.FALSE.equals(ctx.facility().origin())
        ? "the dossier says it is not an origin"
        : "no good it makes has the HS code of a raw material";
    return new RiskSignal(UNMAPPED_INPUT, RiskLevel.UNKNOWN, 0.5,
        "Facility '" + ctx.facility().name() + "' makes " + String.join(", ", goods)
            + " but has no inbound links and is not an origin (" + why + "), and the dossier declares no unmapped"
            + " input: its inputs are not mapped, so forced-labor risk cannot be ruled out",
        "dossier links (none into facility " + ctx.facility().id() + "); origin by HS 2022 chapter of raw goods");
  }

  private static String describe(Material m) {
    return "'" + m.name() + "'" + (m.hsCode() == null ? "" : " (HS " + m.hsCode() + ")");
  }
}
