package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the ctpat4j version (filtered into a resource at build time) and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

  /** Creates the provider; picocli calls this. */
  public VersionProvider() {}

  /**
   * Returns the version of this build.
   *
   * @return the Maven project version, or {@code "unknown"} when the build did not record it; never null
   */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "ctpat4j " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
