package org.ctpat4j.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.ctpat4j.risk.data.ListCoverage;
import org.ctpat4j.risk.data.ReferenceDataNote;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.internal.SortedIdMap;
import org.ctpat4j.risk.signal.RiskLevel;

/**
 * The outcome of a risk assessment of one dossier as of one day. Immutable; equal inputs give equal results.
 *
 * <p>The constructor sorts {@code facilities} and {@code products} by id and rejects a duplicate id, so that
 * {@link #facility(String)}, {@link #levelOf(String)} and {@link #product(String)} find an entry by binary search, in
 * time logarithmic in the number of entries: callers may use them in loops over a large chain.
 *
 * @param asOf the day the assessment was made for; never null
 * @param facilities every facility with at least one signal, sorted by id (the constructor sorts them), one per id;
 *     never null
 * @param products the exposure of every product, sorted by product id (the constructor sorts them), one per id; never
 *     null
 * @param tiers the tier of every facility upstream of a product (1 = a product's producer, 2 = its supplier, ...),
 *     the shortest over all products; facilities that reach no product are absent; never null
 * @param mappingCoverage the share of products whose whole upstream is mapped to origin, in [0, 1] (1 when there are
 *     no products); a product whose chain has a silent gap (see {@link MappingCoverage}) is not mapped
 * @param referenceData the reference-data editions used; never null
 * @param mapping the mapping coverage in counts: products and HIGH-risk materials mapped, silent gaps; never null
 * @param referenceDataNotes caveats about the reference data for this day (a year missing from a list), in list
 *     order; never null
 * @param referenceCoverage how much of each official list the reference data held and how current it was, one entry
 *     per list of {@code referenceData} whose coverage is known (empty for a result read back from a report that does
 *     not record it); never null
 */
