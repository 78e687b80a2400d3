package org.ctpat4j.core.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ctpat4j.core.BusinessEntityType;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.Product;
import org.junit.jupiter.api.Test;

/**
 * With an executor, the checks of a dossier of many links (half of its links and their consistency checked beside the
 * rest) find the same problems in the same order, whatever the limit, as on one thread: seeded dossiers of more than
 * {@value DossierChecks#CONCURRENT_LINKS_FROM} links with broken references, blank materials, bad countries, duplicate
 * links and share totals over one planted in both halves, and a duplicate of ids that name nothing across them. Replay with {@code -Dctpat4j.seed=...}.
 */
class ConcurrentChecksProperties {

  @Test
  void concurrentChecks_findTheSameProblemsInTheSameOrder() {
    long base = Long.getLong("ctpat4j.seed", 2026_12_02L);
    Random seeds = new Random(base);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      for (int run = 0; run < 2; run++) {
        long seed = seeds.nextLong();
        Dossier d = dossier(new Random(seed));
        List<Problem> one = DossierChecks.check(d);
        String why = "seed " + seed + " (replay with -Dctpat4j.seed=" + base + ")";
        assertThat(one).as(why).anyMatch(p -> p.is(ProblemCode.DUPLICATE_LINK))
            .anyMatch(p -> p.is(ProblemCode.SHARES_OVER_ONE))
            .anyMatch(p -> p.is(ProblemCode.BROKEN_REFERENCE) && linkIndex(p) > d.links().size() / 2)
            .anyMatch(p -> p.path().startsWith("/facilities/"))
            .anyMatch(p -> p.is(ProblemCode.DUPLICATE_LINK) && linkIndex(p) == d.links().size() - 1
                && p.message().startsWith("the same link as /links/0 "));
        for (int limit : new int[] {Integer.MAX_VALUE, 1, one.size() / 2}) {
          assertThat(DossierChecks.check(d, limit, executor)).as("%s, limit %d", why, limit)
              .isEqualTo(DossierChecks.check(d, limit));
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static int linkIndex(Problem p) {
    String[] parts = p.path().split("/");
    return parts.length > 2 && parts[1].equals("links") ? Integer.parseInt(parts[2]) : -1;
  }

  private static Dossier dossier(Random r) {
    int facilities = 20_000;
    int links = DossierChecks.CONCURRENT_LINKS_FROM + r.nextInt(50_000);
    List<Facility> fs = new ArrayList<>();
    for (int i = 0; i < facilities; i++) {
      String country = r.nextInt(2_000) == 0 ? "XX" : "VN";
      fs.add(new Facility("f" + i, "Facility " + i, country, null));
    }
    List<Material> ms = List.of(new Material("m1", "Cotton", "5201"), new Material("m2", "Yarn", "5205"));
    List<Link> ls = new ArrayList<>();
    for (int i = 0; i < links; i++) {
      String from = r.nextInt(5_000) == 0 ? "ghost" : "f" + r.nextInt(facilities);
      String to = "f" + r.nextInt(facilities);
      String material = r.nextInt(7_000) == 0 ? " " : (r.nextBoolean() ? "m1" : "m2");
      Double share = r.nextInt(20) == 0 ? 0.6 : null;
      ls.add(new Link(from, to, material, share, List.of()));
      if (r.nextInt(4_000) == 0) {
        ls.add(new Link(from, to, material, share, List.of()));
      }
    }
    // a link between ids that name nothing, first and again last: each half numbers those ids on its own thread, the
    // second after other such ids (the first link of the second half)
    ls.add(0, new Link("ghost", "nowhere", "m9", null, List.of()));
    ls.add(new Link("ghost", "nowhere", "m9", null, List.of()));
    ls.add((ls.size() + 1) / 2, new Link("phantom", "void", "m8", null, List.of()));
    Partner partner = new Partner("Acme Inc.", "US", BusinessEntityType.US_IMPORTER, List.of());
    return new Dossier(Dossier.FORMAT, LocalDate.of(2026, 11, 1), partner, fs, ms, ls, List.of(),
        List.of(new Product("p1", "Shirt", "6205", "f0")), Evidence.NONE);
  }
}
