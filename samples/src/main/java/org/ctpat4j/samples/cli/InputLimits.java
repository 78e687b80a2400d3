package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.evidence.pkg.PackageLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bounds within which the command line reads its input, so that a hostile or mistaken file (a device such as
 * {@code /dev/zero}, a FIFO, a sparse file of gigabytes, a zip bomb) is refused with exit code 2 before it costs more
 * memory or time than these bounds allow. Every file is checked to be a regular file and checked by size before it is
 * read, and read no further than its limit.
 *
 * <p>Set with {@code --limit NAME=VALUE} (repeatable, before or after the command name); sizes take a suffix
 * {@code K}, {@code M} or {@code G} (powers of 1024):
 *
 * <ul>
 *   <li>{@code file-size} (default {@code 64M}): a dossier, a names CSV, an entity-list CSV;
 *   <li>{@code csv-rows} (default {@code 1000000}): the records of a CSV file, header included;
 *   <li>{@code package-file-size} (default {@code 256M}): one file of an evidence package, or one document packaged;
 *   <li>{@code package-size} (default {@code 1G}): a package zip file, or all the files of a package together;
 *   <li>{@code package-entries} (default {@code 10000}): the files of a package;
 *   <li>{@code zip-ratio} (default {@code 100}): the largest compression ratio of a package zip once more than 1 MiB
 *       was inflated (ctpat4j writes packages uncompressed, ratio 1).
 * </ul>
 *
 * <p>Key files are read up to 64 KiB; the dossier reader's own limits (nesting depth, string and name length) are
 * those of {@link org.ctpat4j.core.json.DossierReader}.
 *
 * @param fileBytes the {@code file-size} limit
 * @param csvRows the {@code csv-rows} limit
 * @param packages the package limits
 */
record InputLimits(long fileBytes, long csvRows, PackageLimits packages) {

  /** The option that sets the limits. */
  static final String OPTION = "--limit";

  /** The defaults. */
  static final InputLimits DEFAULTS = new InputLimits(64L << 20, 1_000_000, PackageLimits.DEFAULTS);

  private static final Pattern SIZE = Pattern.compile("(\\d{1,18})([KMG]?)B?");

  /**
   * Returns the limits a command runs with: the defaults, changed by every {@code --limit} given.
   *
   * @param spec the running command (or a mixin's command); never null
   * @return the limits; never null
   * @throws BadInputException for an unknown limit or a value that is not a positive number
   */
  static InputLimits of(CommandSpec spec) {
    Map<String, String> given = new LinkedHashMap<>();
    for (CommandSpec c = spec; c != null; c = c.parent()) {
      OptionSpec option = c.findOption(OPTION);
      if (option != null && option.getValue() instanceof Map<?, ?> values) {
        values.forEach((k, v) -> given.putIfAbsent(String.valueOf(k), String.valueOf(v)));
      }
    }
    return DEFAULTS.with(given);
  }

  /**
   * Returns the {@code file-size} limit given with {@code --limit} on the command line, if one was.
   *
   * @param spec the running command; never null
   * @return the limit in bytes, or empty when {@code file-size} was not given
   * @throws BadInputException for an unknown limit or a value that is not a positive number
   */
  static java.util.OptionalLong explicitFileSize(CommandSpec spec) {
    Map<String, String> given = new LinkedHashMap<>();
    for (CommandSpec c = spec; c != null; c = c.parent()) {
      OptionSpec option = c.findOption(OPTION);
      if (option != null && option.getValue() instanceof Map<?, ?> values) {
        values.forEach((k, v) -> given.putIfAbsent(String.valueOf(k).strip().toLowerCase(Locale.ROOT),
            String.valueOf(v)));
      }
    }
    InputLimits all = DEFAULTS.with(given);
    return given.containsKey("file-size") ? java.util.OptionalLong.of(all.fileBytes()) : java.util.OptionalLong.empty();
  }

  /**
   * Returns these limits changed by {@code NAME=VALUE} pairs.
   *
   * @param given the limits to change; never null
   * @return the limits; never null
   * @throws BadInputException for an unknown limit or a bad value
   */
  InputLimits with(Map<String, String> given) {
    long file = fileBytes;
    long rows = csvRows;
    long packageFile = packages.maxFileBytes();
    long packageSize = packages.maxTotalBytes();
    long entries = packages.maxEntries();
    long ratio = packages.maxCompressionRatio();
    for (Map.Entry<String, String> e : given.entrySet()) {
      String name = e.getKey().strip().toLowerCase(Locale.ROOT);
      long value = parse(name, e.getValue());
      switch (name) {
        case "file-size" -> file = value;
        case "csv-rows" -> rows = value;
        case "package-file-size" -> packageFile = value;
        case "package-size" -> packageSize = value;
        case "package-entries" -> entries = Math.min(value, Integer.MAX_VALUE);
        case "zip-ratio" -> ratio = Math.min(value, Integer.MAX_VALUE);
        default -> throw new BadInputException(
            OPTION + " " + name + ": unknown limit (expected file-size, csv-rows, package-file-size, package-size,"
                + " package-entries or zip-ratio)");
      }
    }
    return new InputLimits(file, rows, new PackageLimits(packageFile, packageSize, (int) entries, (int) ratio));
  }

  private static long parse(String name, String value) {
    Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new BadInputException(OPTION + " " + name + "=" + value + ": not a positive number (sizes: 512K, 64M, 1G)");
    }
    int shift = switch (m.group(2)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      default -> 0;
    };
    long n = Long.parseLong(m.group(1));
    if (n <= 0 || n > Long.MAX_VALUE >> shift) {
      throw new BadInputException(OPTION + " " + name + "=" + value + ": out of range");
    }
    return n << shift;
  }

  /**
   * Checks that a file given on the command line is a regular file no larger than {@code max} bytes.
   *
   * @param file the file as the user named it; never null
   * @param max the most bytes it may hold
   * @param what what the file should be, for messages (such as {@code "a CSV file"}); never null
   * @return its size in bytes
   * @throws BadInputException if it does not exist, is not a regular file (a directory, a device, a FIFO) or is too
   *     large
   */
  static long checkFile(Path file, long max, String what) {
    Objects.requireNonNull(file, "file");
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(file + ": permission denied");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + TerminalText.line(String.valueOf(e.getMessage())));
    }
    if (a.isDirectory()) {
      throw new BadInputException(file + ": is a directory, not " + what);
    }
    if (!a.isRegularFile()) {
      throw new BadInputException(file + ": is not a regular file (a device or pipe), not " + what);
    }
    if (a.size() > max) {
      throw tooLarge(file, a.size(), max);
    }
    return a.size();
  }

  /**
   * Reads a file given on the command line, within {@code max} bytes.
   *
   * @param file the file as the user named it; never null
   * @param max the most bytes it may hold
   * @param what what the file should be, for messages; never null
   * @return its bytes; never null
   * @throws BadInputException if it cannot be read, is not a regular file or is too large
   */
  static byte[] read(Path file, long max, String what) {
    checkFile(file, max, what);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > max) {
        throw tooLarge(file, bytes.length, max);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(file + ": permission denied");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + TerminalText.line(String.valueOf(e.getMessage())));
    }
  }

  private static BadInputException tooLarge(Path file, long size, long max) {
    return new BadInputException(
        file + ": " + (size > max + 1 ? size + " bytes" : "more than " + max + " bytes") + ", larger than the limit of "
            + max + " bytes (raise it with " + OPTION + " file-size=SIZE)");
  }
}
