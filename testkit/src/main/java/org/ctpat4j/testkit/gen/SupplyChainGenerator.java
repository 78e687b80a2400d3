package org.ctpat4j.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.Program;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
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
  private final List<int[]> injections;
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
    SplitMix64 rnd = new SplitMix64(seed);
    int n = facilities;
    int k = tiers;
    int[] tierStart = tierStarts();
    int[] tierOf = new int[n];
    for (int t = 1; t <= k; t++) {
      Arrays.fill(tierOf, tierStart[t - 1], tierStart[t], t);
    }

    // --- materials each facility makes
    int[] made = new int[n]; // index into the flattened catalog: stage * 16 + i
    for (int i = 0; i < n; i++) {
      int stage = tierOf[i] == k ? 0 : tierOf[i] == k - 1 && k > 2 ? 1 : tierOf[i] == 1 ? 2 : 1 + rnd.nextInt(2);
      made[i] = stage * 16 + rnd.nextInt(CATALOG[stage].length);
    }

    // --- links, tier by tier: head/next lists of suppliers per receiver
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) n * (fanInMax + 1) + 16);
    IntList from = new IntList(Math.min(capacity, n * 4 + 16));
    IntList to = new IntList(Math.min(capacity, n * 4 + 16));
    IntList next = new IntList(Math.min(capacity, n * 4 + 16));
    int[] head = new int[n];
    Arrays.fill(head, -1);
    int[] outDegree = new int[n];
    for (int t = 1; t < k; t++) {
      linkTier(rnd, tierStart[t - 1], tierStart[t], tierStart[t], tierStart[t + 1], from, to, next, head, outDegree);
    }
    int baseLinks = from.size();

    // --- cycles: return flows from a receiver to one of its suppliers (or theirs)
    long cycles = Math.round(cycleRate * baseLinks);
    boolean[] returnLink = new boolean[0];
    if (cycles > 0) {
      for (long c = 0; c < cycles; c++) {
        int e = rnd.nextInt(baseLinks);
        int supplier = from.get(e);
        int receiver = to.get(e);
        int target = supplier;
        if (head[supplier] >= 0 && rnd.nextInt(2) == 0) {
          target = randomSupplier(rnd, supplier, head, next, from);
        }
        if (!hasSupplier(target, receiver, head, next, from)) {
          addLink(receiver, target, from, to, next, head, outDegree);
        }
      }
      returnLink = new boolean[from.size()];
      Arrays.fill(returnLink, baseLinks, from.size(), true);
    }

    // --- injections
    boolean[] injected = new boolean[n];
    int[] injectedKind = new int[n];
    Arrays.fill(injectedKind, -1);
    List<int[]> planted = new ArrayList<>(); // {kind, facility}
    for (int[] req : injections) {
      int t = req[1];
      int size = tierStart[t] - tierStart[t - 1];
      for (int c = 0; c < req[2]; c++) {
        int f;
        int attempts = 0;
        do {
          f = tierStart[t - 1] + rnd.nextInt(size);
        } while (injected[f] && ++attempts < 64);
        if (injected[f]) {
          for (f = tierStart[t - 1]; injected[f]; f++) {
            // the builder checked that the tier has room
          }
        }
        injected[f] = true;
        injectedKind[f] = req[0];
        planted.add(new int[] {req[0], f, rnd.nextInt(1 << 20)});
      }
    }

    // --- facilities
    String prefix = "f";
    int width = Integer.toString(n).length();
    String[] ids = new String[n];
    List<Facility> facilityList = new ArrayList<>(n);
    List<UnmappedInput> unmapped = new ArrayList<>();
    boolean[] materialUsed = new boolean[48];
    List<RiskFixtures.PlantedGood> ilabOf = new ArrayList<>();
    int[] ilabIndex = new int[n];
    Arrays.fill(ilabIndex, -1);
    for (int[] p : planted) {
      if (p[0] == InjectedRisk.ILAB_GOOD.ordinal()) {
        ilabIndex[p[1]] = p[2] % RiskFixtures.ILAB_FORCED_LABOR_GOODS.size();
      }
    }
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i < n; i++) {
      sb.setLength(0);
      sb.append(prefix);
      String num = Integer.toString(i + 1);
      for (int z = num.length(); z < width; z++) {
        sb.append('0');
      }
      ids[i] = sb.append(num).toString();
      String country;
      String region = null;
      String name;
      int pick = rnd.nextInt(1 << 20);
      int kind = injectedKind[i];
      if (kind == InjectedRisk.LISTED_ENTITY.ordinal()) {
        country = "CN";
        name = RiskFixtures.LISTED_ENTITIES.get(pick % RiskFixtures.LISTED_ENTITIES.size()).name();
      } else if (kind == InjectedRisk.XINJIANG_REGION.ordinal()) {
        country = "CN";
        region = "CN-XJ";
        name = XJ_CITIES[pick % XJ_CITIES.length] + " " + CN_SYLLABLES[(pick >>> 4) % CN_SYLLABLES.length] + " "
            + INDUSTRY[(pick >>> 8) % INDUSTRY.length] + " Co., Ltd.";
      } else if (kind == InjectedRisk.ILAB_GOOD.ordinal()) {
        RiskFixtures.PlantedGood g = RiskFixtures.ILAB_FORCED_LABOR_GOODS.get(ilabIndex[i]);
        country = g.country();
        name = CN_SYLLABLES[pick % CN_SYLLABLES.length] + " " + g.good() + " " + INDUSTRY[(pick >>> 4) % INDUSTRY.length]
            + ("CN".equals(country) ? " Co., Ltd." : " LLC");
      } else {
        country = RiskFixtures.LOW_RISK_COUNTRIES.get(pick % RiskFixtures.LOW_RISK_COUNTRIES.size());
        name = NAME_START[(pick >>> 4) % NAME_START.length] + NAME_END[(pick >>> 8) % NAME_END.length] + " "
            + INDUSTRY[(pick >>> 12) % INDUSTRY.length] + " " + legalForm(country);
      }
      Identifiers ident = identifiers ? ValidIdentifiers.forFacility(ids[i], country, region) : Identifiers.NONE;
      // a generated chain is mapped to origin: a facility of the deepest tier, or one the draw left without supplier,
      // is where its goods originate, said explicitly (pulp or potash is not a raw good by its HS code alone)
      boolean origin = tierOf[i] == k || head[i] < 0;
      facilityList.add(
          new Facility(ids[i], name, List.of(), country, region, null, ident, false, origin ? Boolean.TRUE : null));
      if (kind == InjectedRisk.UNMAPPED_INPUT.ordinal()) {
        int m = pick % CATALOG[0].length;
        materialUsed[m] = true;
        unmapped.add(new UnmappedInput(ids[i], CATALOG[0][m].id(), "supplier not disclosed"));
      }
    }

    // --- links as records, grouped by receiver; even shares per material
    int total = from.size();
    List<Link> links = new ArrayList<>(total);
    Material[] ilabMaterials = new Material[RiskFixtures.ILAB_FORCED_LABOR_GOODS.size()];
    for (int g = 0; g < ilabMaterials.length; g++) {
      RiskFixtures.PlantedGood good = RiskFixtures.ILAB_FORCED_LABOR_GOODS.get(g);
      ilabMaterials[g] = new Material("m3" + g, good.good(), good.hsCode());
    }
    boolean[] ilabUsed = new boolean[ilabMaterials.length];
    boolean returnUsed = false;
    int[] group = new int[64];
    String[] groupMaterial = new String[64];
    for (int r = 0; r < n; r++) {
      int count = 0;
      for (int e = head[r]; e >= 0; e = next.get(e)) {
        if (count == group.length) {
          group = Arrays.copyOf(group, count * 2);
          groupMaterial = Arrays.copyOf(groupMaterial, count * 2);
        }
        group[count++] = e;
      }
      // the head/next list is newest first: emit oldest first
      for (int a = 0, b = count - 1; a < b; a++, b--) {
        int tmp = group[a];
        group[a] = group[b];
        group[b] = tmp;
      }
      for (int j = 0; j < count; j++) {
        int e = group[j];
        int s = from.get(e);
        if (e < returnLink.length && returnLink[e]) {
          groupMaterial[j] = RETURN_FLOW.id();
          returnUsed = true;
        } else if (ilabIndex[s] >= 0) {
          groupMaterial[j] = ilabMaterials[ilabIndex[s]].id();
          ilabUsed[ilabIndex[s]] = true;
        } else {
          Material m = CATALOG[made[s] / 16][made[s] % 16];
          groupMaterial[j] = m.id();
          materialUsed[made[s]] = true;
        }
      }
      for (int j = 0; j < count; j++) {
        int e = group[j];
        Double share = null;
        if (!(e < returnLink.length && returnLink[e])) {
          int same = 0;
          int rank = 0;
          for (int q = 0; q < count; q++) {
            if (groupMaterial[q].equals(groupMaterial[j]) && !(group[q] < returnLink.length && returnLink[group[q]])) {
              if (q < j) {
                rank++;
              }
              same++;
            }
          }
          if (same <= 100) {
            int hundredths = 100 / same + (rank < 100 % same ? 1 : 0);
            share = SHARES[hundredths];
          }
        }
        links.add(new Link(ids[from.get(e)], ids[r], groupMaterial[j], share, List.of()));
      }
    }

    // --- materials actually used, in id order
    List<Material> materials = new ArrayList<>();
    for (int stage = 0; stage < CATALOG.length; stage++) {
      for (int i = 0; i < CATALOG[stage].length; i++) {
        if (materialUsed[stage * 16 + i]) {
          materials.add(CATALOG[stage][i]);
        }
      }
    }
    for (int g = 0; g < ilabMaterials.length; g++) {
      if (ilabUsed[g]) {
        materials.add(ilabMaterials[g]);
      }
    }
    if (returnUsed) {
      materials.add(RETURN_FLOW);
    }

    // --- products, round robin over the producers
    int producers = tierStart[1];
    int m = products > 0 ? products : producers;
    String[] productIds = new String[m];
    List<Product> productList = new ArrayList<>(m);
    int pWidth = Integer.toString(m).length();
    int[] productStart = new int[producers + 1];
    for (int j = 0; j < m; j++) {
      productStart[j % producers + 1]++;
    }
    for (int f = 0; f < producers; f++) {
      productStart[f + 1] += productStart[f];
    }
    int[] fill = Arrays.copyOf(productStart, producers);
    int[] productIndex = new int[m];
    for (int j = 0; j < m; j++) {
      sb.setLength(0);
      sb.append('p');
      String num = Integer.toString(j + 1);
      for (int z = num.length(); z < pWidth; z++) {
        sb.append('0');
      }
      productIds[j] = sb.append(num).toString();
      int producer = j % producers;
      productIndex[fill[producer]++] = j;
      String name;
      String hs;
      if (ilabIndex[producer] >= 0) {
        RiskFixtures.PlantedGood g = RiskFixtures.ILAB_FORCED_LABOR_GOODS.get(ilabIndex[producer]);
        name = g.good();
        hs = g.hsCode();
      } else {
        String[] good = FINISHED_GOODS[rnd.nextInt(FINISHED_GOODS.length)];
        name = good[0] + " model " + (j + 1);
        hs = good[1];
      }
      productList.add(new Product(productIds[j], name, hs, ids[producer]));
    }

    // --- forward adjacency for downstream queries
    int[] outStart = new int[n + 1];
    for (int e = 0; e < total; e++) {
      outStart[from.get(e) + 1]++;
    }
    for (int i = 0; i < n; i++) {
      outStart[i + 1] += outStart[i];
    }
    int[] outTargets = new int[total];
    int[] cursor = Arrays.copyOf(outStart, n);
    for (int e = 0; e < total; e++) {
      outTargets[cursor[from.get(e)]++] = to.get(e);
    }

    // the shell only serves the downstream queries below; the model requires a partner, so it gets a placeholder
    Partner placeholder = new Partner("Generated partner", "US", BusinessEntityType.US_IMPORTER, List.of());
    Dossier shell =
        new Dossier(Dossier.FORMAT, asOf, placeholder, facilityList, materials, links, unmapped, productList, Evidence.NONE);
    GeneratedSupplyChain partial =
        new GeneratedSupplyChain(
            seed, shell, List.of(), prefix, tierOf, tierStart, outStart, outTargets, productStart, productIndex,
            productIds);
    List<Injection> result = new ArrayList<>(planted.size());
    for (int[] p : planted) {
      result.add(new Injection(InjectedRisk.values()[p[0]], tierOf[p[1]], ids[p[1]], partial.downstream(p[1])));
    }

    Dossier withEvidence = evidenceShell(ids, producers, planted).build();
    Dossier dossier =
        new Dossier(
            Dossier.FORMAT, asOf, withEvidence.partner(), facilityList, materials, links, unmapped, productList,
            withEvidence.evidence());
    return new GeneratedSupplyChain(
        seed, dossier, result, prefix, tierOf, tierStart, outStart, outTargets, productStart, productIndex,
        productIds);
  }

  private DossierBuilder evidenceShell(String[] ids, int producers, List<int[]> planted) {
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
      b.commitment(Dossiers.commitment(ids[f]));
      b.training(
          Dossiers.supplierTraining("t-" + ids[f], ids[f])
              .topics(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT));
    }
    for (int[] p : planted) {
      b.audit(Dossiers.audit("a-" + ids[p[1]], ids[p[1]]));
      InjectedRisk risk = InjectedRisk.values()[p[0]];
      if (risk == InjectedRisk.LISTED_ENTITY || risk == InjectedRisk.XINJIANG_REGION) {
        // under the UFLPA presumption: managed risk means a remediation case is open for it
        b.remediationCase(
            Dossiers.remediationCase("c-" + ids[p[1]], ids[p[1]])
                .action("Re-source the input away from the presumption", asOf.plusMonths(3),
                    RemediationActionStatus.IN_PROGRESS));
      }
      if (p[1] >= producers) {
        // an injected facility may be high-risk: the checks then ask for its commitment and training too
        b.commitment(Dossiers.commitment(ids[p[1]]));
        b.training(
            Dossiers.supplierTraining("t-" + ids[p[1]], ids[p[1]])
                .topics(TrainingTopic.FORCED_LABOR_INDICATORS, TrainingTopic.CODE_OF_CONDUCT));
      }
    }
    gaps.forEach(b::withGap);
    return b;
  }

  private void linkTier(
      SplitMix64 rnd, int rFrom, int rTo, int sFrom, int sTo, IntList from, IntList to, IntList next, int[] head,
      int[] outDegree) {
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
      addLink(sFrom + s, rFrom + r, from, to, next, head, outDegree);
    }
    // pass 2: fill the remaining needs from suppliers below fanOut max
    int[] candidates = new int[suppliers];
    int candidateCount = 0;
    for (int s = 0; s < suppliers; s++) {
      if (outDegree[sFrom + s] < fanOutMax) {
        candidates[candidateCount++] = s;
      }
    }
    for (int r = 0; r < receivers; r++) {
      for (int want = need[r]; want > 0 && candidateCount > 0; want--) {
        for (int attempt = 0; attempt < 8; attempt++) {
          int at = rnd.nextInt(candidateCount);
          int s = sFrom + candidates[at];
          if (!hasSupplier(rFrom + r, s, head, next, from)) {
            addLink(s, rFrom + r, from, to, next, head, outDegree);
            if (outDegree[s] >= fanOutMax) {
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
        for (int attempt = 0; outDegree[s] < reachable && attempt < 4 * fanOutMin; attempt++) {
          int r = rFrom + rnd.nextInt(receivers);
          if (!hasSupplier(r, s, head, next, from)) {
            addLink(s, r, from, to, next, head, outDegree);
          }
        }
      }
    }
  }

  private static void addLink(
      int supplier, int receiver, IntList from, IntList to, IntList next, int[] head, int[] outDegree) {
    int e = from.size();
    from.add(supplier);
    to.add(receiver);
    next.add(head[receiver]);
    head[receiver] = e;
    outDegree[supplier]++;
  }

  private static boolean hasSupplier(int receiver, int supplier, int[] head, IntList next, IntList from) {
    for (int e = head[receiver]; e >= 0; e = next.get(e)) {
      if (from.get(e) == supplier) {
        return true;
      }
    }
    return false;
  }

  private static int randomSupplier(SplitMix64 rnd, int receiver, int[] head, IntList next, IntList from) {
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

  private int[] tierStarts() {
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
    return start;
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
    private final List<int[]> injections = new ArrayList<>();
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
     * @param count at least the number of tiers
     * @return this builder
     */
    public Builder facilities(int count) {
      this.facilities = count;
      return this;
    }

    /**
     * Sets the number of tiers (default 4).
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder tiers(int count) {
      this.tiers = count;
      return this;
    }

    /**
     * Sets how many suppliers each facility below the origin tier buys from (default 1 to 3).
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @return this builder
     */
    public Builder fanIn(int min, int max) {
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
     */
    public Builder fanOut(int min, int max) {
      this.fanOutMin = min;
      this.fanOutMax = max;
      return this;
    }

    /**
     * Sets the share of return-flow links that close cycles, relative to the number of supply links (default 0).
     *
     * @param rate in [0, 1]
     * @return this builder
     */
    public Builder cycleRate(double rate) {
      this.cycleRate = rate;
      return this;
    }

    /**
     * Sets the number of products (default one per tier-1 facility). With fewer products than the tier-1 size,
     * tier 1 shrinks to the number of products and the rest moves to tier 2.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder products(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("products must be at least 1: " + count);
      }
      this.products = count;
      return this;
    }

    /**
     * Sets how much larger each tier is than the one downstream of it (default 1.5).
     *
     * @param growth at least 0.1
     * @return this builder
     */
    public Builder tierGrowth(double growth) {
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
      injections.add(new int[] {risk.ordinal(), tier, count});
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
     * @throws IllegalArgumentException if a value is out of range, naming it
     */
    public SupplyChainGenerator build() {
      if (seedValue == null) {
        throw new IllegalStateException("seed is required: generated chains must be reproducible");
      }
      check(tiers >= 1, "tiers must be at least 1: " + tiers);
      check(facilities >= tiers, "facilities (" + facilities + ") must be at least tiers (" + tiers + ")");
      check(fanInMin >= 1 && fanInMax >= fanInMin, "fanIn must satisfy 1 <= min <= max: " + fanInMin + ".." + fanInMax);
      check(
          fanOutMin >= 1 && fanOutMax >= fanOutMin, "fanOut must satisfy 1 <= min <= max: " + fanOutMin + ".." + fanOutMax);
      check(cycleRate >= 0 && cycleRate <= 1, "cycleRate must be in [0, 1]: " + cycleRate);
      check(tierGrowth >= 0.1 && tierGrowth <= 100, "tierGrowth must be in [0.1, 100]: " + tierGrowth);
      check(products <= 10_000_000, "products must be at most 10,000,000: " + products);
      check(
          tiers > 1 || products == 0 || products >= facilities,
          "with a single tier every facility is a producer: products (" + products + ") must be at least facilities ("
              + facilities + ")");
      SupplyChainGenerator g = new SupplyChainGenerator(this);
      int[] start = g.tierStarts();
      int[] perTier = new int[tiers + 1];
      for (int[] req : injections) {
        check(req[1] >= 1 && req[1] <= tiers, "inject tier must be in [1, " + tiers + "]: " + req[1]);
        perTier[req[1]] += req[2];
        int size = start[req[1]] - start[req[1] - 1];
        check(perTier[req[1]] <= size, "tier " + req[1] + " has " + size + " facilities, fewer than the "
            + perTier[req[1]] + " risks injected there");
      }
      return g;
    }

    private static void check(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
