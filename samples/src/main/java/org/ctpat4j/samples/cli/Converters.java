package org.ctpat4j.samples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose messages say what is accepted, in the words of the command line's help. */
final class Converters {

  private Converters() {}

  /** An ISO date, {@code YYYY-MM-DD}, the only date form of the dossier and report formats. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
      }
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
}
