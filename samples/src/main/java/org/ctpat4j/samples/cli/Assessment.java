package org.ctpat4j.samples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.internal.Tasks;
import org.ctpat4j.evidence.ComplianceChecker;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.RiskResult;

/**
 * One run of the checker on a dossier file, shared by {@code assess} and {@code package} so that an evidence package
 * carries exactly the report {@code assess} prints: the dossier, the day it is judged at, its risk and its report.
 *
 * @param file the dossier file as the user named it; never null
 * @param dossier the dossier; never null
 * @param asOf the day it was judged at; never null
 * @param risk its risk assessment as of {@code asOf}; never null
 * @param report its compliance report, built from {@code risk}; never null
 */
record Assessment(Path file, Dossier dossier, LocalDate asOf, RiskResult risk, ComplianceReport report) {

  /** Checks the arguments. */
  Assessment {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(report, "report");
  }

  /**
   * Reads, validates and checks a dossier. The engine is built and {@linkplain RiskEngine#prepare() prepared} on a
   * thread of its own while the dossier is read, so that loading the reference data and building its indexes costs no
   * waiting; an error in building it (a bad list file) is reported before any error in the dossier, as when it was
   * built first.
   *
   * @param loader reads the dossier; never null
   * @param file the dossier file; never null
   * @param asOf the day given on the command line, if any; never null
   * @param engine builds the risk engine; never null
   * @param locale the language of the report; never null
   * @return the assessment; never null
   * @throws BadInputException if neither the command line nor the dossier names the day
   */
  static Assessment run(
      DossierLoader loader, Path file, Optional<LocalDate> asOf, Supplier<RiskEngine> engine, Locale locale) {
    FutureTask<RiskEngine> prepared = new FutureTask<>(() -> engine.get().prepare());
    Tasks.onDaemonThread("ctpat4j-prepare").execute(prepared);
    Dossier dossier;
    try {
      dossier = loader.load(file);
    } catch (RuntimeException | Error e) {
      Tasks.await(prepared, "the reference data was loaded");
      throw e;
    }
    RiskEngine ready = Tasks.await(prepared, "the reference data was loaded");
    LocalDate day =
        asOf.or(() -> Optional.ofNullable(dossier.asOf()))
            .orElseThrow(
                () ->
                    new BadInputException(
                        file
                            + ": the dossier has no \"asOf\" and no --as-of was given: pass --as-of YYYY-MM-DD"
                            + " (ctpat4j never assumes today's date)"));
    Converters.tooEarly(day).ifPresent(why -> {
      throw new BadInputException(file + ": " + (asOf.isPresent() ? "--as-of " : "\"asOf\" ") + why);
    });
    RiskResult risk = ready.assess(dossier, day);
    ComplianceReport report =
        ComplianceChecker.newBuilder().riskAssessor(ready).locale(locale).build().check(dossier, risk, day);
    return new Assessment(file, dossier, day, risk, report);
  }
}
