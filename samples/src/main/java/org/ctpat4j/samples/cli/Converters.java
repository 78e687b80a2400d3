package org.ctpat4j.samples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose messages say what is accepted, in the words of the command line's help. */
final class Converters {

  /**
   * The earliest day a partner can be judged at: 1 November 2001, the month CTPAT (then C-TPAT) was launched, with
   * seven importers (CBP, "Securing the Global Supply Chain: C-TPAT Strategic Plan", November 2004). No CTPAT
   * obligation existed before, so an earlier day is a mistake, never an answer.
   */
  static final LocalDate EARLIEST_DATE = LocalDate.of(2001, 11, 1);

  private Converters() {}

  /**
   * Checks that a day is not before {@link #EARLIEST_DATE}.
   *
   * @param day the day; never null
   * @return a description of what is wrong, or empty when the day is fine
   */
  static java.util.Optional<String> tooEarly(LocalDate day) {
    return day.isBefore(EARLIEST_DATE)
        ? java.util.Optional.of(day + " is before CTPAT existed (it began in November 2001): the earliest day accepted"
            + " is " + EARLIEST_DATE)
        : java.util.Optional.empty();
  }

  /**
   * An ISO date, {@code YYYY-MM-DD}, the only date form of the dossier and report formats, not before
   * {@link #EARLIEST_DATE}.
   */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate day;
      try {
        day = LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
      }
      tooEarly(day).ifPresent(why -> {
        throw new TypeConversionException(why);
      });
      return day;
    }
  }

  /** The languages of the bundled report messages: {@code en} and {@code es}. */
  static final class Language implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("en") || v.equals("es")) {
        return Locale.forLanguageTag(v);
      }
      throw new TypeConversionException("'" + value + "' is not one of en, es");
    }
  }

  /** The report formats of {@code assess}, in lower case. */
  static final class Format implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      for (ReportFormat f : ReportFormat.values()) {
        if (f.label().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of text, json, markdown, html");
    }
  }

  /** A number of threads: a whole number from 1 to {@link ThreadsOption#MAX}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of threads");
      }
      if (n < 1 || n > ThreadsOption.MAX) {
        throw new TypeConversionException(
            "'" + value + "': the number of threads must be from 1 to " + ThreadsOption.MAX);
      }
      return n;
    }
  }
}
