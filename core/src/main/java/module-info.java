/**
 * ctpat4j core: the CTPAT vocabulary, the requirement catalog, the dossier model, its JSON format and validation.
 */
module org.ctpat4j.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;

  exports org.ctpat4j.core;
  exports org.ctpat4j.core.dossier;
  exports org.ctpat4j.core.json;

  opens org.ctpat4j.core to org.hibernate.validator;
  opens org.ctpat4j.core.dossier to org.hibernate.validator;
}
