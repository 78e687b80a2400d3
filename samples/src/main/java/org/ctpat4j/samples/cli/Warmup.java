package org.ctpat4j.samples.cli;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ctpat4j.core.internal.Tasks;
import org.ctpat4j.risk.RiskEngine;

/**
 * Starts, as the JVM starts, what a command is sure to need and what costs most to build cold, so that it is built while
 * picocli parses the command line instead of after: the dossier reader (Jackson's deserialisers of the dossier's
 * records) for every command that reads a dossier, and the bundled reference data with the rules' indexes for the
 * commands that assess one. On a small dossier this building is most of the run.
 *
 * <p>Nothing here changes a result. The work runs on daemon threads and its outcome is thrown away: the command builds
 * the same reader and engine later, and finds them built (the reader is a constant of {@link DossierLoader}; the rules
 * keep their indexes per list, so a second engine over the same lists reuses them). Whatever goes wrong here, the
 * command meets again where it reports it. Only {@link Ctpat4jCommand#main} warms; {@link Ctpat4jCommand#execute},
 * which tests and embedders call, does not.
 */
final class Warmup {

  /** The commands that read a dossier file. */
  static final Set<String> READ_A_DOSSIER = Set.of("assess", "package", "validate", "graph", "export");

  /** The commands that assess a dossier with the risk engine. */
  static final Set<String> ASSESS = Set.of("assess", "package");

  private Warmup() {}

  /**
   * Returns what to warm for these arguments: nothing unless the first argument names a command that reads a dossier.
   *
   * @param args the command line; never null
   * @return the parts to warm, in the order they are needed; empty for other commands and for no arguments
   */
  static List<Part> plan(String[] args) {
    Objects.requireNonNull(args, "args");
    if (args.length == 0 || !READ_A_DOSSIER.contains(args[0])) {
      return List.of();
    }
    return ASSESS.contains(args[0]) ? List.of(Part.READER, Part.ENGINE) : List.of(Part.READER);
  }

  /**
   * Starts warming what the command of these arguments needs, each part on a daemon thread of its own, and returns at
   * once.
   *
   * @param args the command line; never null
   */
  static void start(String[] args) {
    for (Part part : plan(args)) {
      Tasks.onDaemonThread("ctpat4j-warm-" + part.name().toLowerCase(java.util.Locale.ROOT)).execute(part::quietly);
    }
  }

  /** What can be built ahead. */
  enum Part {
    /** The strict dossier reader. */
    READER {
      @Override
      void build() {
        DossierLoader.warm();
      }
    },
    /** The standard risk engine over the bundled reference data, prepared. */
    ENGINE {
      @Override
      void build() {
        RiskEngine.newBuilder().build().prepare();
      }
    };

    abstract void build();

    /** Builds this part; a failure is left for the command to meet and report. */
    void quietly() {
      try {
        build();
      } catch (RuntimeException | LinkageError e) {
        // the command builds the same again and reports what fails there
      }
    }
  }
}
