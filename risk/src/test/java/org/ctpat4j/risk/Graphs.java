package org.ctpat4j.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.UnmappedInput;

/** Seeded random supply chains for tests. */
final class Graphs {

  private Graphs() {}

  static Dossier dossier(List<Facility> facilities, List<Material> materials, List<Link> links,
      List<UnmappedInput> unmapped, List<Product> products) {
    return new Dossier(Dossier.FORMAT, null, partner(), facilities, materials, links, unmapped, products,
        Evidence.NONE);
  }

  static Partner partner() {
    return new Partner("Test Importer", "US", BusinessEntityType.values()[0], List.of());
  }

  /** A random graph: tiers, forward links, some back links (cycles), regions, unmapped inputs. */
  static Dossier random(long seed, boolean cycles) {
    Random r = new Random(seed);
    return random(r, 2 + r.nextInt(30), cycles, 0);
  }

  /**
   * A random graph of {@code n} facilities, as {@link #random(long, boolean)} makes them.
   *
   * @param products the number of products, or 0 for 1 to 4 drawn at random
   */
  static Dossier random(Random r, int n, boolean cycles, int products) {
    List<Facility> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      String region = kind == 0 ? "CN-XJ" : null;
      String country = kind < 3 ? "CN" : kind < 5 ? "CU" : kind < 6 ? "BR" : "US";
      fs.add(new Facility("f" + i, "Facility " + i, country, region));
    }
    List<Material> ms = List.of(new Material("m0", "Widget", null), new Material("m1", "Gadget", "9999.99"));
    List<Link> links = new ArrayList<>();
    int m = r.nextInt(3 * n);
    for (int k = 0; k < m; k++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      if (a == b || (!cycles && a > b)) {
        if (!cycles && a > b) {
          int t = a;
          a = b;
          b = t;
        }
        if (a == b) {
          continue;
        }
      }
      Double share = r.nextBoolean() ? null : (1 + r.nextInt(10)) / 10.0;
      links.add(new Link("f" + a, "f" + b, "m" + r.nextInt(2), share, List.of()));
    }
    List<UnmappedInput> um = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(12) == 0) {
        um.add(new UnmappedInput("f" + i, "m0", "not disclosed"));
      }
    }
    List<Product> ps = new ArrayList<>();
    int p = products > 0 ? products : 1 + r.nextInt(4);
    for (int k = 0; k < p; k++) {
      ps.add(new Product("p" + k, "Product " + k, null, "f" + r.nextInt(n)));
    }
    return dossier(fs, ms, links, um, ps);
  }

  static Dossier shuffled(Dossier d, long seed) {
    Random r = new Random(seed);
    List<Facility> fs = new ArrayList<>(d.facilities());
    List<Link> ls = new ArrayList<>(d.links());
    List<Product> ps = new ArrayList<>(d.products());
    List<UnmappedInput> us = new ArrayList<>(d.unmappedInputs());
    List<Material> ms = new ArrayList<>(d.materials());
    Collections.shuffle(fs, r);
    Collections.shuffle(ls, r);
    Collections.shuffle(ps, r);
    Collections.shuffle(us, r);
    Collections.shuffle(ms, r);
    return new Dossier(d.format(), d.asOf(), d.partner(), fs, ms, ls, us, ps, d.evidence());
  }
}
