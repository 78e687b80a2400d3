package org.ctpat4j.core.dossier;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.ctpat4j.core.constraints.NullOrNotBlank;
import org.ctpat4j.core.constraints.Sha256;
import org.ctpat4j.core.internal.Nulls;

/**
 * A document the dossier's evidence refers to.
 *
 * @param id unique among the dossier's documents; never blank
 * @param title the document's title; never blank
 * @param path where the file is, relative to the dossier's document folder, or {@code null} when not held as a file
 * @param sha256 the lower-case hex SHA-256 of the file, or {@code null}
 * @param language the BCP 47 language tag of the document, or {@code null}
 * @param redacted whether the document is redacted
 * @param issued the day the document was issued or signed, or {@code null}
 */
public record Document(
    @NotBlank String id,
    @NotBlank String title,
    @NullOrNotBlank String path,
    @Sha256 String sha256,
    @NullOrNotBlank String language,
    boolean redacted,
    LocalDate issued) {

  /**
   * Checks the components.
   *
   * @param id see {@link #id()}
   * @param title see {@link #title()}
   * @param path see {@link #path()}
   * @param sha256 see {@link #sha256()}
   * @param language see {@link #language()}
   * @param redacted see {@link #redacted()}
   * @param issued see {@link #issued()}
   * @throws NullPointerException if a component documented as never null is null, naming it
   */
  public Document {
    Nulls.require(id, "id");
    Nulls.require(title, "title");
  }


  /**
   * Creates an unredacted document with a title and path only.
   *
   * @param id the id
   * @param title the title
   * @param path the file path, or {@code null}
   */
  public Document(String id, String title, String path) {
    this(id, title, path, null, null, false, null);
  }
}
