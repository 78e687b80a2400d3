package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.ctpat4j.core.dossier.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j schema}: prints the JSON Schema (draft 2020-12) of the {@code ctpat4j-dossier/1} format, the
 * normative form of the dossier contract, as bundled in {@code ctpat4j-core}. Feed it to an editor or to an ERP export
 * check.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = "Prints the JSON Schema of the dossier format (" + Dossier.FORMAT + ") on stdout.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the schema was printed", "2:bad usage", "3:the schema is missing from this build"})
public final class SchemaCommand implements Callable<Integer> {

  /** Where {@code ctpat4j-core} bundles the schema: a resource outside any package, readable from every module. */
  static final String RESOURCE = "/dossier-1.schema.json";

  @Spec private CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public SchemaCommand() {}

  /**
   * Prints the schema.
   *
   * @return {@link ExitCodes#OK}
   * @throws IllegalStateException if this build does not bundle the schema (reported as an internal error)
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(schema());
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Reads the bundled schema.
   *
   * @return the schema document; never null
   * @throws IllegalStateException if the schema is not bundled
   */
  static String schema() {
    try (InputStream in = Dossier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the dossier JSON Schema is missing from this build (resource "
                + RESOURCE
                + " of ctpat4j-core)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled dossier JSON Schema", e);
    }
  }
}
