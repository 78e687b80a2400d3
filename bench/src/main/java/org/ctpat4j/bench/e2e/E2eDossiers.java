package org.ctpat4j.bench.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierWriter;
import org.ctpat4j.testkit.gen.GeneratedSupplyChain;
import org.ctpat4j.testkit.gen.InjectedRisk;
import org.ctpat4j.testkit.gen.SupplyChainGenerator;

/**
 * The dossiers of the end-to-end measurements: a generated supply chain of {@code n} facilities in 6 tiers with 2 to
 * 5 suppliers per buyer (about 3.3 links per facility), identifiers on, a few facilities in every injected risk, and
 * the evidence the generator writes. Also a command that writes one to a file, for timing the command line:
 * {@code java -cp bench/target/benchmarks.jar org.ctpat4j.bench.e2e.E2eDossiers 1000000 big.json}.
 */
public final class E2eDossiers {

  private E2eDossiers() {}

  /**
   * Generates the chain.
   *
   * @param n the number of facilities
   * @return the chain
   */
  public static GeneratedSupplyChain chain(int n) {
    SupplyChainGenerator.Builder b =
        SupplyChainGenerator.newBuilder()
            .seed(13L)
            .facilities(n)
            .tiers(6)
            .fanIn(3, 7)
            .fanOut(1, 12)
            .cycleRate(0.005)
            .identifiers(false);
    int each = Math.max(1, n / 10_000);
    for (InjectedRisk risk : InjectedRisk.values()) {
      b.inject(risk, 6, each);
    }
    return b.build().generate();
  }

  /**
   * The JSON bytes of the chain's dossier.
   *
   * @param n the number of facilities
   * @return the document
   */
  public static byte[] bytes(int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(chain(n).dossier(), out);
    return out.toByteArray();
  }

  private static void write(Dossier d, OutputStream out) {
    DossierWriter.standard().write(d, out);
  }

  /**
   * Writes a generated dossier to a file.
   *
   * @param args the number of facilities and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    GeneratedSupplyChain chain = chain(n);
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      write(chain.dossier(), out);
    }
    System.out.printf(
        "%d facilities, %d links (%.2f per facility), %d products -> %s (%d bytes)%n",
        chain.dossier().facilities().size(),
        chain.dossier().links().size(),
        chain.dossier().links().size() / (double) chain.dossier().facilities().size(),
        chain.dossier().products().size(),
        args[1],
        Files.size(Path.of(args[1])));
  }
}
