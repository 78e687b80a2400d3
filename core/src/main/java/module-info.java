/**
 * ctpat4j core: the CTPAT vocabulary, the requirement catalog, the dossier model, its JSON format and validation.
 *
 * <p>Exported: {@code org.ctpat4j.core} (vocabulary and catalog), {@code org.ctpat4j.core.dossier} (the model, its
 * builder and the problems its checks report), {@code org.ctpat4j.core.json} (reading, writing, the schema), {@code org.ctpat4j.core.constraints}
 * (Jakarta Validation constraints and code checks) and {@code org.ctpat4j.core.validation} (the dossier validator).
 * The {@code internal} packages are not API; {@code org.ctpat4j.core.internal} is exported to the library's own
 * modules only, for the helpers they share (SHA-256, waiting for a task handed to another thread). The model packages and the constraint validators are opened to Hibernate
 * Validator so that it can validate the model on the module path.
 */
module org.ctpat4j.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;

  exports org.ctpat4j.core;
  exports org.ctpat4j.core.constraints;
  exports org.ctpat4j.core.dossier;
  exports org.ctpat4j.core.json;
  exports org.ctpat4j.core.validation;
  exports org.ctpat4j.core.internal to
      org.ctpat4j.risk,
      org.ctpat4j.evidence,
      org.ctpat4j.samples,
      org.ctpat4j.testkit;

  opens org.ctpat4j.core to org.hibernate.validator;
  opens org.ctpat4j.core.dossier to org.hibernate.validator;
  opens org.ctpat4j.core.constraints.internal to org.hibernate.validator;
}
