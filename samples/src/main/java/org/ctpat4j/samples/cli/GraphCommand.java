package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ctpat4j.evidence.picture.SupplyChainPicture;
import org.ctpat4j.graphio.SupplyChainExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ctpat4j graph DOSSIER --format svg|graphml|dot [--product ID] [--out FILE]}: assesses a dossier and writes its
 * supply chain as a picture (SVG) or as a graph for yEd, Gephi (GraphML) or Graphviz (DOT), with each facility's risk
 * level and marker and the explaining paths of risky products.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Writes the supply chain of a dossier as a picture (SVG) or a graph (GraphML for yEd and Gephi, DOT for"
          + " Graphviz): facilities coloured by risk level, presumed and detained facilities marked, and the paths"
          + " that explain each risky product highlighted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:bad input or usage (the dossier, a file, an option)", "3:internal error of ctpat4j"})
public final class GraphCommand implements Callable<Integer> {

  /** The output formats. */
  enum GraphFormat {
    /** A self-contained SVG picture. */
    SVG,
    /** GraphML. */
    GRAPHML,
    /** Graphviz DOT. */
    DOT
  }

  /** Reads {@code --format}. */
  static final class FormatConverter implements ITypeConverter<GraphFormat> {
    @Override
    public GraphFormat convert(String value) {
      for (GraphFormat f : GraphFormat.values()) {
        if (f.name().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of svg, graphml, dot");
    }
  }

  @ParentCommand private Ctpat4jCommand parent;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "DOSSIER", description = DossierLoader.DESCRIPTION)
  private Path dossierFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "svg",
      converter = FormatConverter.class,
      description = "svg (the default), graphml or dot.")
  private GraphFormat format = GraphFormat.SVG;

  @Option(
      names = "--product",
      paramLabel = "ID",
      description = "Only this product, its producer and every facility upstream of it.")
  private String product;

  @Option(
      names = "--max-nodes",
      paramLabel = "N",
      defaultValue = "" + SupplyChainPicture.DEFAULT_MAX_NODES,
      description = "SVG only: the largest number of nodes drawn; the rest is summarised. Default: ${DEFAULT-VALUE}.")
  private int maxNodes = SupplyChainPicture.DEFAULT_MAX_NODES;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.Date.class,
      description = "The day to judge the risk at (YYYY-MM-DD). Default: the dossier's asOf.")
  private LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (atomically: a complete file or none) instead of stdout.")
  private Path out;

  @Option(
      names = "--locale",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = Converters.Language.class,
      description = "The language of the SVG labels: en (the default) or es.")
  private Locale locale = Locale.ENGLISH;

  @Mixin private ReferenceDataOptions referenceData;

  @Mixin private ThreadsOption threads;

  @Mixin private ProgressOption progress;

  /** Creates the command; picocli calls this. */
  public GraphCommand() {}

  /**
   * Assesses the dossier and writes its graph.
   *
   * @return {@link ExitCodes#OK}; bad input is thrown and reported by {@link ErrorHandler}
   */
  @Override
  public Integer call() {
    if (maxNodes < 1) {
      throw new BadInputException("--max-nodes must be at least 1: " + maxNodes);
    }
    PrintWriter err = spec.commandLine().getErr();
    DossierLoader loader = new DossierLoader(progress.open(err, parent.interactive()));
    Assessment assessment =
        Assessment.run(loader, dossierFile, Optional.ofNullable(asOf), () -> referenceData.engine(threads.threads()), locale);
    SupplyChainPicture picture = SupplyChainPicture.of(assessment.dossier(), assessment.risk());
    if (product != null) {
      if (assessment.dossier().products().stream().noneMatch(p -> p.id().equals(product))) {
        throw new BadInputException(
            dossierFile + ": --product " + product + ": the dossier has no product with this id");
      }
      picture = picture.forProduct(product);
    }
    String text =
        switch (format) {
          case SVG -> picture.svg(locale, maxNodes);
          case GRAPHML -> SupplyChainExport.graphml(picture);
          case DOT -> SupplyChainExport.dot(picture);
        };
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    } else {
      AtomicOutput.write(out, text.getBytes(StandardCharsets.UTF_8));
      spec.commandLine().getOut().println(
          format.name().toLowerCase(Locale.ROOT) + " supply chain written to " + out);
    }
    return ExitCodes.OK;
  }
}
