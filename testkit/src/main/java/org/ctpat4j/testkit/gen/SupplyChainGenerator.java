package org.ctpat4j.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationActionStatus;
import org.ctpat4j.core.dossier.TrainingTopic;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.testkit.builders.DossierBuilder;
import org.ctpat4j.testkit.builders.Dossiers;
import org.ctpat4j.testkit.builders.EvidenceGap;
import org.ctpat4j.testkit.builders.ValidIdentifiers;
import org.ctpat4j.testkit.internal.SplitMix64;

/**
 * Generates random supply chains, deterministically from a seed: the same configuration gives the same dossier, byte
 * for byte once written as JSON, on every machine and JDK (the generator uses its own SplitMix64, never
 * {@code java.util.Random} or hash ordering).
 *
 * <pre>{@code
 * GeneratedSupplyChain chain = SupplyChainGenerator.newBuilder()
 *     .seed(42)
 *     .facilities(10_000).tiers(5)
 *     .fanIn(2, 6).fanOut(1, 8)
 *     .cycleRate(0.01)
 *     .inject(InjectedRisk.LISTED_ENTITY, 3)
 *     .inject(InjectedRisk.UNMAPPED_INPUT, 5, 2)
 *     .evidence(EvidenceGap.NO_SUPPLIER_TRAINING)
 *     .build()
 *     .generate();
 * Dossier d = chain.dossier();
 * List<String> mustBeHigh = chain.injections(InjectedRisk.LISTED_ENTITY).get(0).downstreamProducts();
 * }</pre>
 *
 * <p><b>Shape.</b> Facilities are spread over {@code k} tiers; tier sizes grow upstream by {@link
 * Builder#tierGrowth(double)} (tier 1, the producers, is the smallest; tier {@code k}, the origins, the largest).
 * Every facility of tier {@code t < k} buys from {@code fanIn} suppliers of tier {@code t + 1} (drawn uniformly in
 * the range), every supplier sells to at least one and at most {@code fanOut max} customers, so every facility
 * reaches a product. Because every supplier must sell to someone, a receiver can end up with more suppliers than
 * {@code fanIn max} when the upstream tier is much larger. Each facility makes one material (drawn by tier: raw
 * materials at the origin, intermediates, components), which is what its links carry; a receiver's suppliers of the
 * same material share its need evenly (shares in hundredths that sum to 1). With cycle rate {@code p}, about
 * {@code p} times the number of links are added as return flows ("production scrap, returned") from a facility back
 * to one of its suppliers or their suppliers, which closes a cycle. Products are made by tier-1 facilities, round
 * robin, so that each producer makes at least one.
 *
 * <p><b>Everything that is not injected is benign</b>: facilities in {@link RiskFixtures#LOW_RISK_COUNTRIES} with
 * invented names, materials on no list for those countries. <b>Evidence</b> is complete by default (as in {@link
 * Dossiers#compliantDossier()}: program, risk assessment, code of conduct, employee training, a commitment and a
 * training of every tier-1 facility, an audit, a commitment and a supplier training of every injected facility,
 * remediation plan, engagements, documents) with the {@link EvidenceGap}s asked for. So with no gap, the default
 * compliance checker finds no ERROR unless an {@link InjectedRisk#UNMAPPED_INPUT} is planted (which fails risk-based
 * mapping): planted high risk is managed risk, reported as {@code PRODUCT_HIGH_RISK} warnings.
 *
 * <p><b>Scale.</b> Facilities and links are generated in primitive arrays; a chain of 1,000,000 facilities in 6 tiers
 * with {@code fanIn(4, 9)} (4,147,254 links) takes about 3.5 s and about 1 GB of heap, most of it the dossier's
 * records; 100,000 facilities take about 0.2 s (JMH {@code GenerateBench}, one fork, on a loaded 2-core machine).
 *
 * <p>Immutable and thread-safe; {@link #generate()} may be called any number of times and gives equal results.
 */
public final class SupplyChainGenerator {

  private static final String[] NAME_START = {
    "Nord", "Val", "Kest", "Brill", "Ost", "Lind", "Hav", "Stein", "Mar", "Cor", "Ash", "Bel", "Fen", "Gal", "Hol", "Ard"
  };
  private static final String[] NAME_END = {
    "wick", "mont", "dale", "ford", "haven", "berg", "field", "stone", "brook", "ridge", "moor", "gate"
  };
  private static final String[] INDUSTRY = {"Materials", "Processing", "Components", "Manufacturing"};
  private static final String[] XJ_CITIES = {"Urumqi", "Korla", "Shihezi", "Kashgar", "Turpan", "Aksu"};
  private static final String[] CN_SYLLABLES = {"Anheng", "Ruixin", "Boyuan", "Jiarun", "Qiansheng", "Tianyue"};

