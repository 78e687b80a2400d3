package org.ctpat4j.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.risk.SupplyChainException;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.spi.EntityMatcher;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.SupplyInput;

/**
 * What the rules see of each facility, indexed once for the whole dossier so that the {@link FacilityContext} of any
 * facility is built on demand in time proportional to its own links: every link's material is resolved once, links are
 * reached through the {@link FrozenGraph}'s rows (no id look-up per link), and products, declared unmapped inputs and
 * audits are bucketed by facility index. Contexts are built one at a time by {@link #context(int)} (safe from several
 * threads), so a million facilities never hold a million contexts at once.
 *
 * <p>Each context is what a per-facility scan of the dossier would give: materials made and received sorted by id and
 * without duplicates (a received material also comes from a declared unmapped input when the dossier defines it), inputs
 * sorted by material id, supplier and share (unknown read as 1), products and audits sorted by id, unmapped inputs by
 * material then note.
 */
public final class ContextTable {

  /** By material id, supplier and share (unknown read as 1); written out, as a million facilities sort their inputs. */
  private static final Comparator<SupplyInput> INPUT_ORDER = ContextTable::compareInputs;
  private static final Comparator<Material> BY_ID = Comparator.comparing(Material::id);
  private static final Comparator<UnmappedInput> UNMAPPED_ORDER = Comparator.comparing(UnmappedInput::material)
      .thenComparing(u -> u.note() == null ? "" : u.note());

  private final FrozenGraph frozen;
  private final Facility[] facilities;
  private final List<Link> links;
  private final Material[] linkMaterial;
  /** The materials each facility supplies, one per out-link, in the rows of {@link FrozenGraph#outOff}. */
  private final Material[] supplied;
  private final Map<Integer, List<Product>> products;
  private final Map<Integer, List<UnmappedInput>> unmapped;
  private final Map<Integer, List<Audit>> audits;
  private final Map<String, Material> materials;
  private final ReferenceData referenceData;
  private final EntityMatcher entityMatcher;
  private final LocalDate asOf;

  private ContextTable(Dossier dossier, FrozenGraph frozen, ReferenceData referenceData, EntityMatcher entityMatcher,
      LocalDate asOf) {
    this.frozen = frozen;
    this.referenceData = referenceData;
    this.entityMatcher = entityMatcher;
    this.asOf = asOf;
    int n = frozen.size();
    this.materials = new HashMap<>();
    for (Material m : dossier.materials()) {
      materials.put(m.id(), m);
    }
    this.facilities = new Facility[n];
    for (Facility f : dossier.facilities()) {
      facilities[frozen.indexOf(f.id())] = f;
    }
    this.links = dossier.links();
    int m = links.size();
    this.linkMaterial = new Material[m];
    Map<String, Material> undefined = new HashMap<>();
    for (int e = 0; e < m; e++) {
      String id = links.get(e).material();
      Material mat = materials.get(id);
      linkMaterial[e] = mat != null ? mat : undefined.computeIfAbsent(id, k -> new Material(k, k, null));
    }
    this.supplied = new Material[m];
    int[] cursor = Arrays.copyOf(frozen.outOff, n);
    for (int k = 0; k < m; k++) {
      supplied[cursor[frozen.inSrc[k]]++] = linkMaterial[frozen.inLink[k]];
    }
    this.products = new HashMap<>();
    for (Product p : dossier.products()) {
      products.computeIfAbsent(frozen.indexOf(p.producedBy()), k -> new ArrayList<>()).add(p);
    }
    this.unmapped = new HashMap<>();
    for (UnmappedInput u : dossier.unmappedInputs()) {
      int v = frozen.indexOf(u.facility());
      if (v < 0) {
        throw new SupplyChainException("unmappedInputs: unknown facility '" + u.facility() + "'");
      }
      unmapped.computeIfAbsent(v, k -> new ArrayList<>()).add(u);
    }
    this.audits = new HashMap<>();
    for (Audit a : dossier.evidence().audits()) {
      int v = frozen.indexOf(a.facility());
      if (v >= 0) {
        audits.computeIfAbsent(v, k -> new ArrayList<>()).add(a);
      }
    }
    // frozen once here, so that the context of each facility shares them instead of copying them
    products.replaceAll((v, l) -> sortedCopy(l, Comparator.comparing(Product::id)));
    unmapped.replaceAll((v, l) -> sortedCopy(l, UNMAPPED_ORDER));
    audits.replaceAll((v, l) -> sortedCopy(l, Comparator.comparing(Audit::id)));
  }