public record RiskResult(
    LocalDate asOf,
    List<FacilityRisk> facilities,
    List<ProductExposure> products,
    Map<String, Integer> tiers,
    double mappingCoverage,
    List<ReferenceDataVersion> referenceData,
    MappingCoverage mapping,
    List<ReferenceDataNote> referenceDataNotes,
    List<ListCoverage> referenceCoverage) {

  /**
   * Checks and copies the arguments.
   *
   * @param asOf see {@link #asOf()}
   * @param facilities every facility with at least one signal, in any order, one per id; never null
   * @param products the exposure of every product, in any order, one per id; never null
   * @param tiers see {@link #tiers()}
   * @param mappingCoverage the share of products whose whole upstream is mapped to origin, in [0, 1] (1 when there are
   *     no products)
   * @throws IllegalArgumentException when two facilities or two products have the same id, or the share is out of
   *     range
   * @param referenceData see {@link #referenceData()}
   * @param mapping the mapping coverage in counts; never null
   * @param referenceDataNotes caveats about the reference data for this day; never null
   * @param referenceCoverage the coverage of each list; never null
   */
  public RiskResult {
    Objects.requireNonNull(asOf, "asOf");
    facilities = sortedById(facilities, FacilityRisk::facility, "facility");
    products = sortedById(products, ProductExposure::product, "product");
    tiers = tiers instanceof SortedIdMap ? tiers : Map.copyOf(tiers); // the graph's own tiers are immutable already
    referenceData = List.copyOf(referenceData);
    if (!(mappingCoverage >= 0.0 && mappingCoverage <= 1.0)) {
      throw new IllegalArgumentException("mappingCoverage must be in [0, 1]: " + mappingCoverage);
    }
    Objects.requireNonNull(mapping, "mapping");
    referenceDataNotes = List.copyOf(referenceDataNotes);
    referenceCoverage = List.copyOf(referenceCoverage);
  }

  /**
   * Creates a result without the coverage of each list, as read back from a report that does not record it.
   *
   * @param asOf the day the assessment was made for; never null
   * @param facilities every facility with at least one signal, sorted by id; never null
   * @param products the exposure of every product, sorted by product id; never null
   * @param tiers the tier of every facility upstream of a product; never null
   * @param mappingCoverage the share of products whose whole upstream is mapped to origin, in [0, 1]
   * @param referenceData the reference-data editions used; never null
   * @param mapping the mapping coverage in counts; never null
   * @param referenceDataNotes caveats about the reference data for this day; never null
   */
  public RiskResult(
      LocalDate asOf,
      List<FacilityRisk> facilities,
      List<ProductExposure> products,
      Map<String, Integer> tiers,
      double mappingCoverage,
      List<ReferenceDataVersion> referenceData,
      MappingCoverage mapping,
      List<ReferenceDataNote> referenceDataNotes) {
    this(asOf, facilities, products, tiers, mappingCoverage, referenceData, mapping, referenceDataNotes, List.of());
  }

  /**
   * Returns the coverage recorded for one edition of {@link #referenceData()}.
   *
   * @param version an edition; never null
   * @return its coverage, or empty when none is recorded
   */
  public Optional<ListCoverage> coverageOf(ReferenceDataVersion version) {
    Objects.requireNonNull(version, "version");
    return referenceCoverage.stream().filter(c -> c.version().equals(version)).findFirst();
  }

  /**
   * Creates a result without mapping counts or reference-data notes, as read back from a report that records only the
   * share of products mapped: see {@link MappingCoverage#ofShare(double, int)}.
   *
   * @param asOf the day the assessment was made for; never null
   * @param facilities every facility with at least one signal, sorted by id; never null
   * @param products the exposure of every product, sorted by product id; never null
   * @param tiers the tier of every facility upstream of a product; never null
   * @param mappingCoverage the share of products whose whole upstream is mapped to origin, in [0, 1]
   * @param referenceData the reference-data editions used; never null
   */
  public RiskResult(
      LocalDate asOf,
      List<FacilityRisk> facilities,
      List<ProductExposure> products,
      Map<String, Integer> tiers,
      double mappingCoverage,
      List<ReferenceDataVersion> referenceData) {
    this(asOf, facilities, products, tiers, mappingCoverage, referenceData,
        MappingCoverage.ofShare(mappingCoverage, products.size()), List.of());
  }

  /**
   * Finds the risk of a facility.
   *
   * @param facilityId the facility id; never null
   * @return its risk, or empty when it has no signal
   */
  public Optional<FacilityRisk> facility(String facilityId) {
    Objects.requireNonNull(facilityId, "facilityId");
    return find(facilities, FacilityRisk::facility, facilityId);
  }

  /**
   * Returns the level of a facility's own signals.
   *
   * @param facilityId the facility id; never null
   * @return its level, {@link RiskLevel#LOW} when it has no signal
   */
  public RiskLevel levelOf(String facilityId) {
    return facility(facilityId).map(FacilityRisk::level).orElse(RiskLevel.LOW);
  }

  /**
   * Finds the exposure of a product.
   *
   * @param productId the product id; never null
   * @return its exposure, or empty when the dossier has no such product
   */
  public Optional<ProductExposure> product(String productId) {
    Objects.requireNonNull(productId, "productId");
    return find(products, ProductExposure::product, productId);
  }

  /**
   * Returns the tier of a facility.
   *
   * @param facilityId the facility id; never null
   * @return its tier, or empty when it reaches no product
   */
  public Optional<Integer> tierOf(String facilityId) {
    return Optional.ofNullable(tiers.get(Objects.requireNonNull(facilityId, "facilityId")));
  }

  /** Copies entries sorted by id (a stable sort), rejecting a duplicate id. */
  private static <T> List<T> sortedById(List<T> entries, Function<T, String> id, String what) {
    List<T> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(id));
    for (int k = 1; k < sorted.size(); k++) {
      if (id.apply(sorted.get(k)).equals(id.apply(sorted.get(k - 1)))) {
        throw new IllegalArgumentException("duplicate " + what + " id '" + id.apply(sorted.get(k)) + "'");
      }
    }
    return List.copyOf(sorted);
  }

  /** Finds the entry with an id in entries sorted by id, by binary search. */
  private static <T> Optional<T> find(List<T> sorted, Function<T, String> id, String key) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = id.apply(sorted.get(mid)).compareTo(key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Optional.of(sorted.get(mid));
      }
    }
    return Optional.empty();
  }
}
