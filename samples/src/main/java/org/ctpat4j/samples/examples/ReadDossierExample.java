package org.ctpat4j.samples.examples;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.json.DossierReader;

/**
 * Reads a dossier with {@link DossierReader#strict()} and prints what it holds: the partner and its CTPAT
 * memberships, where its facilities are, and for each imported product the countries its supply chain runs through.
 *
 * <pre>{@code
 * java -cp samples/target/ctpat4j.jar org.ctpat4j.samples.examples.ReadDossierExample [DOSSIER]
 * }</pre>
 */
public final class ReadDossierExample {

  private ReadDossierExample() {}

  /**
   * Reads the dossier named by the first argument (the bundled solar importer by default) and describes it.
   *
   * @param args {@code [DOSSIER]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/dossiers/solar-importer/dossier.json");
    // A reader is immutable and thread-safe: build one and reuse it for every dossier.
    DossierReader reader = DossierReader.strict();
    try {
      Dossier dossier = reader.read(file);
      System.out.print(describe(dossier));
    } catch (DossierFormatException e) {
      // Every problem, not just the first, each with its line, column and JSON Pointer.
      e.problems().forEach(problem -> System.err.println(file + ": " + problem));
      System.exit(2);
    }
  }

  /**
   * Describes a dossier in a few lines; the output is sorted, hence the same for the same dossier.
   *
   * @param dossier a dossier; never null
   * @return the description, one item a line; never null
   */
  public static String describe(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    StringBuilder out = new StringBuilder();
    out.append(dossier.partner().name())
        .append(" (")
        .append(dossier.partner().entityType())
        .append(", ")
        .append(dossier.partner().country())
        .append(")\n");
    for (Membership m : dossier.partner().memberships()) {
      out.append("  CTPAT ").append(m.program()).append(" since ").append(m.since());
      if (m.tier() != null) {
        out.append(", tier ").append(m.tier());
      }
      out.append('\n');
    }
    if (dossier.asOf() != null) {
      out.append("  judged as of ").append(dossier.asOf()).append('\n');
    }

    Map<String, Long> byCountry =
        dossier.facilities().stream()
            .collect(Collectors.groupingBy(Facility::country, TreeMap::new, Collectors.counting()));
    out.append(dossier.facilities().size()).append(" facilities by country: ").append(byCountry).append('\n');

    for (Product product : dossier.products()) {
      Facility producer = dossier.facility(product.producedBy()).orElseThrow();
      out.append("product ")
          .append(product.id())
          .append(": ")
          .append(product.name())
          .append(" [HS ")
          .append(product.hsCode())
          .append("], made by ")
          .append(producer.name())
          .append(" (")
          .append(producer.country())
          .append(")\n    supply chain runs through ")
          .append(countriesUpstream(dossier, producer.id()))
          .append('\n');
    }
    dossier.unmappedInputs()
        .forEach(u -> out.append("unmapped: ")
            .append(u.material())
            .append(" into ")
            .append(u.facility())
            .append('\n'));
    Evidence e = dossier.evidence();
    out.append("evidence: ")
        .append(count(e.documents().size(), "document"))
        .append(", ")
        .append(count(e.audits().size(), "audit"))
        .append(", ")
        .append(count(e.trainings().size(), "training"))
        .append(", ")
        .append(count(e.supplierCommitments().size(), "supplier commitment"))
        .append(", ")
        .append(count(e.remediationCases().size(), "remediation case"))
        .append('\n');
    return out.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Returns the countries of a facility and of every facility that supplies it, directly or through others. Links may
   * form cycles (a recycler feeding a mill that feeds it back); the walk visits each facility once.
   *
   * @param dossier the dossier; never null
   * @param facility a facility id; never null
   * @return ISO 3166-1 alpha-2 codes, sorted; never null
   */
  public static Set<String> countriesUpstream(Dossier dossier, String facility) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(facility, "facility");
    Set<String> seen = new TreeSet<>(Set.of(facility));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      String to = todo.pop();
      for (Link link : dossier.links()) {
        if (link.to().equals(to) && seen.add(link.from())) {
          todo.push(link.from());
        }
      }
    }
    return seen.stream()
        .map(id -> dossier.facility(id).map(Facility::country).orElse("??"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
