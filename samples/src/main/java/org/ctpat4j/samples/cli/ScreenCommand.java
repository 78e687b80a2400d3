package org.ctpat4j.samples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ctpat4j.risk.ScreeningEntityMatcher;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceDataVersion;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.ScreeningHit;
import org.ctpat4j.risk.screening.ScreeningQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ctpat4j screen NAMES.csv}: screens supplier names against the UFLPA Entity List (bundled, or newer editions
 * with {@code --entity-list}) with ctpat4j's fuzzy screening engine ({@link EntityScreener}), which tolerates legal
 * forms, punctuation, typos, word order and romanized Chinese names, and explains every hit.
 *
 * <p>The input is a UTF-8 CSV file with a header row: {@code name} (required), and optionally {@code country} (ISO
 * 3166-1 alpha-2, supporting evidence only), {@code aliases} (other names separated by {@code " | "}) and {@code id}
 * (echoed in the output). The output has one line per input name: {@code MATCH} (the supplier is, with high
 * confidence, the listed entity: a HIGH risk signal), {@code POSSIBLE} (a reviewer must look: a MEDIUM signal) or
 * {@code CLEAR} (nothing reaches the POSSIBLE cut-off), with the best hit, its score and the explanation. CLEAR means
 * "not found in the list consulted", never "not listed": the bundled list is partial.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Screens supplier names (CSV: name[,country][,aliases][,id]) against the UFLPA Entity List with fuzzy matching.",
      "Prints one line per name: MATCH, POSSIBLE or CLEAR, with the best hit, its score and why."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no name is a MATCH (POSSIBLE hits still need a reviewer)",
      "1:at least one name is a MATCH",
      "2:bad input or usage (the problem is printed as FILE:LINE:COLUMN)"
    })
public final class ScreenCommand implements Callable<Integer> {

  /** The columns of the input file. */
  static final List<String> COLUMNS = List.of("name", "country", "aliases", "id");

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAMES.csv", description = "The names to screen: UTF-8 CSV with a header row.")
  private Path namesFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text (one line per name, the default) or json.")
  private OutputFormat format = OutputFormat.TEXT;

  @Mixin private ReferenceDataOptions referenceData;

  /** Creates the command; picocli calls this. */
  public ScreenCommand() {}

  /** The output formats of {@code screen}. */
  enum OutputFormat {
    TEXT,
    JSON;

    /** Accepts {@code text} and {@code json} in any case. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
      @Override
      public OutputFormat convert(String value) {
        for (OutputFormat f : OutputFormat.values()) {
          if (f.name().equalsIgnoreCase(value.strip())) {
            return f;
          }
        }
        throw new TypeConversionException("'" + value + "' is not one of text, json");
      }
    }
  }

  /** One screened name. */
  record Result(String id, String name, int line, Optional<ScreeningHit> best) {

    String verdict() {
      return best.map(h -> h.level().name()).orElse("CLEAR");
    }
  }

  /**
   * Screens the names and prints one line (or JSON object) per name.
   *
   * @return {@link ExitCodes#OK} when no name is a MATCH, {@link ExitCodes#INVALID} otherwise
   */
  @Override
  public Integer call() {
    CsvInput csv = CsvInput.read(namesFile, List.of("name"), COLUMNS, InputLimits.of(spec));
    List<ScreeningQuery> queries = new ArrayList<>();
    List<CsvInput.Row> rows = csv.rows();
    for (CsvInput.Row row : rows) {
      queries.add(query(csv, row));
    }
    ReferenceData data = referenceData.referenceData();
    EntityScreener screener =
        EntityScreener.newBuilder().entries(ScreeningEntityMatcher.entries(data.uflpaEntities())).build();
    List<List<ScreeningHit>> hits = screener.screenAll(queries);
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CsvInput.Row row = rows.get(i);
      String id = row.value("id").orElse("line " + row.line());
      results.add(new Result(id, queries.get(i).name(), row.line(), hits.get(i).stream().findFirst()));
    }
    ReferenceDataVersion version = data.version(ReferenceList.UFLPA_ENTITY_LIST);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.print(json(results, version));
    } else {
      results.forEach(r -> out.println(TerminalText.escape(line(r))));
      out.println(TerminalText.escape(summary(results, version)));
    }
    out.flush();
    return results.stream().anyMatch(r -> r.verdict().equals("MATCH")) ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static ScreeningQuery query(CsvInput csv, CsvInput.Row row) {
    CsvInput.Field nameField = row.fields().get("name");
    String name = row.value("name").orElseThrow(() -> csv.bad(nameField, "name", "must not be blank"));
    List<String> aliases = new ArrayList<>();
    CsvInput.Field aliasField = row.fields().get("aliases");
    if (aliasField != null && !aliasField.value().isBlank()) {
      for (String alias : aliasField.value().split("\\|")) {
        if (alias.isBlank()) {
          throw csv.bad(aliasField, "aliases", "an empty alias (aliases are separated by ' | ')");
        }
        aliases.add(alias.strip());
      }
    }
    Optional<String> country = row.value("country");
    if (country.isPresent() && !country.get().matches("[A-Za-z]{2}")) {
      throw csv.bad(row.fields().get("country"), "country", "'" + country.get() + "' is not an ISO 3166-1 alpha-2 code");
    }
    return new ScreeningQuery(name, aliases, country.map(c -> c.toUpperCase(Locale.ROOT)), List.of());
  }

  /** {@code MATCH     0.97  s-12  Name  =>  Listed name [uflpa-row-48]: explanation}. */
  static String line(Result r) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s", r.verdict()));
    sb.append(r.best().map(h -> String.format(Locale.ROOT, " %.2f", h.score())).orElse("     "));
    sb.append("  ").append(r.id()).append("  ").append(r.name());
    r.best().ifPresent(h -> {
      sb.append("  =>  ").append(h.entry().name());
      h.entry().effectiveDate().ifPresent(d -> sb.append(" (listed ").append(d).append(')'));
      sb.append(": ").append(h.explanation());
    });
    return sb.toString();
  }

  private static String summary(List<Result> results, ReferenceDataVersion version) {
    long match = results.stream().filter(r -> r.verdict().equals("MATCH")).count();
    long possible = results.stream().filter(r -> r.verdict().equals("POSSIBLE")).count();
    return results.size() + " names: " + match + " MATCH, " + possible + " POSSIBLE, "
        + (results.size() - match - possible) + " CLEAR; against " + version.name() + ", " + version.version()
        + (version.complete() ? "" : " (PARTIAL: CLEAR means not found in this copy, not 'not listed')");
  }

  private static String json(List<Result> results, ReferenceDataVersion version) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode list = root.putObject("list");
    list.put("name", version.name()).put("version", version.version()).put("complete", version.complete());
    ArrayNode items = root.putArray("results");
    for (Result r : results) {
      ObjectNode n = items.addObject().put("id", r.id()).put("name", r.name()).put("line", r.line())
          .put("result", r.verdict());
      r.best().ifPresent(h -> {
        ObjectNode hit = n.putObject("best");
        hit.put("entry", h.entry().id()).put("listedName", h.entry().name()).put("matchedName", h.matchedName())
            .put("score", Math.round(h.score() * 10000) / 10000.0).put("level", h.level().name());
        h.entry().effectiveDate().ifPresent(d -> hit.put("effectiveDate", d.toString()));
        hit.put("explanation", h.explanation().toString());
      });
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the screening results as JSON", e);
    }
  }
}