  /**
   * Indexes a dossier.
   *
   * @param dossier the dossier
   * @param frozen its graph
   * @param referenceData the lists the rules read
   * @param entityMatcher the matcher the rules use
   * @param asOf the day of the assessment
   * @return the table
   * @throws SupplyChainException when a declared unmapped input names an unknown facility
   */
  public static ContextTable of(Dossier dossier, FrozenGraph frozen, ReferenceData referenceData,
      EntityMatcher entityMatcher, LocalDate asOf) {
    return new ContextTable(dossier, frozen, referenceData, entityMatcher, asOf);
  }

  /**
   * Returns the number of facilities.
   *
   * @return the count
   */
  public int size() {
    return facilities.length;
  }

  /**
   * Builds the context of a facility.
   *
   * @param v the facility's index in the frozen graph
   * @return its context
   */
  public FacilityContext context(int v) {
    int inFrom = frozen.inOff[v];
    int inTo = frozen.inOff[v + 1];
    List<UnmappedInput> declared = unmapped.getOrDefault(v, List.of());
    SupplyInput[] inputs = new SupplyInput[inTo - inFrom];
    Material[] received = new Material[inputs.length + declared.size()];
    int receivedCount = 0;
    for (int k = inFrom; k < inTo; k++) {
      Link l = links.get(frozen.inLink[k]);
      Material mat = linkMaterial[frozen.inLink[k]];
      inputs[k - inFrom] = new SupplyInput(mat, l.from(), facilities[frozen.inSrc[k]].country(), l.share());
      received[receivedCount++] = mat;
    }
    Arrays.sort(inputs, INPUT_ORDER);
    for (int i = 0; i < declared.size(); i++) {
      Material mat = materials.get(declared.get(i).material());
      if (mat != null) {
        received[receivedCount++] = mat;
      }
    }
    int makesFrom = frozen.outOff[v];
    int makesCount = frozen.outOff[v + 1] - makesFrom;
    Material[] makes = makesCount == 0 ? NO_MATERIALS : Arrays.copyOfRange(supplied, makesFrom, makesFrom + makesCount);
    // immutable lists made here are taken as they are by FacilityContext, which copies any other list
    return new FacilityContext(facilities[v], distinctById(makes, makesCount), products.getOrDefault(v, List.of()),
        distinctById(received, receivedCount), List.of(inputs), declared, audits.getOrDefault(v, List.of()),
        referenceData, entityMatcher, asOf);
  }

  private static final Material[] NO_MATERIALS = new Material[0];

  private static int compareInputs(SupplyInput a, SupplyInput b) {
    if (a.material() != b.material()) {
      int c = a.material().id().compareTo(b.material().id());
      if (c != 0) {
        return c;
      }
    }
    int c = a.supplier().compareTo(b.supplier());
    return c != 0 ? c : Double.compare(shareOrWhole(a), shareOrWhole(b));
  }

  private static double shareOrWhole(SupplyInput i) {
    return i.share() == null ? 1.0 : i.share();
  }

  private static <T> List<T> sortedCopy(List<T> list, Comparator<? super T> order) {
    list.sort(order);
    return List.copyOf(list);
  }

  /**
   * Sorts the first {@code n} materials by id, in place and stably, and keeps the last of each id, as a map keyed by id
   * would.
   *
   * @return an immutable list; without a list or an array of its own for none or one material
   */
  private static List<Material> distinctById(Material[] a, int n) {
    if (n == 0) {
      return List.of();
    }
    if (n == 1) {
      return List.of(a[0]);
    }
    Arrays.sort(a, 0, n, BY_ID);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i + 1 < n && a[i + 1].id().equals(a[i].id())) {
        continue;
      }
      a[m++] = a[i];
    }
    return m == a.length ? List.of(a) : List.of(Arrays.copyOf(a, m));
  }
}