  /** Materials by stage: raw (origin tier), intermediate, component; then the return flow. */
  private static final Material[][] CATALOG = {
    {
      new Material("m01", "Hard maple logs", "4403.99"),
      new Material("m02", "Kaolin clay", "2507.00"),
      new Material("m03", "Limestone", "2521.00"),
      new Material("m04", "Natural gas", "2711.21"),
      new Material("m05", "Potash", "3104.20"),
      new Material("m06", "Wood pulp", "4703.21")
    },
    {
      new Material("m11", "Hard maple lumber", "4407.93"),
      new Material("m12", "Cement", "2523.29"),
      new Material("m13", "Paperboard", "4810.92"),
      new Material("m14", "Epoxy resin", "3907.30"),
      new Material("m15", "Float glass", "7005.29"),
      new Material("m16", "Ceramic glaze", "3207.20"),
      new Material("m17", "Polyethylene film", "3920.10")
    },
    {
      new Material("m21", "Furniture parts", "9403.91"),
      new Material("m22", "Corrugated cartons", "4819.10"),
      new Material("m23", "Ceramic tiles", "6907.21"),
      new Material("m24", "Printed circuit boards", "8534.00"),
      new Material("m25", "Electric motors", "8501.10"),
      new Material("m26", "Glass panels", "7007.19")
    }
  };

  private static final Material RETURN_FLOW = new Material("m90", "Production scrap, returned", null);

  private static final String[][] FINISHED_GOODS = {
    {"Dining chair", "9401.69"}, {"Bookshelf", "9403.60"}, {"Ceramic vase", "6913.90"}, {"Desk lamp", "9405.21"},
    {"Storage cabinet", "9403.60"}, {"Picture frame", "4414.90"}, {"Kitchen cart", "9403.40"}, {"Garden bench", "9401.79"}
  };

  private static final char FACILITY_PREFIX = 'f';
  private static final char PRODUCT_PREFIX = 'p';

  private static final Double[] SHARES = new Double[101];

  static {
    for (int i = 1; i <= 100; i++) {
      SHARES[i] = i / 100.0;
    }
  }

  private final long seed;
  private final int facilities;
  private final int tiers;
  private final int fanInMin;
  private final int fanInMax;
  private final int fanOutMin;
  private final int fanOutMax;
  private final double cycleRate;
  private final int products;
  private final double tierGrowth;
  private final List<Request> injections;
  private final EnumSet<EvidenceGap> gaps;
  private final LocalDate asOf;
  private final boolean identifiers;

