package org.ctpat4j.testkit.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.ctpat4j.core.dossier.Dossier;

/**
 * What {@link SupplyChainGenerator#generate()} made: the dossier, and what the generator knows about it (the tier of
 * each facility, the risks planted and the products downstream of them), so that property tests can state what a
 * correct assessment must find. Immutable and thread-safe.
 */
public final class GeneratedSupplyChain {

  private final long seed;
  private final Dossier dossier;
  private final List<Injection> injections;
  private final String idPrefix;
  private final int[] tierOf;
  private final int[] tierStart;
  // forward adjacency (supplier -> customers), CSR
  private final int[] outStart;
  private final int[] outTargets;
  // products made by each tier-1 facility, CSR over tier-1 indices
  private final int[] productStart;
  private final int[] productIndex;
  private final String[] productIds;

  GeneratedSupplyChain(
      long seed,
      Dossier dossier,
      List<Injection> injections,
      String idPrefix,
      int[] tierOf,
      int[] tierStart,
      int[] outStart,
      int[] outTargets,
      int[] productStart,
      int[] productIndex,
      String[] productIds) {
    this.seed = seed;
    this.dossier = dossier;
    this.injections = List.copyOf(injections);
    this.idPrefix = idPrefix;
    this.tierOf = tierOf;
    this.tierStart = tierStart;
    this.outStart = outStart;
    this.outTargets = outTargets;
    this.productStart = productStart;
    this.productIndex = productIndex;
    this.productIds = productIds;
  }

  /**
   * Returns the seed it was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the dossier.
   *
   * @return the dossier; never null
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Returns the planted risks, in the order they were requested.
   *
   * @return an unmodifiable list; never null
   */
  public List<Injection> injections() {
    return injections;
  }

  /**
   * Returns the planted risks of one kind.
   *
   * @param risk the kind; never null
   * @return an unmodifiable list; never null
   */
  public List<Injection> injections(InjectedRisk risk) {
    Objects.requireNonNull(risk, "risk");
    return injections.stream().filter(i -> i.risk() == risk).toList();
  }

  /**
   * Returns the ids of every product downstream of some planted risk, sorted.
   *
   * @return an unmodifiable list; never null
   */
  public List<String> exposedProducts() {
    TreeSet<String> all = new TreeSet<>();
    injections.forEach(i -> all.addAll(i.downstreamProducts()));
    return List.copyOf(all);
  }

  /**
   * Returns the ids of every product downstream of no planted risk, sorted.
   *
   * @return an unmodifiable list; never null
   */
  public List<String> cleanProducts() {
    TreeSet<String> all = new TreeSet<>(Arrays.asList(productIds));
    all.removeAll(exposedProducts());
    return List.copyOf(all);
  }

  /**
   * Returns the number of tiers.
   *
   * @return at least 1
   */
  public int tiers() {
    return tierStart.length - 1;
  }

  /**
   * Returns the tier the generator placed a facility in: 1 for producers, k for origins. Cycle links do not change
   * it, and it equals the shortest distance to a product plus one.
   *
   * @param facilityId the facility id; never null
   * @return the tier, or empty when there is no such facility
   */
  public OptionalInt tierOf(String facilityId) {
    int i = indexOf(Objects.requireNonNull(facilityId, "facilityId"));
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(tierOf[i]);
  }

  /**
   * Returns the ids of the facilities of a tier, in id order.
   *
   * @param tier the tier, 1 to {@link #tiers()}
   * @return an unmodifiable list; never null
   * @throws IllegalArgumentException if the tier does not exist
   */
  public List<String> facilitiesAt(int tier) {
    if (tier < 1 || tier > tiers()) {
      throw new IllegalArgumentException("tier must be in [1, " + tiers() + "]: " + tier);
    }
    List<String> ids = new ArrayList<>(tierStart[tier] - tierStart[tier - 1]);
    for (int i = tierStart[tier - 1]; i < tierStart[tier]; i++) {
      ids.add(dossier.facilities().get(i).id());
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the ids of every product a facility reaches along links (cycles included), sorted.
   *
   * @param facilityId the facility id; never null
   * @return an unmodifiable list; empty for an unknown facility
   */
  public List<String> downstreamProducts(String facilityId) {
    int i = indexOf(Objects.requireNonNull(facilityId, "facilityId"));
    return i < 0 ? List.of() : downstream(i);
  }

  List<String> downstream(int start) {
    boolean[] seen = new boolean[tierOf.length];
    int[] queue = new int[tierOf.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen[start] = true;
    TreeSet<String> products = new TreeSet<>();
    while (head < tail) {
      int f = queue[head++];
      if (tierOf[f] == 1) {
        for (int p = productStart[f]; p < productStart[f + 1]; p++) {
          products.add(productIds[productIndex[p]]);
        }
      }
      for (int e = outStart[f]; e < outStart[f + 1]; e++) {
        int t = outTargets[e];
        if (!seen[t]) {
          seen[t] = true;
          queue[tail++] = t;
        }
      }
    }
    return List.copyOf(products);
  }

  private int indexOf(String id) {
    if (!id.startsWith(idPrefix) || id.length() <= idPrefix.length()) {
      return -1;
    }
    try {
      int i = Integer.parseInt(id.substring(idPrefix.length())) - 1;
      return i >= 0 && i < tierOf.length && dossier.facilities().get(i).id().equals(id) ? i : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Returns a one-line summary.
   *
   * @return for example {@code GeneratedSupplyChain[seed=42, facilities=1000, links=2500, products=80, injections=2]}
   */
  @Override
  public String toString() {
    return "GeneratedSupplyChain[seed=" + seed + ", facilities=" + dossier.facilities().size() + ", links="
        + dossier.links().size() + ", products=" + dossier.products().size() + ", injections=" + injections.size() + "]";
  }
}
