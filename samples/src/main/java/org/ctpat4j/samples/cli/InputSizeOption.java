package org.ctpat4j.samples.cli;

import java.util.Locale;
import java.util.OptionalLong;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --max-input-size} option of every command that reads a dossier. A regular file the user names is read
 * whatever its size (as far as the heap holds it) unless this option sets a limit; anything else (a pipe, a device)
 * keeps the library's default limit of {@value org.ctpat4j.core.json.DossierReader#DEFAULT_MAX_DOCUMENT_BYTES} bytes
 * unless this option raises it.
 */
final class InputSizeOption {

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "The largest dossier to read, in bytes or with a suffix k, m or g (1024-based), e.g. 512m. Default: any"
              + " size for a regular file, 64m for a pipe or device.")
  private Long maxInputSize;

  /**
   * Returns the limit set on the command line.
   *
   * @return the limit in bytes, or empty when the option was not given
   */
  OptionalLong limit() {
    return maxInputSize == null ? OptionalLong.empty() : OptionalLong.of(maxInputSize);
  }

  /**
   * Returns the limit on the dossier file of a command: {@code --max-input-size} if given, else a {@code --limit
   * file-size=...} given on the command line, else none (a regular file of any size is read).
   *
   * @param spec the running command; never null
   * @return the limit in bytes, or empty
   */
  OptionalLong limit(picocli.CommandLine.Model.CommandSpec spec) {
    return maxInputSize != null ? OptionalLong.of(maxInputSize) : InputLimits.explicitFileSize(spec);
  }

  /** Accepts a positive number of bytes, optionally followed by k, m or g (powers of 1024), in any case. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      int shift = 0;
      if (!v.isEmpty()) {
        switch (v.charAt(v.length() - 1)) {
          case 'k' -> shift = 10;
          case 'm' -> shift = 20;
          case 'g' -> shift = 30;
          default -> shift = 0;
        }
      }
      String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
      try {
        long n = Long.parseLong(digits);
        if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
          throw new NumberFormatException();
        }
        return n << shift;
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a size: expected a positive number of bytes, optionally with k, m or g (e.g."
                + " 512m)");
      }
    }
  }
}