  private SupplyChainGenerator(Builder b) {
    this.seed = b.seed;
    this.facilities = b.facilities;
    this.tiers = b.tiers;
    this.fanInMin = b.fanInMin;
    this.fanInMax = b.fanInMax;
    this.fanOutMin = b.fanOutMin;
    this.fanOutMax = b.fanOutMax;
    this.cycleRate = b.cycleRate;
    this.products = b.products;
    this.tierGrowth = b.tierGrowth;
    this.injections = List.copyOf(b.injections);
    this.gaps = EnumSet.copyOf(b.gaps);
    this.asOf = b.asOf;
    this.identifiers = b.identifiers;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Generates the supply chain.
   *
   * @return the generated chain; never null
   */
  public GeneratedSupplyChain generate() {
    // the steps draw from one stream, in this order: changing the order changes every generated chain
    SplitMix64 rnd = new SplitMix64(seed);
    TierLayout layout = layout();
    int[] tierOf = layout.tierOfEachFacility();
    int[] made = drawMaterials(rnd, tierOf, layout.count());
    LinkGraph graph = linkTiers(rnd, layout);
    int supplyLinks = graph.size();
    closeCycles(rnd, graph);
    List<Planted> planted = plant(rnd, layout);

    String[] ids = ids(FACILITY_PREFIX, facilities);
    int[] goodOf = goodOfEachFacility(planted);
    MaterialUse use = new MaterialUse();
    List<UnmappedInput> unmapped = new ArrayList<>();
    List<Facility> facilityList = facilities(rnd, ids, layout, graph, planted, goodOf, use, unmapped);
    List<Link> links = links(ids, graph, supplyLinks, made, goodOf, use);
    ProductTable products = products(rnd, layout.size(1), goodOf, ids);
    Shape shape = new Shape(tierOf, layout.start(), graph.forward(), products);

    Dossier withEvidence = evidence(ids, layout.size(1), planted).build();
    Dossier dossier = new Dossier(
        Dossier.FORMAT, asOf, withEvidence.partner(), facilityList, use.materials(), links, unmapped,
        products.list(), withEvidence.evidence());
    GeneratedSupplyChain queries = shape.chain(seed, dossier, List.of());
    List<Injection> injected = new ArrayList<>(planted.size());
    for (Planted p : planted) {
      injected.add(new Injection(p.risk(), tierOf[p.facility()], ids[p.facility()], queries.downstream(p.facility())));
    }
    return shape.chain(seed, dossier, injected);
  }

  /**
   * Draws the material each facility makes: raw at the origin tier, an intermediate just below it (with more than
   * two tiers), a component at tier 1, an intermediate or a component in between.
   *
   * @return per facility, its material's {@linkplain #catalogCode catalog code}
   */
  private static int[] drawMaterials(SplitMix64 rnd, int[] tierOf, int k) {
    int[] made = new int[tierOf.length];
    for (int i = 0; i < made.length; i++) {
      int stage = tierOf[i] == k ? 0 : tierOf[i] == k - 1 && k > 2 ? 1 : tierOf[i] == 1 ? 2 : 1 + rnd.nextInt(2);
      made[i] = catalogCode(stage, rnd.nextInt(CATALOG[stage].length));
    }
    return made;
  }

  /** Links every tier to the one upstream of it. */
  private LinkGraph linkTiers(SplitMix64 rnd, TierLayout layout) {
    int n = facilities;
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) n * (fanInMax + 1) + 16);
    LinkGraph graph = new LinkGraph(n, Math.min(capacity, n * 4 + 16));
    for (int t = 1; t < layout.count(); t++) {
      linkTier(rnd, layout.first(t), layout.end(t), layout.first(t + 1), layout.end(t + 1), graph);
    }
    return graph;
  }

  /**
   * Adds about {@code cycleRate} times the supply links as return flows: from a receiver back to one of its
   * suppliers, or to one of theirs.
   */
  private void closeCycles(SplitMix64 rnd, LinkGraph graph) {
    int supplyLinks = graph.size();
    long cycles = Math.round(cycleRate * supplyLinks);
    for (long c = 0; c < cycles; c++) {
      int e = rnd.nextInt(supplyLinks);
      int supplier = graph.supplier(e);
      int receiver = graph.receiver(e);
      int target = supplier;
      if (graph.hasSuppliers(supplier) && rnd.nextInt(2) == 0) {
        target = graph.randomSupplier(rnd, supplier);
      }
      if (!graph.hasSupplier(target, receiver)) {
        graph.add(receiver, target);
      }
    }
  }

  /** Picks the facilities of each requested risk: distinct facilities of the requested tier. */
  private List<Planted> plant(SplitMix64 rnd, TierLayout layout) {
    boolean[] taken = new boolean[facilities];
    List<Planted> planted = new ArrayList<>();
    for (Request request : injections) {
      int first = layout.first(request.tier());
      int size = layout.size(request.tier());
      for (int c = 0; c < request.count(); c++) {
        int f;
        int attempts = 0;
        do {
          f = first + rnd.nextInt(size);
        } while (taken[f] && ++attempts < 64);
        if (taken[f]) {
          for (f = first; taken[f]; f++) {
            // the builder checked that the tier has room
          }
        }
        taken[f] = true;
        planted.add(new Planted(request.risk(), f, rnd.nextInt(1 << 20)));
      }
    }
    return planted;
  }

  /** Returns, per facility, the index in {@link RiskFixtures#ILAB_FORCED_LABOR_GOODS} of its planted good, or -1. */
  private int[] goodOfEachFacility(List<Planted> planted) {
    int[] goodOf = new int[facilities];
    Arrays.fill(goodOf, -1);
    for (Planted p : planted) {
      if (p.risk() == InjectedRisk.ILAB_GOOD) {
        goodOf[p.facility()] = p.goodIndex();
      }
    }
    return goodOf;
  }

  /** Makes the facility records, and the unmapped input of each facility planted with one. */
  private List<Facility> facilities(
      SplitMix64 rnd, String[] ids, TierLayout layout, LinkGraph graph, List<Planted> planted, int[] goodOf,
      MaterialUse use, List<UnmappedInput> unmapped) {
    InjectedRisk[] riskOf = new InjectedRisk[ids.length];
    for (Planted p : planted) {
      riskOf[p.facility()] = p.risk();
    }
    int origins = layout.first(layout.count());
    List<Facility> list = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      int pick = rnd.nextInt(1 << 20);
      Site site = Site.of(riskOf[i], pick, goodOf[i]);
      Identifiers ident =
          identifiers ? ValidIdentifiers.forFacility(ids[i], site.country(), site.region()) : Identifiers.NONE;
      // a generated chain is mapped to origin: a facility of the deepest tier, or one the draw left without supplier,
      // is where its goods originate, said explicitly (pulp or potash is not a raw good by its HS code alone)
      boolean origin = i >= origins || !graph.hasSuppliers(i);
      list.add(new Facility(
          ids[i], site.name(), List.of(), site.country(), site.region(), null, ident, false,
          origin ? Boolean.TRUE : null));
      if (riskOf[i] == InjectedRisk.UNMAPPED_INPUT) {
        int m = pick % CATALOG[0].length;
        use.catalog(catalogCode(0, m));
        unmapped.add(new UnmappedInput(ids[i], CATALOG[0][m].id(), "supplier not disclosed"));
      }
    }
    return list;
  }

  /**
   * Makes the link records, grouped by receiver, each receiver's in the order they were drawn. A link carries what
   * its supplier makes (its planted good, if any), a return flow the scrap material; the suppliers of one material
   * share the receiver's need evenly, return flows have no share.
   */
  private static List<Link> links(
      String[] ids, LinkGraph graph, int supplyLinks, int[] made, int[] goodOf, MaterialUse use) {
    List<Link> links = new ArrayList<>(graph.size());
    Receiving group = new Receiving();
    for (int r = 0; r < ids.length; r++) {
      group.load(graph, r);
      for (int j = 0; j < group.count; j++) {
        int s = graph.supplier(group.links[j]);
        if (group.links[j] >= supplyLinks) {
          group.materials[j] = use.returnFlow();
        } else if (goodOf[s] >= 0) {
          group.materials[j] = use.ilab(goodOf[s]);
        } else {
          group.materials[j] = use.catalog(made[s]);
        }
      }
      for (int j = 0; j < group.count; j++) {
        Double share = group.links[j] >= supplyLinks ? null : group.share(j, supplyLinks);
        links.add(new Link(ids[graph.supplier(group.links[j])], ids[r], group.materials[j], share, List.of()));
      }
    }
    return links;
  }

  /**
   * Makes the products, round robin over the producers; a producer planted with an ILAB good makes that good, the
   * others a finished good drawn from {@link #FINISHED_GOODS}.
   */
  private ProductTable products(SplitMix64 rnd, int producers, int[] goodOf, String[] facilityIds) {
    int m = products > 0 ? products : producers;
    String[] productIds = ids(PRODUCT_PREFIX, m);
    List<Product> list = new ArrayList<>(m);
    int[] start = new int[producers + 1];
    for (int j = 0; j < m; j++) {
      start[j % producers + 1]++;
    }
    for (int f = 0; f < producers; f++) {
      start[f + 1] += start[f];
    }
    int[] fill = Arrays.copyOf(start, producers);
    int[] index = new int[m];
    for (int j = 0; j < m; j++) {
      int producer = j % producers;
      index[fill[producer]++] = j;
      String name;
      String hs;
      if (goodOf[producer] >= 0) {
        RiskFixtures.PlantedGood g = RiskFixtures.ILAB_FORCED_LABOR_GOODS.get(goodOf[producer]);
        name = g.good();
        hs = g.hsCode();
      } else {
        String[] good = FINISHED_GOODS[rnd.nextInt(FINISHED_GOODS.length)];
        name = good[0] + " model " + (j + 1);
        hs = good[1];
      }
      list.add(new Product(productIds[j], name, hs, facilityIds[producer]));
    }
    return new ProductTable(productIds, list, start, index);
  }

  /** Returns {@code prefix + 1 .. count}, zero-padded to one width so that the ids sort like the numbers. */
  private static String[] ids(char prefix, int count) {
    int width = Integer.toString(count).length();
    String[] ids = new String[count];
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < count; i++) {
      sb.setLength(0);
      sb.append(prefix);
      String num = Integer.toString(i + 1);
      for (int z = num.length(); z < width; z++) {
        sb.append('0');
      }
      ids[i] = sb.append(num).toString();
    }
    return ids;
  }

  /** The complete evidence of a generated chain (see the class comment), with the gaps asked for. */
  private DossierBuilder evidence(String[] ids, int producers, List<Planted> planted) {
    DossierBuilder b =
        Dossiers.dossier()
            .asOf(asOf)
            .partner(
                p ->
                    p.name("Generated Importer Inc.")
                        .country("US")
                        .membership(new Membership(Program.SECURITY, Dossiers.SECURITY_SINCE, null, 2))
                        .member(Program.TRADE_COMPLIANCE, Dossiers.TRADE_COMPLIANCE_SINCE))
            .socialComplianceProgram(Dossiers.socialComplianceProgram())
            .riskAssessment(Dossiers.riskAssessment())
            .codeOfConduct(Dossiers.codeOfConduct())
            .training(Dossiers.employeeTraining("t-employees"))
            .remediationPlan(Dossiers.remediationPlan())
            .engagement(Dossiers.bestPracticeShared())
            .engagement(Dossiers.improvementPlan());
    for (int f = 0; f < producers; f++) {
      commitAndTrain(b, ids[f]);
    }
    for (Planted p : planted) {
      String facility = ids[p.facility()];
      b.audit(Dossiers.audit("a-" + facility, facility));
      if (underUflpaPresumption(p.risk())) {
        // under the UFLPA presumption: managed risk means a remediation case is open for it
        b.remediationCase(
            Dossiers.remediationCase("c-" + facility, facility)
                .action("Re-source the input away from the presumption", asOf.plusMonths(3),
                    RemediationActionStatus.IN_PROGRESS));
      }
      if (p.facility() >= producers) {
        // an injected facility may be high-risk: the checks then ask for its commitment and training too
        commitAndTrain(b, facility);
      }
    }
    gaps.forEach(b::withGap);
    return b;
  }

  /** Returns whether the UFLPA rebuttable presumption applies to a facility planted with the risk. */
  private static boolean underUflpaPresumption(InjectedRisk risk) {
    return switch (risk) {
      case LISTED_ENTITY, XINJIANG_REGION -> true;
      case ILAB_GOOD, UNMAPPED_INPUT -> false;
    };
  }

  private static void commitAndTrain(DossierBuilder b, String facility) {
    b.commitment(Dossiers.commitment(facility));
    b.training(
        Dossiers.supplierTraining("t-" + facility, facility)
            .topics(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT));
  }

  /**
   * Links one tier of receivers, {@code [rFrom, rTo)}, to the tier of suppliers upstream of it, {@code [sFrom, sTo)}.
   */
  private void linkTier(SplitMix64 rnd, int rFrom, int rTo, int sFrom, int sTo, LinkGraph graph) {
    int receivers = rTo - rFrom;
    int suppliers = sTo - sFrom;
    int[] need = new int[receivers];
    int[] pool = new int[receivers];
    int poolSize = 0;
    for (int r = 0; r < receivers; r++) {
      need[r] = Math.min(suppliers, rnd.nextInt(fanInMin, fanInMax));
      if (need[r] > 0) {
        pool[poolSize++] = r;
      }
    }
    // pass 1: every supplier sells to one receiver, preferably one that still needs suppliers
    int[] order = new int[suppliers];
    for (int s = 0; s < suppliers; s++) {
      order[s] = s;
    }
    for (int s = suppliers - 1; s > 0; s--) {
      int j = rnd.nextInt(s + 1);
      int tmp = order[s];
      order[s] = order[j];
      order[j] = tmp;
    }
    for (int s : order) {
      int r;
      if (poolSize > 0) {
        int at = rnd.nextInt(poolSize);
        r = pool[at];
        if (--need[r] == 0) {
          pool[at] = pool[--poolSize];
        }
      } else {
        r = rnd.nextInt(receivers);
      }
      graph.add(sFrom + s, rFrom + r);
    }
    // pass 2: fill the remaining needs from suppliers below fanOut max
    int[] candidates = new int[suppliers];
    int candidateCount = 0;
    for (int s = 0; s < suppliers; s++) {
      if (graph.customers(sFrom + s) < fanOutMax) {
        candidates[candidateCount++] = s;
      }
    }
    for (int r = 0; r < receivers; r++) {
      for (int want = need[r]; want > 0 && candidateCount > 0; want--) {
        for (int attempt = 0; attempt < 8; attempt++) {
          int at = rnd.nextInt(candidateCount);
          int s = sFrom + candidates[at];
          if (!graph.hasSupplier(rFrom + r, s)) {
            graph.add(s, rFrom + r);
            if (graph.customers(s) >= fanOutMax) {
              candidates[at] = candidates[--candidateCount];
            }
            break;
          }
        }
      }
    }
    // pass 3: suppliers below fanOut min sell to more receivers
    if (fanOutMin > 1) {
      int reachable = Math.min(fanOutMin, receivers);
      for (int s = sFrom; s < sTo; s++) {
        for (int attempt = 0; graph.customers(s) < reachable && attempt < 4 * fanOutMin; attempt++) {
          int r = rFrom + rnd.nextInt(receivers);
          if (!graph.hasSupplier(r, s)) {
            graph.add(s, r);
          }
        }
      }
    }
  }

  /** Splits the facilities over the tiers (see the class comment). */
  private TierLayout layout() {
    int k = tiers;
    double[] weight = new double[k];
    double sum = 0;
    for (int t = 0; t < k; t++) {
      weight[t] = Math.pow(tierGrowth, t);
      sum += weight[t];
    }
    int[] size = new int[k];
    int assigned = 0;
    for (int t = 0; t < k; t++) {
      size[t] = Math.max(1, (int) Math.floor(facilities * weight[t] / sum));
      assigned += size[t];
    }
    // rounding: the origin tier takes the rest (or gives back, never below 1 per tier)
    size[k - 1] += facilities - assigned;
    for (int t = k - 1; size[t] < 1 && t > 0; t--) {
      size[t - 1] -= 1 - size[t];
      size[t] = 1;
    }
    if (products > 0 && products < size[0] && k > 1) {
      size[1] += size[0] - products;
      size[0] = products;
    }
    int[] start = new int[k + 1];
    for (int t = 0; t < k; t++) {
      start[t + 1] = start[t] + size[t];
    }
    return new TierLayout(start);
  }

  /** Returns the catalog code of a material: its stage times 16 plus its index in the stage. */
  private static int catalogCode(int stage, int index) {
    return stage * 16 + index;
  }

  private static String legalForm(String country) {
    switch (country) {
      case "US":
        return "LLC";
      case "CA":
      case "GB":
        return "Ltd.";
      case "DE":
      case "AT":
        return "GmbH";
      case "FR":
        return "SAS";
      case "NL":
        return "B.V.";
      case "SE":
        return "AB";
      case "FI":
        return "Oy";
      case "DK":
        return "A/S";
      case "BE":
        return "NV";
      case "ES":
        return "S.L.";
      case "AU":
        return "Pty Ltd";
      default:
        return "Ltd.";
    }
  }

  /** One {@code inject} request: plant {@code count} risks of a kind at distinct facilities of a tier. */
  private record Request(InjectedRisk risk, int tier, int count) {}

  /**
   * One planted risk: its kind, the index of its facility, and the draw that picks its listed entity or good.
   */
  private record Planted(InjectedRisk risk, int facility, int pick) {
    /** Returns the index of the good an {@link InjectedRisk#ILAB_GOOD} facility supplies. */
    int goodIndex() {
      return pick % RiskFixtures.ILAB_FORCED_LABOR_GOODS.size();
    }
  }

  /** Where a facility is and what it is called. */
  private record Site(String country, String region, String name) {

    /**
     * Returns the site of a facility.
     *
     * @param risk the risk planted there, or {@code null}
     * @param pick the facility's draw, which picks its names and (benign) country
     * @param goodIndex for an {@link InjectedRisk#ILAB_GOOD} facility the index of its good
     */
    static Site of(InjectedRisk risk, int pick, int goodIndex) {
      if (risk == null) {
        return benign(pick);
      }
      return switch (risk) {
        case LISTED_ENTITY -> new Site(
            "CN", null, RiskFixtures.LISTED_ENTITIES.get(pick % RiskFixtures.LISTED_ENTITIES.size()).name());
        case XINJIANG_REGION -> new Site("CN", "CN-XJ", XJ_CITIES[pick % XJ_CITIES.length] + " "
            + CN_SYLLABLES[(pick >>> 4) % CN_SYLLABLES.length] + " " + INDUSTRY[(pick >>> 8) % INDUSTRY.length]
            + " Co., Ltd.");
        case ILAB_GOOD -> {
          RiskFixtures.PlantedGood g = RiskFixtures.ILAB_FORCED_LABOR_GOODS.get(goodIndex);
          yield new Site(g.country(), null, CN_SYLLABLES[pick % CN_SYLLABLES.length] + " " + g.good() + " "
              + INDUSTRY[(pick >>> 4) % INDUSTRY.length] + ("CN".equals(g.country()) ? " Co., Ltd." : " LLC"));
        }
        // an unmapped input is planted at an otherwise benign facility
        case UNMAPPED_INPUT -> benign(pick);
      };
    }

    /** An invented name in a low-risk country. */
    private static Site benign(int pick) {
      String country = RiskFixtures.LOW_RISK_COUNTRIES.get(pick % RiskFixtures.LOW_RISK_COUNTRIES.size());
      return new Site(country, null, NAME_START[(pick >>> 4) % NAME_START.length]
          + NAME_END[(pick >>> 8) % NAME_END.length] + " " + INDUSTRY[(pick >>> 12) % INDUSTRY.length] + " "
          + legalForm(country));
    }
  }

  /** Where each tier starts: tier {@code t} holds the facilities {@code [first(t), end(t))}. */
  private record TierLayout(int[] start) {

    int count() {
      return start.length - 1;
    }

    int first(int tier) {
      return start[tier - 1];
    }

    int end(int tier) {
      return start[tier];
    }

    int size(int tier) {
      return end(tier) - first(tier);
    }

    int[] tierOfEachFacility() {
      int[] tierOf = new int[start[start.length - 1]];
      for (int t = 1; t <= count(); t++) {
        Arrays.fill(tierOf, first(t), end(t), t);
      }
      return tierOf;
    }
  }

  /**
   * The products and, per tier-1 facility, the products it makes: those of producer {@code f} are {@code
   * index[start[f]] .. index[start[f + 1] - 1]}.
   */
  private record ProductTable(String[] ids, List<Product> list, int[] start, int[] index) {}

  /** Forward adjacency (supplier to customers): the customers of {@code f} are {@code targets[start[f] ..]}. */
  private record Adjacency(int[] start, int[] targets) {}

  /** What the downstream queries of a {@link GeneratedSupplyChain} need besides the dossier. */
  private record Shape(int[] tierOf, int[] tierStart, Adjacency out, ProductTable products) {

    GeneratedSupplyChain chain(long seed, Dossier dossier, List<Injection> injections) {
      return new GeneratedSupplyChain(
          seed, dossier, injections, String.valueOf(FACILITY_PREFIX), tierOf, tierStart, out.start(), out.targets(),
          products.start(), products.index(), products.ids());
    }
  }

  /**
   * The links as parallel primitive lists (link {@code e} goes from {@code supplier(e)} to {@code receiver(e)}), with
   * each receiver's links chained newest first ({@code head}, {@code next}) and each supplier's number of customers.
   */
  private static final class LinkGraph {
    private final IntList from;
    private final IntList to;
    private final IntList next;
    private final int[] head;
    private final int[] outDegree;

    LinkGraph(int facilities, int capacity) {
      from = new IntList(capacity);
      to = new IntList(capacity);
      next = new IntList(capacity);
      head = new int[facilities];
      Arrays.fill(head, -1);
      outDegree = new int[facilities];
    }

    int size() {
      return from.size();
    }

    int supplier(int link) {
      return from.get(link);
    }

    int receiver(int link) {
      return to.get(link);
    }

    int customers(int supplier) {
      return outDegree[supplier];
    }

    boolean hasSuppliers(int receiver) {
      return head[receiver] >= 0;
    }

    /** Returns the newest link to a receiver, or -1. */
    int newestLink(int receiver) {
      return head[receiver];
    }

    /** Returns the link to the same receiver added before this one, or -1. */
    int olderLink(int link) {
      return next.get(link);
    }

    void add(int supplier, int receiver) {
      int e = from.size();
      from.add(supplier);
      to.add(receiver);
      next.add(head[receiver]);
      head[receiver] = e;
      outDegree[supplier]++;
    }

    boolean hasSupplier(int receiver, int supplier) {
      for (int e = head[receiver]; e >= 0; e = next.get(e)) {
        if (from.get(e) == supplier) {
          return true;
        }
      }
      return false;
    }

    int randomSupplier(SplitMix64 rnd, int receiver) {
      int count = 0;
      for (int e = head[receiver]; e >= 0; e = next.get(e)) {
        count++;
      }
      int pick = rnd.nextInt(count);
      int e = head[receiver];
      while (pick-- > 0) {
        e = next.get(e);
      }
      return from.get(e);
    }

    Adjacency forward() {
      int n = head.length;
      int total = from.size();
      int[] start = new int[n + 1];
      for (int e = 0; e < total; e++) {
        start[from.get(e) + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] targets = new int[total];
      int[] cursor = Arrays.copyOf(start, n);
      for (int e = 0; e < total; e++) {
        targets[cursor[from.get(e)]++] = to.get(e);
      }
      return new Adjacency(start, targets);
    }
  }

  /** The links one receiver gets, oldest first, with the material each carries; reused from receiver to receiver. */
  private static final class Receiving {
    int[] links = new int[64];
    String[] materials = new String[64];
    int count;

    void load(LinkGraph graph, int receiver) {
      count = 0;
      for (int e = graph.newestLink(receiver); e >= 0; e = graph.olderLink(e)) {
        if (count == links.length) {
          links = Arrays.copyOf(links, count * 2);
          materials = Arrays.copyOf(materials, count * 2);
        }
        links[count++] = e;
      }
      // the chain is newest first
      for (int a = 0, b = count - 1; a < b; a++, b--) {
        int tmp = links[a];
        links[a] = links[b];
        links[b] = tmp;
      }
    }

    /**
     * Returns the share of supply link {@code j}: the receiver's need split evenly in hundredths over the supply links
     * of its material, the first ones taking the remainder; {@code null} beyond 100 such links.
     */
    Double share(int j, int supplyLinks) {
      int same = 0;
      int rank = 0;
      for (int q = 0; q < count; q++) {
        if (materials[q].equals(materials[j]) && links[q] < supplyLinks) {
          if (q < j) {
            rank++;
          }
          same++;
        }
      }
      return same <= 100 ? SHARES[100 / same + (rank < 100 % same ? 1 : 0)] : null;
    }
  }

  /** The materials the links and unmapped inputs use, listed in id order: catalog, ILAB goods, return flow. */
  private static final class MaterialUse {
    private final boolean[] catalog = new boolean[catalogCode(CATALOG.length, 0)];
    private final Material[] ilab = new Material[RiskFixtures.ILAB_FORCED_LABOR_GOODS.size()];
    private final boolean[] ilabUsed = new boolean[ilab.length];
    private boolean returnFlow;

    MaterialUse() {
      for (int g = 0; g < ilab.length; g++) {
        RiskFixtures.PlantedGood good = RiskFixtures.ILAB_FORCED_LABOR_GOODS.get(g);
        ilab[g] = new Material("m3" + g, good.good(), good.hsCode());
      }
    }

    String catalog(int code) {
      catalog[code] = true;
      return CATALOG[code / 16][code % 16].id();
    }

    String ilab(int good) {
      ilabUsed[good] = true;
      return ilab[good].id();
    }

    String returnFlow() {
      returnFlow = true;
      return RETURN_FLOW.id();
    }

    List<Material> materials() {
      List<Material> materials = new ArrayList<>();
      for (int stage = 0; stage < CATALOG.length; stage++) {
        for (int i = 0; i < CATALOG[stage].length; i++) {
          if (catalog[catalogCode(stage, i)]) {
            materials.add(CATALOG[stage][i]);
          }
        }
      }
      for (int g = 0; g < ilab.length; g++) {
        if (ilabUsed[g]) {
          materials.add(ilab[g]);
        }
      }
      if (returnFlow) {
        materials.add(RETURN_FLOW);
      }
      return materials;
    }
  }

  /** A growable array of ints. */
  private static final class IntList {
    private int[] data;
    private int size;

    IntList(int capacity) {
      data = new int[Math.max(16, capacity)];
    }

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 3L / 2 + 16));
      }
      data[size++] = v;
    }

    int get(int i) {
      return data[i];
    }

    int size() {
      return size;
    }
  }

  /** Configures a {@link SupplyChainGenerator}. Not thread-safe. */
  public static final class Builder {

    private Long seedValue;
    private long seed;
    private int facilities = 100;
    private int tiers = 4;
    private int fanInMin = 1;
    private int fanInMax = 3;
    private int fanOutMin = 1;
    private int fanOutMax = 8;
    private double cycleRate;
    private int products;
    private double tierGrowth = 1.5;
    private final List<Request> injections = new ArrayList<>();
    private final EnumSet<EvidenceGap> gaps = EnumSet.noneOf(EvidenceGap.class);
    private LocalDate asOf = Dossiers.DEFAULT_AS_OF;
    private boolean identifiers;

    private Builder() {}

    /**
     * Sets the seed (required).
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seedValue = seed;
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of facilities (default 100).
     *
     * @param count at least 1, and at least the number of tiers when built
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder facilities(int count) {
      this.facilities = atLeastOne(count, "facilities");
      return this;
    }

    /**
     * Sets the number of tiers (default 4).
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder tiers(int count) {
      this.tiers = atLeastOne(count, "tiers");
      return this;
    }

    /**
     * Sets how many suppliers each facility below the origin tier buys from (default 1 to 3).
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @return this builder
     * @throws IllegalArgumentException if not {@code 1 <= min <= max}
     */
    public Builder fanIn(int min, int max) {
      checkRange(min, max, "fanIn");
      this.fanInMin = min;
      this.fanInMax = max;
      return this;
    }

    /**
     * Sets how many customers each supplier sells to (default 1 to 8). The maximum caps the links drawn to meet
     * {@code fanIn}; the minimum adds links until each supplier has that many customers (as far as the tier allows).
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @return this builder
     * @throws IllegalArgumentException if not {@code 1 <= min <= max}
     */
    public Builder fanOut(int min, int max) {
      checkRange(min, max, "fanOut");
      this.fanOutMin = min;
      this.fanOutMax = max;
      return this;
    }

    /**
     * Sets the share of return-flow links that close cycles, relative to the number of supply links (default 0).
     *
     * @param rate in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1]
     */
    public Builder cycleRate(double rate) {
      check(rate >= 0 && rate <= 1, "cycleRate must be in [0, 1]: " + rate);
      this.cycleRate = rate;
      return this;
    }

    /**
     * Sets the number of products (default one per tier-1 facility). With fewer products than the tier-1 size,
     * tier 1 shrinks to the number of products and the rest moves to tier 2.
     *
     * @param count 1 to 10,000,000
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is out of range
     */
    public Builder products(int count) {
      check(count >= 1 && count <= 10_000_000, "products must be in [1, 10,000,000]: " + count);
      this.products = count;
      return this;
    }

    /**
     * Sets how much larger each tier is than the one downstream of it (default 1.5).
     *
     * @param growth in [0.1, 100]
     * @return this builder
     * @throws IllegalArgumentException if {@code growth} is not in [0.1, 100]
     */
    public Builder tierGrowth(double growth) {
      check(growth >= 0.1 && growth <= 100, "tierGrowth must be in [0.1, 100]: " + growth);
      this.tierGrowth = growth;
      return this;
    }

    /**
     * Plants one risk at a tier.
     *
     * @param risk the kind; never null
     * @param tier the tier, 1 (producers) to the number of tiers
     * @return this builder
     */
    public Builder inject(InjectedRisk risk, int tier) {
      return inject(risk, tier, 1);
    }

    /**
     * Plants risks at distinct facilities of a tier.
     *
     * @param risk the kind; never null
     * @param tier the tier, 1 (producers) to the number of tiers
     * @param count how many facilities, at least 1
     * @return this builder
     */
    public Builder inject(InjectedRisk risk, int tier, int count) {
      Objects.requireNonNull(risk, "risk");
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1: " + count);
      }
      injections.add(new Request(risk, tier, count));
      return this;
    }

    /**
     * Opens gaps in the otherwise complete evidence.
     *
     * @param gaps the gaps; none means complete evidence
     * @return this builder
     */
    public Builder evidence(EvidenceGap... gaps) {
      for (EvidenceGap g : Objects.requireNonNull(gaps, "gaps")) {
        this.gaps.add(Objects.requireNonNull(g, "gap"));
      }
      return this;
    }

    /**
     * Sets the day the dossier is judged at (default {@link Dossiers#DEFAULT_AS_OF}).
     *
     * @param asOf the day; never null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Gives every facility identifiers with valid check digits (default off: it costs time at scale).
     *
     * @param identifiers whether to
     * @return this builder
     */
    public Builder identifiers(boolean identifiers) {
      this.identifiers = identifiers;
      return this;
    }

    /**
     * Checks the configuration and builds the generator.
     *
     * @return the generator; never null
     * @throws IllegalStateException if no seed was set
     * @throws IllegalArgumentException if the settings do not fit together (fewer facilities than tiers, a single
     *     tier with fewer products than facilities, an injection at a tier that does not exist or has too few
     *     facilities), naming the setting
     */
    public SupplyChainGenerator build() {
      if (seedValue == null) {
        throw new IllegalStateException("seed is required: generated chains must be reproducible");
      }
      check(facilities >= tiers, "facilities (" + facilities + ") must be at least tiers (" + tiers + ")");
      check(
          tiers > 1 || products == 0 || products >= facilities,
          "with a single tier every facility is a producer: products (" + products + ") must be at least facilities ("
              + facilities + ")");
      SupplyChainGenerator g = new SupplyChainGenerator(this);
      TierLayout layout = g.layout();
      int[] perTier = new int[tiers + 1];
      for (Request req : injections) {
        int t = req.tier();
        check(t >= 1 && t <= tiers, "inject tier must be in [1, " + tiers + "]: " + t);
        perTier[t] += req.count();
        check(perTier[t] <= layout.size(t), "tier " + t + " has " + layout.size(t) + " facilities, fewer than the "
            + perTier[t] + " risks injected there");
      }
      return g;
    }

    private static int atLeastOne(int count, String setting) {
      check(count >= 1, setting + " must be at least 1: " + count);
      return count;
    }

    private static void checkRange(int min, int max, String setting) {
      check(min >= 1 && max >= min, setting + " must satisfy 1 <= min <= max: " + min + ".." + max);
    }

    private static void check(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
