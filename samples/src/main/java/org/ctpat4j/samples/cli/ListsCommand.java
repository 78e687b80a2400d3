package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.ctpat4j.risk.data.ListCoverage;
import org.ctpat4j.risk.data.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ctpat4j lists}: the reference lists every assessment uses, with their edition, how much of the official list
 * they hold, their SHA-256, the date of their newest entry and its age on a day, and a warning for a list older than a
 * policy age. The answer to a compliance officer's first question: how current are the lists, and what is missing?
 *
 * <p>The default maximum age is 180 days: DHS added entities to the UFLPA Entity List several times a year from 2023
 * to 2026 (Federal Register notices of 2023-06-12, 2023-08-02, 2023-12-11, 2024-05-17, 2024-08-09, 2024-11-01,
 * 2025-01-15 and 2026-08-03, see {@code uflpa_entity_list_updates.csv}), and CBP issues several Withhold Release Orders
 * a year, so a list whose newest entry is more than about six months old has probably missed an update.
 */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Shows the reference lists assessments use: edition, coverage of the official list, SHA-256, newest entry and"
          + " its age on a day, with a warning for lists older than --max-age."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every list is within --max-age", "1:some list is older than --max-age",
        "2:bad input or usage (a date, an --entity-list file)"})
public final class ListsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      converter = Converters.Date.class,
      description = "The day to measure the age of each list at (YYYY-MM-DD); ctpat4j never assumes today's date.")
  private LocalDate asOf;

  @Option(
      names = "--max-age",
      paramLabel = "DAYS",
      defaultValue = "180",
      description = "Warn when the newest entry of a list that changes during the year is older than this many days"
          + " (default 180).")
  private int maxAgeDays = 180;

  @Mixin private ReferenceDataOptions referenceData;

  /** Creates the command; picocli calls this. */
  public ListsCommand() {}

  @Override
  public Integer call() {
    if (maxAgeDays < 1) {
      throw new BadInputException("--max-age: must be at least 1 day, was " + maxAgeDays);
    }
    ReferenceData data = referenceData.referenceData();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Reference lists as of " + asOf + " (warn when the newest entry is older than " + maxAgeDays
        + " days):");
    boolean stale = false;
    for (ListCoverage c : data.coverage()) {
      out.println();
      out.println(TerminalText.line(c.version().name()) + (c.version().complete() ? "" : " [PARTIAL]"));
      out.println("  edition:  " + TerminalText.line(c.version().version()));
      out.println("  coverage: " + c.coverage());
      if (c.partial() && c.officialSize().isPresent()) {
        out.println("  missing:  " + TerminalText.line(c.missing()));
      }
      java.util.List<java.nio.file.Path> loaded = referenceData.loadedFiles().get(c.list());
      out.println("  file:     " + (loaded == null ? c.list().fileName()
          : "loaded from " + loaded.stream().map(p -> TerminalText.line(p.toString()))
              .collect(java.util.stream.Collectors.joining(", "))) + ", sha256 " + c.sha256());
      if (c.newestEntry().isPresent()) {
        LocalDate newest = c.newestEntry().get();
        long days = ChronoUnit.DAYS.between(newest, asOf);
        String age = days < 0 ? "after " + asOf : ageOf(Period.between(newest, asOf), days);
        out.println("  newest:   " + newest + " (" + age + ")");
        if (changesDuringTheYear(c) && days > maxAgeDays) {
          stale = true;
          out.println("  WARNING:  older than " + maxAgeDays + " days: refresh it from "
              + TerminalText.line(c.version().publisher()));
        }
      }
      if (!c.version().note().isEmpty()) {
        out.println("  note:     " + TerminalText.line(c.version().note()));
      }
    }
    out.flush();
    return stale ? ExitCodes.NOT_COMPLIANT : ExitCodes.OK;
  }

  /** The UFLPA Entity List and the WRO lists change several times a year; the others are yearly editions or ours. */
  private static boolean changesDuringTheYear(ListCoverage c) {
    return switch (c.list()) {
      case UFLPA_ENTITY_LIST, WRO_FINDINGS, WRO_FINDINGS_DATED -> true;
      default -> false;
    };
  }

  private static String ageOf(Period p, long days) {
    if (p.getYears() > 0) {
      return p.getYears() + " y " + p.getMonths() + " m old";
    }
    return p.getMonths() > 0 ? p.getMonths() + " m " + p.getDays() + " d old" : days + " d old";
  }
}
